import { sql, type Kysely } from 'kysely';
import { ERRORS } from '../../../lib/errors.ts';
import { fetchPage, fetchRows, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { ClientStatus } from '../__generated__/resolvers-types.ts';
import type { ClientRow, CrmDatabase } from './schema.ts';

type Db = Kysely<CrmDatabase>;

/** Clients are written only through this table: versioned, audited and announced. */
export const clients = versionedTable<CrmDatabase, ClientRow>('clients', 'Client');

export function clientsByIds(db: Db, ids: readonly string[]): Promise<ClientRow[]> {
  return db.selectFrom('clients').selectAll().where('id', 'in', ids).execute();
}

/**
 * More merges than a chain of tombstones can be long in practice (A into B, later B into C); a
 * cycle cannot be made (a tombstone is never a survivor), this only bounds the loop.
 */
const MAX_MERGE_HOPS = 16;

/**
 * The client each id names now, keyed by the id asked: itself, or for a merged client the survivor
 * it was merged into (following later merges of the survivor too). One statement per hop.
 */
export async function liveClientsByIds(db: Db, ids: readonly string[]): Promise<Map<string, ClientRow>> {
  const live = new Map<string, ClientRow>();
  // Which id asked for each id still being followed.
  let asked = new Map(ids.map((id) => [id, [id]]));
  for (let hop = 0; asked.size > 0 && hop < MAX_MERGE_HOPS; hop++) {
    const next = new Map<string, string[]>();
    for (const row of await clientsByIds(db, [...asked.keys()])) {
      const askers = asked.get(row.id) ?? [];
      if (row.status === 'MERGED' && row.merged_into_id) next.set(row.merged_into_id, [...(next.get(row.merged_into_id) ?? []), ...askers]);
      else for (const asker of askers) live.set(asker, row);
    }
    asked = next;
  }
  return live;
}

/**
 * The client a write is about to change or attach something to (forWrite: locked, versioned),
 * refused when it is a tombstone: a merged client takes no new contacts, deals or changes, so
 * nothing new ever points at it.
 */
export async function liveClientForWrite(trx: Db, id: string, expectedVersion?: number | null): Promise<ClientRow> {
  const client = await clients.forWrite(trx, id, expectedVersion);
  if (client.status === 'MERGED') throw mergedClient(client);
  return client;
}

/** A write aimed at a tombstone: INVALID_TRANSITION (MERGED is final), naming the survivor to write to instead. */
export function mergedClient(client: ClientRow) {
  return ERRORS.INVALID_TRANSITION.err(
    `Client ${client.id} was merged into ${client.merged_into_id ?? 'another client'}; write to that one`,
    {
      entity: 'Client',
      id: client.id,
      from: 'MERGED',
      mergedInto: client.merged_into_id,
    },
  );
}

export interface ClientFilter {
  status?: ClientStatus | null;
}

/** A page of clients ordered by name then id, and how many match in all; tombstones only when asked for by status. */
export async function listClients(db: Db, page: PageRequest, filter: ClientFilter) {
  const query = db.selectFrom('clients');
  if (filter.status) return fetchPage(query.where('status', '=', filter.status), page);
  // Counted as all clients minus tombstones: SQLite counts a whole table at once and the
  // clients_merged index the few tombstones, where `status != 'MERGED'` would read every row.
  const count = (rows: typeof query) =>
    rows
      .select(sql<number | string>`count(*)`.as('total'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.total));
  const [rows, all, merged] = await Promise.all([
    fetchRows(query.where('status', '!=', 'MERGED'), page),
    count(query),
    count(query.where('status', '=', 'MERGED')),
  ]);
  return { rows, totalCount: all - merged };
}
