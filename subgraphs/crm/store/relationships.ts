import type { Kysely } from 'kysely';
import { insertVersioned, updateVersioned, type NewRow } from '../../../lib/store/versions.ts';
import type { ContactRow, ContactTable, ContractRow, ContractTable, CrmDatabase, DealRow, DealTable } from './schema.ts';

/** Contacts, deals and contracts: everything the CRM keeps about a client besides the client. */

type Db = Kysely<CrmDatabase>;

export function contactsByClientIds(db: Db, clientIds: readonly string[]): Promise<ContactRow[]> {
  return db.selectFrom('contacts').selectAll().where('client_id', 'in', clientIds).orderBy('name').orderBy('id').execute();
}

export async function insertContact(db: Db, values: NewRow<ContactTable>): Promise<ContactRow> {
  const row = await insertVersioned(db, 'contacts', 'Contact', values);
  return row;
}

export function dealsByIds(db: Db, ids: readonly string[]): Promise<DealRow[]> {
  return db.selectFrom('deals').selectAll().where('id', 'in', ids).execute();
}

export function dealsByClientIds(db: Db, clientIds: readonly string[]): Promise<DealRow[]> {
  return db.selectFrom('deals').selectAll().where('client_id', 'in', clientIds).orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function insertDeal(db: Db, values: NewRow<DealTable>): Promise<DealRow> {
  const row = await insertVersioned(db, 'deals', 'Deal', values);
  return row;
}

export function updateDeal(db: Db, current: DealRow, changes: Partial<Pick<DealTable, 'stage'>>): Promise<DealRow> {
  return updateVersioned(db, 'deals', 'Deal', current, changes);
}

export function contractsByIds(db: Db, ids: readonly string[]): Promise<ContractRow[]> {
  return db.selectFrom('contracts').selectAll().where('id', 'in', ids).execute();
}

/** A client's contracts, latest term first. */
export function contractsByClientIds(db: Db, clientIds: readonly string[]): Promise<ContractRow[]> {
  return db.selectFrom('contracts').selectAll().where('client_id', 'in', clientIds).orderBy('start_date', 'desc').orderBy('id').execute();
}

export async function insertContract(db: Db, values: NewRow<ContractTable>): Promise<ContractRow> {
  const row = await insertVersioned(db, 'contracts', 'Contract', values);
  return row;
}

export function updateContract(db: Db, current: ContractRow, changes: Partial<Pick<ContractTable, 'status'>>): Promise<ContractRow> {
  return updateVersioned(db, 'contracts', 'Contract', current, changes);
}
