import type { ExternalId } from '../../../lib/external-ids/store.ts';
import type { Kysely } from 'kysely';
import { afterCursor, fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable, type NewRow } from '../../../lib/writes/versioned.ts';
import type { InvoiceStatus } from '../__generated__/resolvers-types.ts';
import type { AccountingDatabase, InvoiceLineTable, InvoiceRow, InvoiceTable } from './schema.ts';

type Db = Kysely<AccountingDatabase>;

export function invoicesByIds(db: Db, ids: readonly string[]): Promise<InvoiceRow[]> {
  return db.selectFrom('invoices').selectAll().where('id', 'in', ids).execute();
}

export interface InvoiceFilter {
  clientId?: string | null;
  status?: InvoiceStatus | null;
  /** True: SENT and past due on `today`; false: every other invoice. */
  overdue?: { value: boolean; today: string } | null;
}

/** Every list of invoices is newest first: (created_at, id) descending, which is also the cursor. */
export const invoiceCursor = (row: InvoiceRow) => [row.created_at, row.id];

function filtered(db: Db, filter: InvoiceFilter) {
  let query = db.selectFrom('invoices');
  if (filter.clientId) query = query.where('client_id', '=', filter.clientId);
  if (filter.status) query = query.where('status', '=', filter.status);
  // A SENT invoice always has a balance (the payment that clears it makes it PAID), so overdue is
  // SENT and past due, as Invoice.overdue says, with no need to sum payments.
  const overdue = filter.overdue;
  if (overdue) {
    query = query.where((eb) => {
      const isOverdue = eb.and([eb('status', '=', 'SENT'), eb('due_date', '<', overdue.today)]);
      return overdue.value ? isOverdue : eb.not(isOverdue);
    });
  }
  return query;
}

/** A page of invoices, newest first, and how many match in all. */
export function listInvoices(db: Db, page: PageRequest, filter: InvoiceFilter) {
  return fetchPage(filtered(db, filter), page, 'created_at', 'desc');
}

export interface ClientPage {
  rows: InvoiceRow[];
  totalCount: number;
}

/**
 * The same page for each of many clients in two statements: `row_number()` partitioned by client
 * cuts each client's list at `first + 1`, and one grouped count gives every total.
 */
export async function invoicePagesByClient(
  db: Db,
  clientIds: readonly string[],
  page: PageRequest,
  status: InvoiceStatus | null | undefined,
): Promise<Map<string, ClientPage>> {
  const ranked = filtered(db, { status })
    .where('client_id', 'in', clientIds)
    .$if(page.after !== null, (q) => q.where(afterCursor('created_at', 'id', 'desc', page.after ?? [])))
    .selectAll()
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.partitionBy('client_id').orderBy('created_at', 'desc').orderBy('id', 'desc'))
        .as('rank_in_client'),
    );
  const [rows, counts] = await Promise.all([
    db
      .selectFrom(ranked.as('ranked'))
      .selectAll()
      .where('rank_in_client', '<=', page.first + 1)
      .orderBy('client_id')
      .orderBy('rank_in_client')
      .execute(),
    filtered(db, { status })
      .where('client_id', 'in', clientIds)
      .select((eb) => ['client_id', eb.fn.countAll<number | string>().as('count')])
      .groupBy('client_id')
      .execute(),
  ]);
  const pages = new Map<string, ClientPage>(counts.map((count) => [count.client_id, { rows: [], totalCount: Number(count.count) }]));
  for (const { rank_in_client: _rank, ...row } of rows) pages.get(row.client_id)?.rows.push(row);
  return pages;
}

export type NewInvoice = NewRow<InvoiceTable>;
export type NewLine = Omit<InvoiceLineTable, 'invoice_id' | 'position'>;

/** The number a DRAFT carries until it is issued: unique, and plainly not a real invoice number. */
function draftNumber(invoiceId: string): string {
  return `DRAFT-${invoiceId.slice('inv_'.length, 'inv_'.length + 8).toUpperCase()}`;
}

export interface NewDraft {
  id: string;
  clientId: string;
  currency: string;
}

/** A new invoice, as createInvoice and automation make one: a DRAFT numbered as such, its total the sum of its lines, nothing issued yet. */
export function insertDraftInvoice(
  db: Db,
  draft: NewDraft,
  lines: NewLine[],
  externalIds?: readonly ExternalId[] | null,
): Promise<InvoiceRow> {
  return insertInvoice(
    db,
    {
      id: draft.id,
      client_id: draft.clientId,
      number: draftNumber(draft.id),
      currency: draft.currency,
      status: 'DRAFT',
      total_minor: Number(lines.reduce((total, line) => total + BigInt(line.amount_minor), 0n)),
      issue_date: null,
      due_date: null,
      exchange_rate: null,
      reporting_currency: null,
      reporting_total_minor: null,
      void_reason: null,
    },
    lines,
    externalIds,
  );
}

/** Invoices are written only through this table: versioned, audited and announced. */
export const invoices = versionedTable<AccountingDatabase, InvoiceRow>('invoices', 'Invoice');

/** Stores an invoice with its lines; lines change only while it is a DRAFT (reviseDraft), so the total is fixed from issue on. */
export async function insertInvoice(
  db: Db,
  values: NewInvoice,
  lines: NewLine[],
  externalIds?: readonly ExternalId[] | null,
): Promise<InvoiceRow> {
  const row = await invoices.insert(db, values, externalIds);
  await db
    .insertInto('invoice_lines')
    .values(lines.map((line, index) => ({ ...line, invoice_id: row.id, position: index + 1 })))
    .execute();
  return row;
}

/**
 * Gives a DRAFT (read by `invoices.forWrite`) a new client, currency and lines, and the total they
 * make, as its next version: an import correcting an invoice not yet issued (the caller checks
 * that it is a DRAFT). The lines are replaced whole; the invoice's audit row records the total.
 */
export async function reviseDraft(
  db: Db,
  draft: InvoiceRow,
  content: { clientId: string; currency: string },
  lines: NewLine[],
): Promise<InvoiceRow> {
  await db.deleteFrom('invoice_lines').where('invoice_id', '=', draft.id).execute();
  await db
    .insertInto('invoice_lines')
    .values(lines.map((line, index) => ({ ...line, invoice_id: draft.id, position: index + 1 })))
    .execute();
  return invoices.update(db, draft, {
    client_id: content.clientId,
    currency: content.currency,
    total_minor: Number(lines.reduce((total, line) => total + BigInt(line.amount_minor), 0n)),
  });
}

/**
 * Takes the next number for `year`. Called inside the issuing transaction: the upsert locks the
 * year's row until commit, and a rollback gives the number back, so numbers run without gaps.
 */
export async function nextInvoiceNumber(db: Db, year: string): Promise<string> {
  const { last_number } = await db
    .insertInto('invoice_sequences')
    .values({ year, last_number: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_number: eb('invoice_sequences.last_number', '+', 1) })))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return `INV-${year}-${String(last_number).padStart(5, '0')}`;
}
