import type { Kysely } from 'kysely';
import { afterCursor, type PageRequest } from '../../../lib/store/pagination.ts';
import { firstVersion, updateVersioned, type NewRow } from '../../../lib/store/versions.ts';
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
export async function listClients(db: Db, page: PageRequest, filter: ClientFilter) {
  let query = db.selectFrom('clients');
  if (filter.status) query = query.where('status', '=', filter.status);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .$if(page.after !== null, (q) => q.where(afterCursor('name', 'id', 'asc', page.after ?? [])))
      .orderBy('name')
      .orderBy('id')
      .limit(page.first + 1)
      .execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, totalCount: Number(count.count) };
}

export async function insertClient(db: Db, values: NewRow<ClientTable>): Promise<ClientRow> {
  const row = firstVersion(values);
  await db.insertInto('clients').values(row).execute();
  return row;
}

export type ClientChanges = Partial<Pick<ClientTable, 'name' | 'domain' | 'industry' | 'country' | 'status' | 'account_manager_id'>>;

export function updateClient(db: Db, current: ClientRow, changes: ClientChanges): Promise<ClientRow> {
  return updateVersioned(db, 'clients', 'Client', current, changes);
}
