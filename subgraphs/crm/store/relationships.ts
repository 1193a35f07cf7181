import type { Kysely } from 'kysely';
import { fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { DealStage } from '../__generated__/resolvers-types.ts';
import type { ContactRow, ContractRow, CrmDatabase, DealRow } from './schema.ts';

/** Contacts, deals and contracts: everything the CRM keeps about a client besides the client. */

type Db = Kysely<CrmDatabase>;

export const contacts = versionedTable<CrmDatabase, ContactRow>('contacts', 'Contact');
export const deals = versionedTable<CrmDatabase, DealRow>('deals', 'Deal');
export const contracts = versionedTable<CrmDatabase, ContractRow>('contracts', 'Contract');

export function contactsByIds(db: Db, ids: readonly string[]): Promise<ContactRow[]> {
  return db.selectFrom('contacts').selectAll().where('id', 'in', ids).execute();
}

export function contactsByClientIds(db: Db, clientIds: readonly string[]): Promise<ContactRow[]> {
  return db.selectFrom('contacts').selectAll().where('client_id', 'in', clientIds).orderBy('name').orderBy('id').execute();
}

export function dealsByIds(db: Db, ids: readonly string[]): Promise<DealRow[]> {
  return db.selectFrom('deals').selectAll().where('id', 'in', ids).execute();
}

export function dealsByClientIds(db: Db, clientIds: readonly string[]): Promise<DealRow[]> {
  return db.selectFrom('deals').selectAll().where('client_id', 'in', clientIds).orderBy('created_at', 'desc').orderBy('id').execute();
}

export interface DealFilter {
  stage?: DealStage | null;
  /** An ISO date: deals last changed on or after it. */
  updatedSince?: string | null;
}

/** Deals in all, most recently changed first ((updated_at, id) descending, also the cursor), and how many match. */
export function listDeals(db: Db, page: PageRequest, filter: DealFilter) {
  let query = db.selectFrom('deals');
  if (filter.stage) query = query.where('stage', '=', filter.stage);
  // updated_at is an ISO timestamp: a date compares below every instant of that day.
  if (filter.updatedSince) query = query.where('updated_at', '>=', filter.updatedSince);
  return fetchPage(query, page, 'updated_at', 'desc');
}

export const dealCursor = (row: DealRow) => [row.updated_at, row.id];

export function contractsByIds(db: Db, ids: readonly string[]): Promise<ContractRow[]> {
  return db.selectFrom('contracts').selectAll().where('id', 'in', ids).execute();
}

/** A client's contracts, latest term first. */
export function contractsByClientIds(db: Db, clientIds: readonly string[]): Promise<ContractRow[]> {
  return db.selectFrom('contracts').selectAll().where('client_id', 'in', clientIds).orderBy('start_date', 'desc').orderBy('id').execute();
}

/** The client's ACTIVE contract, if any (at most one: the contracts_one_active index). */
export function activeContractOf(db: Db, clientId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('contracts').select('id').where('client_id', '=', clientId).where('status', '=', 'ACTIVE').executeTakeFirst();
}
