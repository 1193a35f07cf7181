import type { Kysely } from 'kysely';
import { fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { insertVersioned, updateVersioned, type NewRow } from '../../../lib/store/versions.ts';
import type { ClientStatus } from '../__generated__/resolvers-types.ts';
import type { ClientRow, ClientTable, CrmDatabase } from './schema.ts';

type Db = Kysely<CrmDatabase>;

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

export async function insertClient(db: Db, values: NewRow<ClientTable>): Promise<ClientRow> {
  const row = await insertVersioned(db, 'clients', 'Client', values);
  return row;
}

export type ClientChanges = Partial<Pick<ClientTable, 'name' | 'domain' | 'industry' | 'country' | 'status' | 'account_manager_id'>>;

export function updateClient(db: Db, current: ClientRow, changes: ClientChanges): Promise<ClientRow> {
  return updateVersioned(db, 'clients', 'Client', current, changes);
}
