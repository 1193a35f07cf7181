import type { Kysely } from 'kysely';
import type { DateRange } from '../../../lib/reports/page.ts';
import type { PeriodSource } from '../../../lib/reports/periods.ts';
import { fetchRows, type CursorValue, type PageRequest, type SortDirection } from '../../../lib/store/pagination.ts';
import type { InvoiceStatus } from '../__generated__/resolvers-types.ts';
import { issueMonth, type RevenueRow } from './aggregates.ts';
import type { AccountingDatabase, InvoiceRow } from './schema.ts';

/** The flat reports BI tools page through (resolvers/Query.ts): their statements. */

type Db = Kysely<AccountingDatabase>;

/** Revenue counts SENT and PAID invoices, as Client.revenue does. */
const REVENUE_STATUSES: InvoiceStatus[] = ['SENT', 'PAID'];

function revenueInvoices(db: Db, range: DateRange) {
  return db
    .selectFrom('invoices')
    .where('status', 'in', REVENUE_STATUSES)
    .$if(range.from !== null, (q) => q.where('issue_date', '>=', range.from ?? ''))
    .$if(range.to !== null, (q) => q.where('issue_date', '<=', range.to ?? ''));
}

/** One client's revenue in one month, per the reporting currency it was fixed in (sumClientMonths joins them). */
export interface ClientMonthRevenueRow extends RevenueRow {
  invoices: number | string;
}

/**
 * revenueByClientByMonth, a period at a time (lib/reports/periods.ts): in one month, each
 * client's sums. The page is cut on clients (the subquery) rather than on rows, since a client
 * has one row per reporting currency and must not be split across pages.
 */
export function revenueMonthSource(db: Db, range: DateRange, direction: SortDirection): PeriodSource<ClientMonthRevenueRow> {
  return {
    rowsBetween: (from, to, afterKey, limit) => {
      const inPeriod = revenueInvoices(db, { from, to });
      const afterClient = afterKey?.[0];
      const clients = inPeriod
        .select('client_id')
        .$if(afterClient !== undefined, (q) => q.where('client_id', direction === 'asc' ? '>' : '<', String(afterClient)))
        .groupBy('client_id')
        .orderBy('client_id', direction)
        .limit(limit);
      return inPeriod
        .select((eb) => [
          'client_id',
          'reporting_currency',
          eb.fn.sum<number | string | null>('reporting_total_minor').as('revenue'),
          eb.fn.countAll<number | string>().as('invoices'),
        ])
        .where('client_id', 'in', clients)
        .groupBy(['client_id', 'reporting_currency'])
        .orderBy('client_id', direction)
        .execute();
    },
    edgeDate: async (edgeDirection, edgeRange) => {
      const row = await revenueInvoices(db, edgeRange)
        .select((eb) => (edgeDirection === 'asc' ? eb.fn.min('issue_date') : eb.fn.max('issue_date')).as('edge'))
        .executeTakeFirst();
      return row?.edge ?? null;
    },
  };
}

/** How many (client, month) rows the revenue report has in `range`. */
export async function countClientMonths(db: Db, range: DateRange): Promise<number> {
  const groups = revenueInvoices(db, range).select('client_id').groupBy(['client_id', issueMonth]);
  const row = await db
    .selectFrom(groups.as('groups'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export type InvoiceReportOrderColumn = 'issue_date' | 'number';

export interface InvoiceReportFilter {
  range: DateRange;
  status: InvoiceStatus | null | undefined;
}

/** Issued invoices (drafts have no issue date, so no place in a dated report) in the range. */
function reportInvoices(db: Db, filter: InvoiceReportFilter) {
  return db
    .selectFrom('invoices')
    .where('issue_date', 'is not', null)
    .$if(filter.range.from !== null, (q) => q.where('issue_date', '>=', filter.range.from ?? ''))
    .$if(filter.range.to !== null, (q) => q.where('issue_date', '<=', filter.range.to ?? ''))
    .$if(Boolean(filter.status), (q) => q.where('status', '=', filter.status ?? 'SENT'));
}

/** A page of the invoice report in (column, id) order, one row more than asked. */
export function invoiceReportRows(
  db: Db,
  filter: InvoiceReportFilter,
  page: PageRequest,
  column: InvoiceReportOrderColumn,
  direction: SortDirection,
): Promise<InvoiceRow[]> {
  return fetchRows(reportInvoices(db, filter), page, column, direction);
}

export async function countInvoiceReport(db: Db, filter: InvoiceReportFilter): Promise<number> {
  const row = await reportInvoices(db, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The invoice report's cursor: the order column's value, then the id. */
export function invoiceReportCursor(row: InvoiceRow, column: InvoiceReportOrderColumn): CursorValue[] {
  return [row[column] ?? '', row.id];
}
