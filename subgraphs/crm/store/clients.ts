import { sql, type Kysely, type SqlBool } from 'kysely';
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
  /** Part of the name, matched ignoring ASCII case (as both stores' lower() does). */
  search?: string | null;
}

export type ClientOrder = 'NAME_ASC' | 'NAME_DESC';

/** A LIKE pattern matching names that contain `text`, its wildcards and escape character taken literally. */
function containsPattern(text: string): string {
  const lowered = text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return `%${lowered.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}

/**
 * A page of clients ordered by name then id (both descending for NAME_DESC), and how many match
 * in all; tombstones only when asked for by status. A search reads every live name (a substring has
 * no index to seek).
 */
export async function listClients(db: Db, page: PageRequest, filter: ClientFilter, order: ClientOrder = 'NAME_ASC') {
  const direction = order === 'NAME_DESC' ? 'desc' : 'asc';
  let query = db.selectFrom('clients').where('status', filter.status ? '=' : '!=', filter.status ?? 'MERGED');
  if (filter.search) query = query.where(sql<SqlBool>`lower(${sql.ref('name')}) like ${containsPattern(filter.search)} escape '\\'`);
  if (filter.status || filter.search) return fetchPage(query, page, 'name', direction);
  // Counted as all clients minus tombstones, in one statement: SQLite counts a whole table at once
  // and the clients_merged index the few tombstones, where `status != 'MERGED'` would read every row.
  const [rows, counted] = await Promise.all([
    fetchRows(query, page, 'name', direction),
    db
      .selectNoFrom([
        sql<number | string>`(select count(*) from clients)`.as('all'),
        sql<number | string>`(select count(*) from clients where status = 'MERGED')`.as('merged'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, totalCount: Number(counted.all) - Number(counted.merged) };
}
