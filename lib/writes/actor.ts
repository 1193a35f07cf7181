import { AsyncLocalStorage } from 'node:async_hooks';
import type { Caller } from '../auth/scopes.ts';
import type { AnnouncedWrite } from './announced.ts';

/**
 * Who makes a write, and through what: a mutation (`updateClient`) or an automation rule
 * (`projects.openProjectForWonDeal`, with the caller `automation:<rule>`). Set once around the
 * write's transaction (runWrite), so the audit row can name them without every store function
 * passing them along.
 */
export interface WriteActor {
  mutation: string;
  caller: Caller;
  /** When given, every entity the write records is noted here too (a mutation reports them once committed: lib/writes/announced.ts). */
  written?: AnnouncedWrite[];
}

/** A write outside runWrite (a script, a test calling a store directly) is still recorded, as the system's. */
export const SYSTEM_ACTOR: WriteActor = { mutation: 'system', caller: { subject: 'system', scopes: new Set(), anonymous: false } };

const storage = new AsyncLocalStorage<WriteActor>();

/** The actor of the write in hand. */
export function currentActor(): WriteActor {
  return storage.getStore() ?? SYSTEM_ACTOR;
}

/** Runs `work` (and everything it starts) as `actor`'s write. */
export function asActor<T>(actor: WriteActor, work: () => T): T {
  return storage.run(actor, work);
}
