import { auditRow, type Change } from '../audit/record.ts';
import { outboxRow } from '../events/outbox.ts';
import { referencesOf } from '../events/references.ts';
import { eventType } from '../events/types.ts';
import type { PlatformStore } from '../store/platform.ts';
import { currentActor } from './actor.ts';

export type { Change };

/**
 * Records one entity's change, in the write's own transaction `trx`: the audit row that keeps who
 * changed what from which value to which, and beside it the outbox row that announces it
 * (`<Entity>.<verb>`, with the entities the row points at before and after: its `references`).
 * Both commit with the change or roll back with it, so a refused write is neither audited nor
 * announced, and a committed one is always both. Step 4c of every write
 * (lib/writes/mutation.ts); the versioned tables (lib/writes/versioned.ts) call it for each row
 * they insert or update. The write's actor also notes it, so that the mutation can tell its
 * caller what it changed once it has committed (lib/writes/announced.ts).
 */
export async function recordWrite(trx: PlatformStore, change: Change): Promise<void> {
  const actor = currentActor();
  const audit = auditRow(change, actor);
  const references = referencesOf(change.before, change.after);
  await trx.insertInto('audit_log').values(audit).execute();
  await trx
    .insertInto('outbox')
    .values(outboxRow(audit, eventType(change.entity, change.before, change.after), references))
    .execute();
  actor.written?.push({ entityType: change.entity, entityId: change.id, entityVersion: change.version, references });
}
