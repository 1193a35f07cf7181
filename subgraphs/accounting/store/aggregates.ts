import { sql, type Kysely } from 'kysely';
import type { AccountingDatabase } from './schema.ts';

/** What accounting adds to a client, each computed when read (rule 6) with one statement per batch. */

type Db = Kysely<AccountingDatabase>;

export interface RevenueRow {
  client_id: string;
  reporting_currency: string | null;
  revenue: number | string | null;
}

/**
 * Reporting totals of SENT and PAID invoices issued in (`since`, `until`], per client and per the
 * reporting currency each was fixed in (one currency, unless the configuration changed). The upper
 * bound keeps an invoice dated ahead (stored before issue dates were limited to today, or seeded
 * from a plan made on another clock) out of revenue until its date comes.
 */
export function revenueByClient(db: Db, clientIds: readonly string[], since: string, until: string): Promise<RevenueRow[]> {
  return db
    .selectFrom('invoices')
    .select((eb) => ['client_id', 'reporting_currency', eb.fn.sum<number | string | null>('reporting_total_minor').as('revenue')])
    .where('client_id', 'in', clientIds)
    .where('status', 'in', ['SENT', 'PAID'])
    .where('issue_date', '>', since)
    .where('issue_date', '<=', until)
    .groupBy(['client_id', 'reporting_currency'])
    .execute();
}

export interface MonthlyRevenueRow extends RevenueRow {
  /** The issue month, YYYY-MM. */
  month: string;
  invoices: number | string;
}

/** An ISO date's month (YYYY-MM): the same text function on SQLite and PostgreSQL. */
export const issueMonth = sql<string>`substr(issue_date, 1, 7)`;

/**
 * `revenueByClient` per issue month: SENT and PAID invoices issued in [`from`, `until`], per
 * client, month and the reporting currency each was fixed in, with how many there were.
 */
export function revenueByClientMonth(db: Db, clientIds: readonly string[], from: string, until: string): Promise<MonthlyRevenueRow[]> {
  return db
    .selectFrom('invoices')
    .select((eb) => [
      'client_id',
      'reporting_currency',
      issueMonth.as('month'),
      eb.fn.sum<number | string | null>('reporting_total_minor').as('revenue'),
      eb.fn.countAll<number | string>().as('invoices'),
    ])
    .where('client_id', 'in', clientIds)
    .where('status', 'in', ['SENT', 'PAID'])
    .where('issue_date', '>=', from)
    .where('issue_date', '<=', until)
    .groupBy(['client_id', 'reporting_currency', issueMonth])
    .execute();
}

export interface OpenInvoiceRow {
  id: string;
  client_id: string;
  currency: string;
  exchange_rate: string | null;
  reporting_currency: string | null;
  total_minor: number;
  due_date: string | null;
  paid: number | string | null;
}

/** SENT invoices of these clients with what has been paid against each. */
export function openInvoicesByClient(db: Db, clientIds: readonly string[]): Promise<OpenInvoiceRow[]> {
  return db
    .selectFrom('invoices')
    .leftJoin('payments', 'payments.invoice_id', 'invoices.id')
    .select((eb) => [
      'invoices.id',
      'invoices.client_id',
      'invoices.currency',
      'invoices.exchange_rate',
      'invoices.reporting_currency',
      'invoices.total_minor',
      'invoices.due_date',
      eb.fn.sum<number | string | null>('payments.amount_minor').as('paid'),
    ])
    .where('invoices.client_id', 'in', clientIds)
    .where('invoices.status', '=', 'SENT')
    .groupBy([
      'invoices.id',
      'invoices.client_id',
      'invoices.currency',
      'invoices.exchange_rate',
      'invoices.reporting_currency',
      'invoices.total_minor',
      'invoices.due_date',
    ])
    .execute();
}
