import { externalIdsLoader } from '../../lib/external-ids/fields.ts';
import type { Kysely } from 'kysely';
import { createAuditReader } from '../../lib/audit/read.ts';
import { addMonths, today } from '../../lib/dates.ts';
import { loaderById, loaderFamily, loaderGroupedBy, loaderOfValues } from '../../lib/loaders.ts';
import type { PageRequest } from '../../lib/store/pagination.ts';
import type { SubgraphContext, SubgraphDeps } from '../../lib/subgraph.ts';
import type { InvoiceStatus } from './__generated__/resolvers-types.ts';
import { monthsEndingAt, NO_OPEN_BALANCES, sumOpenBalances, sumRevenue, sumRevenueByMonth, type MonthTotal } from './reporting.ts';
import { openInvoicesByClient, revenueByClient, revenueByClientMonth } from './store/aggregates.ts';
import { invoicePagesByClient, invoicesByIds, type ClientPage } from './store/invoices.ts';
import { linesByInvoiceIds } from './store/lines.ts';
import { paymentsByInvoiceIds } from './store/payments.ts';
import type { AccountingDatabase } from './store/schema.ts';

/** Per-request context of the accounting subgraph: what every subgraph's has (lib/subgraph.ts), the reporting currency, and fresh DataLoaders. */
export interface AccountingContext extends SubgraphContext<AccountingDatabase> {
  /** Currency of every aggregate (REPORTING_CURRENCY). */
  reportingCurrency: string;
  loaders: ReturnType<typeof createLoaders>;
}

export interface ClientPageArgs {
  page: PageRequest;
  status: InvoiceStatus | null | undefined;
}

const EMPTY_PAGE: ClientPage = { rows: [], totalCount: 0 };
// Never used: sumRevenueByMonth answers every client asked for.
const NO_MONTHS: MonthTotal[] = [];

function createLoaders(db: Kysely<AccountingDatabase>, reportingCurrency: string) {
  return {
    // history and the per-actor log (lib/audit): one statement per batch of entities.
    audit: createAuditReader(db),
    invoiceExternalIds: externalIdsLoader(db, 'Invoice'),
    invoice: loaderById((ids) => invoicesByIds(db, ids)),
    linesByInvoice: loaderGroupedBy(
      (ids) => linesByInvoiceIds(db, ids),
      (row) => row.invoice_id,
    ),
    paymentsByInvoice: loaderGroupedBy(
      (ids) => paymentsByInvoiceIds(db, ids),
      (row) => row.invoice_id,
    ),
    // Clients asking for the same page (first, after, status) are batched into one window query.
    invoicePageByClient: loaderFamily((args: ClientPageArgs) =>
      loaderOfValues((clientIds: readonly string[]) => invoicePagesByClient(db, clientIds, args.page, args.status), EMPTY_PAGE),
    ),
    // The window is (today − months, today]: the last `months` months up to and including today.
    revenueByClient: loaderFamily((months: number) =>
      loaderOfValues(async (clientIds: readonly string[]) => {
        const until = today();
        return sumRevenue(await revenueByClient(db, clientIds, addMonths(until, -months), until), reportingCurrency);
      }, 0n),
    ),
    // Calendar months: from the first day of the month `months − 1` before today's, up to today.
    revenueByMonth: loaderFamily((months: number) =>
      loaderOfValues(async (clientIds: readonly string[]) => {
        const until = today();
        const window = monthsEndingAt(until, months);
        const rows = await revenueByClientMonth(db, clientIds, window.from, until);
        return sumRevenueByMonth(rows, clientIds, window.months, reportingCurrency);
      }, NO_MONTHS),
    ),
    // `outstanding` and `overdue` come from the same rows, so they share one loader.
    openBalancesByClient: loaderOfValues(
      async (clientIds: readonly string[]) => sumOpenBalances(await openInvoicesByClient(db, clientIds), reportingCurrency, today()),
      NO_OPEN_BALANCES,
    ),
  };
}

export function createAccountingContext(base: SubgraphContext<AccountingDatabase>, deps: SubgraphDeps): AccountingContext {
  return { ...base, reportingCurrency: deps.reportingCurrency, loaders: createLoaders(base.db, deps.reportingCurrency) };
}
