import { convertMinor, exchangeRate, toMinor } from '../../lib/money.ts';
import { addMonths } from '../../lib/dates.ts';
import type { MonthlyRevenueRow, OpenInvoiceRow, RevenueRow } from './store/aggregates.ts';
import type { ClientMonthRevenueRow } from './store/reports.ts';

/**
 * Aggregates in the reporting currency. An invoice keeps the rate it was issued at, so history
 * never moves; only an amount fixed in another reporting currency (the configuration changed
 * since) is converted again, at today's reference rate.
 */

function atReferenceRate(minor: bigint, from: string, to: string): bigint {
  const rate = exchangeRate(from, to);
  // A configuration fault, so it stays INTERNAL_SERVER_ERROR: every stored currency had a rate when it
  // was written and config.ts accepts only a REPORTING_CURRENCY with one, so only a rates table that
  // lost a currency or a deployment that bypassed config lands here, and no query argument can fix it.
  if (rate === null) throw new Error(`No exchange rate from ${from} to ${to}; REPORTING_CURRENCY must be a supported currency`);
  return convertMinor(minor, from, to, rate);
}

/** A revenue row's sum in the reporting currency: as fixed, or converted again when fixed in another. */
function revenueOf(row: RevenueRow, reportingCurrency: string): bigint {
  const fixedIn = row.reporting_currency ?? reportingCurrency;
  return fixedIn === reportingCurrency ? toMinor(row.revenue) : atReferenceRate(toMinor(row.revenue), fixedIn, reportingCurrency);
}

/** Revenue per client, from rows grouped by client and the reporting currency they were fixed in. */
export function sumRevenue(rows: RevenueRow[], reportingCurrency: string): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const row of rows) totals.set(row.client_id, (totals.get(row.client_id) ?? 0n) + revenueOf(row, reportingCurrency));
  return totals;
}

/** One client's revenue in one month of the revenue report. */
export interface ClientMonthTotal {
  clientId: string;
  /** YYYY-MM. */
  month: string;
  /** Reporting minor units. */
  revenue: bigint;
  invoices: number;
}

/** A month's rows (one per client and currency fixed in, in the report's order) as one total per client, in that order. */
export function sumClientMonths(rows: ClientMonthRevenueRow[], month: string, reportingCurrency: string): ClientMonthTotal[] {
  const totals: ClientMonthTotal[] = [];
  for (const row of rows) {
    let total = totals.at(-1);
    if (total?.clientId !== row.client_id) {
      total = { clientId: row.client_id, month, revenue: 0n, invoices: 0 };
      totals.push(total);
    }
    total.revenue += revenueOf(row, reportingCurrency);
    total.invoices += Number(row.invoices);
  }
  return totals;
}

export interface MonthTotal {
  /** YYYY-MM. */
  month: string;
  /** Reporting minor units. */
  revenue: bigint;
  invoices: number;
}

/** The `count` calendar months ending with `today`'s, oldest first (YYYY-MM), and the first day of the first. */
export function monthsEndingAt(today: string, count: number): { months: string[]; from: string } {
  const from = addMonths(`${today.slice(0, 7)}-01`, 1 - count);
  const months = Array.from({ length: count }, (_, index) => addMonths(from, index).slice(0, 7));
  return { months, from };
}

/** Revenue per client per month, every one of `months` present (zero when nothing was issued). */
export function sumRevenueByMonth(
  rows: MonthlyRevenueRow[],
  clientIds: readonly string[],
  months: readonly string[],
  reportingCurrency: string,
): Map<string, MonthTotal[]> {
  const series = new Map(clientIds.map((id) => [id, months.map((month): MonthTotal => ({ month, revenue: 0n, invoices: 0 }))]));
  const position = new Map(months.map((month, index) => [month, index]));
  for (const row of rows) {
    const total = series.get(row.client_id)?.[position.get(row.month) ?? -1];
    if (!total) continue;
    total.revenue += revenueOf(row, reportingCurrency);
    total.invoices += Number(row.invoices);
  }
  return series;
}

export interface OpenBalances {
  /** Unpaid balance of SENT invoices, in reporting minor units. */
  outstanding: bigint;
  /** The part of `outstanding` past its due date. */
  overdue: bigint;
}

export const NO_OPEN_BALANCES: OpenBalances = { outstanding: 0n, overdue: 0n };

/** Each invoice's balance converted at its own rate, then summed per client. */
export function sumOpenBalances(rows: OpenInvoiceRow[], reportingCurrency: string, today: string): Map<string, OpenBalances> {
  const balances = new Map<string, OpenBalances>();
  for (const row of rows) {
    const balance = BigInt(row.total_minor) - toMinor(row.paid);
    if (balance <= 0n) continue;
    const converted =
      row.exchange_rate !== null && row.reporting_currency === reportingCurrency
        ? convertMinor(balance, row.currency, reportingCurrency, row.exchange_rate)
        : atReferenceRate(balance, row.currency, reportingCurrency);
    const current = balances.get(row.client_id) ?? NO_OPEN_BALANCES;
    const overdue = row.due_date !== null && row.due_date < today;
    balances.set(row.client_id, {
      outstanding: current.outstanding + converted,
      overdue: current.overdue + (overdue ? converted : 0n),
    });
  }
  return balances;
}
