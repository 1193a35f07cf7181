import type { Kysely } from 'kysely';
import { fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { ClientStatus } from '../__generated__/resolvers-types.ts';
import type { ClientRow, CrmDatabase } from './schema.ts';

type Db = Kysely<CrmDatabase>;

/** Clients are written only through this table: versioned, audited and announced. */
export const clients = versionedTable<CrmDatabase, ClientRow>('clients', 'Client');

export function clientsByIds(db: Db, ids: readonly string[]): Promise<ClientRow[]> {
  return db.selectFrom('clients').selectAll().where('id', 'in', ids).execute();
}

export interface ClientFilter {
  status?: ClientStatus | null;
}

/** A page of clients ordered by name then id, and how many match in all. */
export function listClients(db: Db, page: PageRequest, filter: ClientFilter) {
  let query = db.selectFrom('clients');
  if (filter.status) query = query.where('status', '=', filter.status);
  return fetchPage(query, page);
}
