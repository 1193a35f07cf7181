import { auditRow, type Change } from '../audit/record.ts';
import { outboxRow } from '../events/outbox.ts';
import { referencesOf } from '../events/references.ts';
import { eventType } from '../events/types.ts';
import { ENTITIES_WITH_EXTERNAL_IDS, externalIdsOf, sortExternalIds, type ExternalId } from '../external-ids/store.ts';
import type { Kysely } from 'kysely';
import type { PlatformStore, PlatformTables } from '../store/platform.ts';
import { insertRows } from '../store/insert-rows.ts';
import { currentActor, type WriteActor } from './actor.ts';
import type { AnnouncedWrite } from './announced.ts';

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
  // A new entity has exactly those its insert attached: no need to read them back.
  const externalIds = !ENTITIES_WITH_EXTERNAL_IDS.has(change.entity)
    ? undefined
    : change.before === null
      ? sortExternalIds([...(change.addedExternalIds ?? [])])
      : ((await externalIdsOf(trx as Kysely<PlatformTables>, change.entity, [change.id])).get(change.id) ?? []);
  const { audit, outbox, written } = recordOf(change, externalIds, actor);
  await trx.insertInto('audit_log').values(audit).execute();
  await trx.insertInto('outbox').values(outbox).execute();
  actor.written?.push(written);
}

/**
 * recordWrite for many new entities of one write at once (an import's new rows, from
 * VersionedTable.insertAll): the same audit rows and events, in order, a multi-row insert per
 * 1,000 rather than two statements each.
 */
export async function recordCreations(trx: Kysely<PlatformTables>, changes: readonly RecordedChange[]): Promise<void> {
  const actor = currentActor();
  const records = changes.map((change) => {
    if (change.before !== null) throw new Error(`recordCreations records new entities only; ${change.entity} ${change.id} is not one`);
    const externalIds = ENTITIES_WITH_EXTERNAL_IDS.has(change.entity) ? sortExternalIds([...(change.addedExternalIds ?? [])]) : undefined;
    return recordOf(change, externalIds, actor);
  });
  await insertRows(
    trx as Kysely<unknown>,
    'audit_log',
    records.map((record) => ({ ...record.audit })),
  );
  await insertRows(
    trx as Kysely<unknown>,
    'outbox',
    records.map((record) => ({ ...record.outbox })),
  );
  actor.written?.push(...records.map((record) => record.written));
}

/** The audit row and outbox row recording `change`, and what the mutation will announce of it. */
function recordOf(change: RecordedChange, externalIds: ExternalId[] | undefined, actor: WriteActor) {
  const audit = auditRow(withExternalIds(change, externalIds ?? []), actor);
  const references = referencesOf(change.before, change.after);
  const outbox = outboxRow(audit, eventType(change.entity, change.before, change.after), references, externalIds);
  const written: AnnouncedWrite = { entityType: change.entity, entityId: change.id, entityVersion: change.version, references };
  return { audit, outbox, written };
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
