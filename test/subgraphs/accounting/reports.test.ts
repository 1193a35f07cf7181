import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../../lib/dates.ts';
import { createDemoPlan, type DemoPlan } from '../../../lib/demo/plan.ts';
import { formatScaled } from '../../../lib/money.ts';
import { accountingSubgraph } from '../../../subgraphs/accounting/server.ts';
import { graphql } from '../../__generated__/gql.ts';
import type {
  AccountingInvoiceReportQuery,
  AccountingRevenueReportQuery,
  InvoiceReportOrder,
  InvoiceStatus,
  RevenueReportOrder,
} from '../../__generated__/graphql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../../support/subgraphs.ts';

/**
 * The BI reports of accounting on a seeded demo company, paged through in small pages and
 * compared with what the plan says, row by row.
 */

let accounting: TestSubgraph;
let plan: DemoPlan;

beforeAll(async () => {
  plan = createDemoPlan({ seed: 11, size: { clients: 40, employees: 8, invoices: 600, projects: 0 }, reportingCurrency: 'USD' });
  accounting = await openTestSubgraph(accountingSubgraph);
  await accounting.subgraph.seed(plan);
});

afterAll(async () => {
  await accounting.close();
});

const RevenueReport = graphql(`
  query AccountingRevenueReport($first: Int, $after: String, $from: Date, $to: Date, $orderBy: RevenueReportOrder) {
    revenueByClientByMonth(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {
      edges {
        cursor
        node {
          client {
            id
          }
          month
          revenue {
            amount
            currencyCode
          }
          invoices
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RevenueReportCount = graphql(`
  query AccountingRevenueReportCount($from: Date, $to: Date) {
    revenueByClientByMonth(first: 0, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const InvoiceReport = graphql(`
  query AccountingInvoiceReport($first: Int, $after: String, $from: Date, $to: Date, $status: InvoiceStatus, $orderBy: InvoiceReportOrder) {
    invoiceReport(first: $first, after: $after, from: $from, to: $to, status: $status, orderBy: $orderBy) {
      edges {
        node {
          id
          number
          status
          issueDate
          client {
            id
          }
          total {
            amount
            currencyCode
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

interface RevenueArgs {
  from?: string;
  to?: string;
  orderBy?: RevenueReportOrder;
}

/** Every row of the revenue report, `size` at a time. */
async function allRevenueRows(args: RevenueArgs, size: number) {
  const rows: { client: string; month: string; amount: string; invoices: number }[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const cursor: string | null = after;
    const response: TypedResponse<AccountingRevenueReportQuery> = await accounting.execute(RevenueReport, {
      ...args,
      first: size,
      after: cursor,
    });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.revenueByClientByMonth;
    if (!connection) throw new Error('no report');
    expect(connection.edges.length).toBeLessThanOrEqual(size);
    for (const { node } of connection.edges) {
      expect(node.revenue.currencyCode).toBe('USD');
      rows.push({ client: node.client.id, month: node.month, amount: node.revenue.amount, invoices: node.invoices });
    }
    if (!connection.pageInfo.hasNextPage) return rows;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the report never ended');
}

/** What the plan says the revenue report holds: SENT and PAID invoices issued in the range, up to today. */
function expectedRevenue(range: { from?: string; to?: string }) {
  const totals = new Map<string, { client: string; month: string; minor: bigint; invoices: number }>();
  for (const invoice of plan.invoices) {
    const date = invoice.issueDate;
    if (invoice.status !== 'SENT' && invoice.status !== 'PAID') continue;
    if (date === null || date > today() || (range.from && date < range.from) || (range.to && date > range.to)) continue;
    const key = `${date.slice(0, 7)} ${invoice.clientId}`;
    const total = totals.get(key) ?? { client: invoice.clientId, month: date.slice(0, 7), minor: 0n, invoices: 0 };
    total.minor += BigInt(invoice.reportingTotalMinor ?? 0);
    total.invoices += 1;
    totals.set(key, total);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, total]) => ({ client: total.client, month: total.month, amount: formatScaled(total.minor, 2), invoices: total.invoices }));
}

describe('accounting: revenueByClientByMonth', () => {
  it('pages through every client month, to the cent, in a stable order either way', async () => {
    const expected = expectedRevenue({});
    expect(expected.length).toBeGreaterThan(150);
    expect(await allRevenueRows({}, 37)).toEqual(expected);
    expect(await allRevenueRows({ orderBy: 'MONTH_DESC' }, 53)).toEqual([...expected].reverse());
    const count = await accounting.execute(RevenueReportCount, {});
    expect(count.data?.revenueByClientByMonth).toEqual({ totalCount: expected.length, pageInfo: { hasNextPage: true } });
  });

  it('keeps to the date range, summing only its days of a month it cuts', async () => {
    const invoiced = plan.invoices
      .flatMap((invoice) => (invoice.issueDate && invoice.status !== 'DRAFT' ? [invoice.issueDate] : []))
      .sort();
    const from = invoiced[Math.floor(invoiced.length / 3)] ?? '';
    const to = invoiced[Math.floor((invoiced.length * 2) / 3)] ?? '';
    const expected = expectedRevenue({ from, to });
    expect(await allRevenueRows({ from, to }, 1000)).toEqual(expected);
    const count = await accounting.execute(RevenueReportCount, { from, to });
    expect(count.data?.revenueByClientByMonth.totalCount).toBe(expected.length);
    const empty = await allRevenueRows({ from: '1990-01-01', to: '1990-12-31' }, 10);
    expect(empty).toEqual([]);
  });
});

/** Every invoice of the invoice report, `size` at a time. */
async function allInvoices(args: { from?: string; to?: string; status?: InvoiceStatus; orderBy?: InvoiceReportOrder }, size: number) {
  const rows: { id: string; number: string; issueDate: string | null | undefined; status: string; client: string; total: string }[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 1000; pages += 1) {
    const cursor: string | null = after;
    const response: TypedResponse<AccountingInvoiceReportQuery> = await accounting.execute(InvoiceReport, {
      ...args,
      first: size,
      after: cursor,
    });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.invoiceReport;
    if (!connection) throw new Error('no report');
    totalCount = connection.totalCount;
    for (const { node } of connection.edges) {
      rows.push({
        id: node.id,
        number: node.number,
        issueDate: node.issueDate,
        status: node.status,
        client: node.client.id,
        total: `${node.total.amount} ${node.total.currencyCode}`,
      });
    }
    if (!connection.pageInfo.hasNextPage) return { rows, totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the report never ended');
}

describe('accounting: invoiceReport', () => {
  it('pages through every issued invoice in each order, with its client and total', async () => {
    const issued = plan.invoices.filter((invoice) => invoice.issueDate !== null);
    const byDate = [...issued].sort((a, b) => ((a.issueDate ?? '') + a.id < (b.issueDate ?? '') + b.id ? -1 : 1));
    const { rows, totalCount } = await allInvoices({}, 101);
    expect(totalCount).toBe(issued.length);
    expect(rows.map((row) => row.id)).toEqual(byDate.map((invoice) => invoice.id));
    const first = byDate[0];
    expect(rows[0]).toMatchObject({ number: first?.number, status: first?.status, client: first?.clientId, issueDate: first?.issueDate });
    const descending = await allInvoices({ orderBy: 'ISSUE_DATE_DESC' }, 250);
    expect(descending.rows.map((row) => row.id)).toEqual(byDate.map((invoice) => invoice.id).reverse());
    const byNumber = await allInvoices({ orderBy: 'NUMBER_ASC' }, 1000);
    expect(byNumber.rows.map((row) => row.number)).toEqual(issued.map((invoice) => invoice.number).sort());
  });

  it('filters by date range and status', async () => {
    const from = '2000-01-01';
    const to = today();
    const paid = plan.invoices.filter(
      (invoice) => invoice.status === 'PAID' && invoice.issueDate && invoice.issueDate >= from && invoice.issueDate <= to,
    );
    const { rows, totalCount } = await allInvoices({ from, to, status: 'PAID' }, 1000);
    expect(totalCount).toBe(paid.length);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(paid.map((invoice) => invoice.id)));
  });
});

describe('accounting reports: refused input', () => {
  it('refuses a page over 1000, a range that ends before it starts, and a cursor of another list', async () => {
    const tooBig = await accounting.execute(RevenueReport, { first: 1001 });
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    expect(tooBig.errors?.[0]?.extensions?.fields).toEqual([{ path: ['first'], message: 'must be between 0 and 1000' }]);
    const backwards = await accounting.execute(InvoiceReport, { from: '2026-02-01', to: '2026-01-31' });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([{ path: ['to'], message: 'must not be before from (2026-02-01)' }]);
    const invoicePage = await accounting.execute(InvoiceReport, { first: 1 });
    const foreignCursor = invoicePage.data?.invoiceReport.pageInfo.endCursor ?? null;
    const misused = await accounting.execute(RevenueReport, { after: foreignCursor });
    expect(errorCodes(misused)).toEqual(['BAD_USER_INPUT']);
    const badDate = await accounting.execute(RevenueReport, { from: '2026-02-30' });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
  });
});
