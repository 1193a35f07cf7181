import type { Kysely } from 'kysely';
import { asActor, type WriteActor } from './actor.ts';

/**
 * Runs `work` in one transaction of `db` as `actor`'s write: whatever it writes through the
 * versioned tables is audited as theirs, and commits or rolls back as one. Mutations
 * (lib/writes/mutation.ts) and automation rules (lib/events/reactions.ts) write through it.
 */
export function runWrite<DB, T>(db: Kysely<DB>, actor: WriteActor, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return asActor(actor, () => db.transaction().execute(work));
}
