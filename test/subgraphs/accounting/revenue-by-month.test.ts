import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../../lib/dates.ts';
import type { DemoPlan } from '../../../lib/demo/plan.ts';
import { monthsEndingAt } from '../../../subgraphs/accounting/reporting.ts';
import { accountingSubgraph } from '../../../subgraphs/accounting/server.ts';
import { graphql } from '../../__generated__/gql.ts';
import { entitiesQuery } from '../../support/entities.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../../support/subgraphs.ts';

/**
 * Client.revenueByMonth on a seeded store: invoices placed in known calendar months (the demo
 * plan's shape, so no CRM is needed), in several currencies and states.
 */

const CLIENT = 'cli_monthlyrevenue00';
const OTHER = 'cli_monthlyother0000';
const { months } = monthsEndingAt(today(), 24);
const monthAgo = (back: number) => months[months.length - 1 - back] ?? '';

type PlannedInvoice = DemoPlan['invoices'][number];
let sequence = 0;

function invoice(
  clientId: string,
  status: PlannedInvoice['status'],
  issueDate: string | null,
  currency: string,
  totalMinor: number,
  rate: string,
  reportingTotalMinor: number,
): PlannedInvoice {
  sequence += 1;
  const issued = status !== 'DRAFT' && issueDate !== null;
  return {
    id: `inv_monthly${String(sequence).padStart(9, '0')}`,
    clientId,
    number: issued ? `INV-${issueDate.slice(0, 4)}-8${String(sequence).padStart(4, '0')}` : `DRAFT-MONTHLY-${sequence}`,
    currency,
    status,
    lines: [{ description: 'Work', quantityMilli: 1000, unitPriceMinor: totalMinor }],
    issueDate: issued ? issueDate : null,
    dueDate: issued ? addDays(issueDate, 30) : null,
    exchangeRate: issued ? rate : null,
    reportingTotalMinor: issued ? reportingTotalMinor : null,
    payments: [],
  };
}

let accounting: TestSubgraph;

beforeAll(async () => {
  accounting = await openTestSubgraph(accountingSubgraph);
  const plan: DemoPlan = {
    today: today(),
    createdAt: new Date().toISOString(),
    reportingCurrency: 'USD',
    ...{ departments: [], employees: [], clients: [], contacts: [], contracts: [], deals: [], projects: [] },
    invoices: [
      // This month: issued on the 1st, so never ahead of today; one dated tomorrow is left out, as `revenue` leaves it out.
      invoice(CLIENT, 'SENT', `${monthAgo(0)}-01`, 'USD', 100_000, '1', 100_000),
      invoice(CLIENT, 'PAID', `${monthAgo(0)}-01`, 'EUR', 24_998, '1.08', 26_998),
      invoice(CLIENT, 'SENT', addDays(today(), 1), 'USD', 70_000, '1', 70_000),
      // Two months back: one counted, a VOID and a DRAFT that are not.
      invoice(CLIENT, 'PAID', `${monthAgo(2)}-28`, 'GBP', 10_000, '1.27', 12_700),
      invoice(CLIENT, 'VOID', `${monthAgo(2)}-10`, 'USD', 33_300, '1', 33_300),
      invoice(CLIENT, 'DRAFT', null, 'USD', 77_700, '1', 77_700),
      // The oldest month of 24 counts; the month before it does not.
      invoice(CLIENT, 'SENT', `${monthAgo(23)}-01`, 'USD', 5_005, '1', 5_005),
      invoice(CLIENT, 'SENT', `${previousMonth(monthAgo(23))}-28`, 'USD', 9_999, '1', 9_999),
      // Another client's invoice stays with that client.
      invoice(OTHER, 'SENT', `${monthAgo(1)}-15`, 'USD', 4_200, '1', 4_200),
    ],
  };
  await accounting.subgraph.seed(plan);
});

afterAll(async () => {
  await accounting.close();
});

function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

const ByMonth = graphql(`
  fragment AccountingClientRevenueByMonth on Client {
    revenueByMonth(months: $months) {
      month
      revenue {
        amount
        currencyCode
      }
      invoices
    }
  }
`);

async function revenueByMonth(ids: string[], monthCount: number | null) {
  return accounting.execute(entitiesQuery(ByMonth, '$months: Int'), {
    representations: ids.map((id) => ({ __typename: 'Client', id })),
    ...(monthCount === null ? {} : { months: monthCount }),
  });
}

describe('accounting: Client.revenueByMonth', () => {
  it('answers one entry per calendar month, oldest first, zero months included, to the cent in the reporting currency', async () => {
    const response = await revenueByMonth([CLIENT, OTHER, 'cli_nobodyatall00000'], 24);
    expect(response.errors).toBeUndefined();
    const [client, other, nobody] = response.data?._entities ?? [];
    const series = client?.revenueByMonth ?? [];
    expect(series.map((entry) => entry.month)).toEqual(months);
    const expected = new Map([
      [monthAgo(0), { amount: '1269.98', invoices: 2 }],
      [monthAgo(2), { amount: '127.00', invoices: 1 }],
      [monthAgo(23), { amount: '50.05', invoices: 1 }],
    ]);
    for (const entry of series) {
      const want = expected.get(entry.month) ?? { amount: '0.00', invoices: 0 };
      expect(entry).toEqual({ month: entry.month, revenue: { amount: want.amount, currencyCode: 'USD' }, invoices: want.invoices });
    }
    expect(other?.revenueByMonth?.find((entry) => entry.month === monthAgo(1))).toMatchObject({
      revenue: { amount: '42.00' },
      invoices: 1,
    });
    expect(other?.revenueByMonth?.filter((entry) => entry.invoices > 0)).toHaveLength(1);
    expect(nobody?.revenueByMonth).toHaveLength(24);
    expect(nobody?.revenueByMonth?.every((entry) => entry.revenue.amount === '0.00' && entry.invoices === 0)).toBe(true);
  });

  it('defaults to 24 months and takes 1 to 36', async () => {
    const defaulted = await revenueByMonth([CLIENT], null);
    expect(defaulted.data?._entities[0]?.revenueByMonth).toHaveLength(24);
    const one = await revenueByMonth([CLIENT], 1);
    expect(one.data?._entities[0]?.revenueByMonth).toEqual([
      { month: monthAgo(0), revenue: { amount: '1269.98', currencyCode: 'USD' }, invoices: 2 },
    ]);
    const most = await revenueByMonth([CLIENT], 36);
    const series = most.data?._entities[0]?.revenueByMonth ?? [];
    expect(series).toHaveLength(36);
    expect(series.find((entry) => entry.month === previousMonth(monthAgo(23)))).toMatchObject({
      revenue: { amount: '99.99' },
      invoices: 1,
    });
    for (const refused of [0, 37]) {
      const response = await revenueByMonth([CLIENT], refused);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['months'], message: 'must be between 1 and 36' }]);
    }
  });
});
