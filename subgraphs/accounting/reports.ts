import { today } from '../../lib/dates.ts';
import { dateRange, reportPageRequest, toReportConnection, type ReportConnection } from '../../lib/reports/page.ts';
import { periodOf, periodPage } from '../../lib/reports/periods.ts';
import type { PageArgs, SortDirection } from '../../lib/store/pagination.ts';
import type { AccountingContext } from './context.ts';
import type { InvoiceReportOrder, InvoiceStatus, RevenueReportOrder } from './__generated__/resolvers-types.ts';
import { sumClientMonths, type ClientMonthTotal } from './reporting.ts';
import {
  countClientMonths,
  countInvoiceReport,
  invoiceReportCursor,
  invoiceReportRows,
  revenueMonthSource,
  type InvoiceReportOrderColumn,
} from './store/reports.ts';
import type { InvoiceRow } from './store/schema.ts';

/** The flat reports (schema/accounting.graphql, `revenueByClientByMonth` and `invoiceReport`), as connections. */

export type RevenueReportPage = ReportConnection<ClientMonthTotal>;
export type InvoiceReportPage = ReportConnection<InvoiceRow>;

interface ReportArgs extends PageArgs {
  from?: string | null;
  to?: string | null;
}

const REVENUE_ORDER: Record<RevenueReportOrder, SortDirection> = { MONTH_ASC: 'asc', MONTH_DESC: 'desc' };

export async function revenueReport(
  args: ReportArgs & { orderBy?: RevenueReportOrder | null },
  { db, reportingCurrency }: AccountingContext,
): Promise<RevenueReportPage> {
  const page = reportPageRequest(args, ['string', 'string']);
  const asked = dateRange(args.from, args.to);
  // Revenue never counts an invoice dated ahead (Client.revenue): the range ends today at the latest.
  const until = today();
  const range = { from: asked.from, to: asked.to !== null && asked.to < until ? asked.to : until };
  const direction = REVENUE_ORDER[args.orderBy ?? 'MONTH_ASC'];
  const source = revenueMonthSource(db, range, direction);
  const rows = await periodPage('month', direction, range, page, {
    edgeDate: source.edgeDate,
    rowsBetween: async (from, to, afterKey, limit) =>
      sumClientMonths(await source.rowsBetween(from, to, afterKey, limit), periodOf('month', from), reportingCurrency),
  });
  return toReportConnection(
    rows,
    page,
    (row) => [row.month, row.clientId],
    (row) => row,
    () => countClientMonths(db, range),
  );
}

const INVOICE_ORDER: Record<InvoiceReportOrder, [InvoiceReportOrderColumn, SortDirection]> = {
  ISSUE_DATE_ASC: ['issue_date', 'asc'],
  ISSUE_DATE_DESC: ['issue_date', 'desc'],
  NUMBER_ASC: ['number', 'asc'],
};

export async function invoiceReport(
  args: ReportArgs & { status?: InvoiceStatus | null; orderBy?: InvoiceReportOrder | null },
  { db }: AccountingContext,
): Promise<InvoiceReportPage> {
  const page = reportPageRequest(args, ['string', 'string']);
  const filter = { range: dateRange(args.from, args.to), status: args.status };
  const [column, direction] = INVOICE_ORDER[args.orderBy ?? 'ISSUE_DATE_ASC'];
  const rows = await invoiceReportRows(db, filter, page, column, direction);
  return toReportConnection(
    rows,
    page,
    (row) => invoiceReportCursor(row, column),
    (row) => row,
    () => countInvoiceReport(db, filter),
  );
}
