import { auditRow, type Change } from '../audit/record.ts';
import { outboxRow } from '../events/outbox.ts';
import { referencesOf } from '../events/references.ts';
import { eventType } from '../events/types.ts';
import { ENTITIES_WITH_EXTERNAL_IDS, externalIdsOf, type ExternalId } from '../external-ids/store.ts';
import type { Kysely } from 'kysely';
import type { PlatformStore, PlatformTables } from '../store/platform.ts';
import { currentActor } from './actor.ts';

export type { Change };

/** One entity's change as a versioned table records it: the row before and after, and the external ids the write gave it. */
export interface RecordedChange extends Change {
  /** External ids the write attached (lib/external-ids/store.ts attachExternalIds); audited as the change of `externalIds`. */
  addedExternalIds?: readonly ExternalId[];
}

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
export async function recordWrite(trx: PlatformStore, change: RecordedChange): Promise<void> {
  const actor = currentActor();
  // The entity's external ids after the write go with its event, so an outside tool can tell which of its records changed.
  const externalIds = ENTITIES_WITH_EXTERNAL_IDS.has(change.entity)
    ? ((await externalIdsOf(trx as Kysely<PlatformTables>, change.entity, [change.id])).get(change.id) ?? [])
    : undefined;
  const audit = auditRow(withExternalIds(change, externalIds ?? []), actor);
  const references = referencesOf(change.before, change.after);
  await trx.insertInto('audit_log').values(audit).execute();
  await trx
    .insertInto('outbox')
    .values(outboxRow(audit, eventType(change.entity, change.before, change.after), references, externalIds))
    .execute();
  actor.written?.push({ entityType: change.entity, entityId: change.id, entityVersion: change.version, references });
}

/**
 * A change that attached external ids is audited (and announced in `changes`) as a change of
 * `externalIds`, from the list without them to the list with them; otherwise as it is.
 */
function withExternalIds(change: RecordedChange, after: readonly ExternalId[]): Change {
  const added = change.addedExternalIds ?? [];
  if (added.length === 0) return change;
  const isAdded = (pair: ExternalId) => added.some((other) => other.system === pair.system && other.id === pair.id);
  const before = change.before === null ? null : { ...change.before, externalIds: after.filter((pair) => !isAdded(pair)) };
  return { ...change, before, after: { ...change.after, externalIds: after } };
}
