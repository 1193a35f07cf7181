import type { Kysely } from 'kysely';
import { ERRORS } from '../errors.ts';
import { insertRows } from '../store/insert-rows.ts';
import type { ExternalIdTables } from './table.ts';

/** A record's id in an outside system, as the API shows it (`ExternalId`). */
export interface ExternalId {
  system: string;
  id: string;
}

/**
 * The entity types whose owners keep external ids: every change to one of them is announced with
 * the entity's external ids (lib/writes/record.ts), so an outside tool can find its own record.
 */
export const ENTITIES_WITH_EXTERNAL_IDS: ReadonlySet<string> = new Set(['Client', 'Contact', 'Invoice', 'Employee', 'Project']);

// The stores that have the table declare it; code generic over a store sees it through this.
function store<DB>(db: Kysely<DB>): Kysely<ExternalIdTables> {
  return db as unknown as Kysely<ExternalIdTables>;
}

/** Each entity's external ids, by system then id; an entity without any is left out. */
export async function externalIdsOf<DB>(
  db: Kysely<DB>,
  entityType: string,
  entityIds: readonly string[],
): Promise<Map<string, ExternalId[]>> {
  const byEntity = new Map<string, ExternalId[]>();
  if (entityIds.length === 0) return byEntity;
  const rows = await store(db)
    .selectFrom('external_ids')
    .select(['entity_id', 'system', 'external_id'])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', entityIds)
    .execute();
  // Sorted below rather than by `order by system, external_id`: with that, SQLite walks the
  // primary key (entity_type, system, external_id) through every entity of the type, in order,
  // instead of looking the few entities up by external_ids_entity: a cost growing with the table.
  for (const row of rows) {
    const list = byEntity.get(row.entity_id) ?? [];
    list.push({ system: row.system, id: row.external_id });
    byEntity.set(row.entity_id, list);
  }
  for (const list of byEntity.values()) sortExternalIds(list);
  return byEntity;
}

/** Sorts `pairs` in place by system then id, in code-point order: the same on either store, whatever its collation. */
export function sortExternalIds(pairs: ExternalId[]): ExternalId[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return pairs.sort((a, b) => compare(a.system, b.system) || compare(a.id, b.id));
}

/** The entities holding `ids` in `system`, by external id (one statement for an import's rows). */
export async function entitiesByExternalIds<DB>(
  db: Kysely<DB>,
  entityType: string,
  system: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  // SQLite allows 32,766 bound values; an import sends at most 1,000 rows.
  for (let start = 0; start < ids.length; start += 1000) {
    const rows = await store(db)
      .selectFrom('external_ids')
      .select(['external_id', 'entity_id'])
      .where('entity_type', '=', entityType)
      .where('system', '=', system)
      .where('external_id', 'in', ids.slice(start, start + 1000))
      .execute();
    for (const row of rows) held.set(row.external_id, row.entity_id);
  }
  return held;
}

/** The entity holding `id` in `system`, if any. */
export async function entityByExternalId<DB>(db: Kysely<DB>, entityType: string, system: string, id: string): Promise<string | undefined> {
  return (await entitiesByExternalIds(db, entityType, system, [id])).get(id);
}

/**
 * Gives `entityId` the pairs it does not hold yet, in the write's transaction `trx`, and returns
 * those it added. A pair another entity holds is CONFLICT naming that entity; nothing is added
 * then (the write rolls back). Called by the versioned tables (lib/writes/versioned.ts), which
 * record the addition with the write.
 */
export async function attachExternalIds<DB>(
  trx: Kysely<DB>,
  entityType: string,
  entityId: string,
  pairs: readonly ExternalId[],
): Promise<ExternalId[]> {
  const added: ExternalId[] = [];
  const seen = new Set<string>();
  for (const pair of pairs) {
    const key = JSON.stringify([pair.system, pair.id]);
    if (seen.has(key)) continue;
    seen.add(key);
    const holder = await entityByExternalId(trx, entityType, pair.system, pair.id);
    if (holder === entityId) continue;
    if (holder) throw externalIdTaken(entityType, pair, holder);
    await store(trx)
      .insertInto('external_ids')
      .values({ entity_type: entityType, entity_id: entityId, system: pair.system, external_id: pair.id })
      .execute();
    added.push({ system: pair.system, id: pair.id });
  }
  return added;
}

/** CONFLICT for an external id another entity holds, naming it. */
export function externalIdTaken(entityType: string, pair: ExternalId, holderId: string) {
  return ERRORS.CONFLICT.err(`${pair.system} id ${pair.id} already belongs to ${entityType} ${holderId}`, {
    entity: entityType,
    id: holderId,
    system: pair.system,
    externalId: pair.id,
    fields: [{ path: ['externalIds'], message: `already belongs to ${entityType} ${holderId}` }],
  });
}

/**
 * attachExternalIds for many new entities at once (an import's new rows): one lookup per system and
 * one insert per 1,000 pairs, where attachExternalIds makes two statements a pair. A pair another
 * entity holds, or that two of `entries` ask for, is CONFLICT naming the holder, and nothing is
 * added (the write rolls back). Returns each entry's pairs as added, in order.
 */
export async function attachExternalIdsToNew<DB>(
  trx: Kysely<DB>,
  entityType: string,
  entries: readonly { entityId: string; pairs: readonly ExternalId[] }[],
): Promise<ExternalId[][]> {
  const claimed = new Map<string, string>();
  const bySystem = new Map<string, string[]>();
  const added = entries.map(({ entityId, pairs }) => {
    const own: ExternalId[] = [];
    for (const pair of pairs) {
      const key = JSON.stringify([pair.system, pair.id]);
      const holder = claimed.get(key);
      if (holder === entityId) continue;
      if (holder) throw externalIdTaken(entityType, pair, holder);
      claimed.set(key, entityId);
      const ids = bySystem.get(pair.system) ?? [];
      ids.push(pair.id);
      bySystem.set(pair.system, ids);
      own.push({ system: pair.system, id: pair.id });
    }
    return own;
  });
  for (const [system, ids] of bySystem) {
    for (const [id, holder] of await entitiesByExternalIds(trx, entityType, system, ids)) {
      if (holder !== claimed.get(JSON.stringify([system, id]))) throw externalIdTaken(entityType, { system, id }, holder);
    }
  }
  const rows = entries.flatMap(({ entityId }, index) =>
    (added[index] ?? []).map((pair) => ({ entity_type: entityType, entity_id: entityId, system: pair.system, external_id: pair.id })),
  );
  await insertRows(trx as Kysely<unknown>, 'external_ids', rows);
  return added;
}
