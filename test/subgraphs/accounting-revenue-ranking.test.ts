import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, today } from '../../lib/dates.ts';
import { encodeCursor } from '../../lib/store/pagination.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { RankingClientsByRevenueQuery } from '../__generated__/graphql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../support/subgraphs.ts';

/**
 * clientsByRevenue: accounting ranks the clients it has revenue for, by id, so a page sorted by
 * revenue pages through accounting while the CRM names each client (through the gateway).
 */

let crm: TestSubgraph;
let accounting: TestSubgraph;
/** Client ids by name. */
const ids = new Map<string, string>();

const CreateClient = graphql(`
  mutation RankingCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const CreateInvoice = graphql(`
  mutation RankingCreateInvoice($clientId: ID!, $amount: Decimal!) {
    createInvoice(
      input: { clientId: $clientId, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: $amount }] }
    ) {
      id
    }
  }
`);

const IssueInvoice = graphql(`
  mutation RankingIssueInvoice($id: ID!, $issueDate: Date!) {
    issueInvoice(id: $id, input: { issueDate: $issueDate }) {
      status
    }
  }
`);

const Ranking = graphql(`
  query RankingClientsByRevenue($months: Int, $first: Int, $after: String) {
    clientsByRevenue(months: $months, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          revenue(months: $months) {
            amount
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

async function invoice(name: string, amount: string, issueDate: string | null) {
  const clientId = ids.get(name) ?? '';
  const created = await accounting.execute(CreateInvoice, { clientId, amount });
  expect(created.errors).toBeUndefined();
  const id = created.data?.createInvoice.id ?? '';
  if (issueDate) expect((await accounting.execute(IssueInvoice, { id, issueDate })).errors).toBeUndefined();
}

/** Every page of the ranking as [name, revenue], and the total. */
async function ranking(months: number, first: number) {
  const names = new Map([...ids].map(([name, id]) => [id, name]));
  const rows: [string | undefined, string | undefined][] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const response: TypedResponse<RankingClientsByRevenueQuery> = await accounting.execute(Ranking, { months, first, after });
    expect(response.errors).toBeUndefined();
    const connection: RankingClientsByRevenueQuery['clientsByRevenue'] | undefined = response.data?.clientsByRevenue;
    if (!connection) throw new Error('clientsByRevenue answered no data');
    rows.push(
      ...connection.edges.map((edge): [string | undefined, string | undefined] => [names.get(edge.node.id), edge.node.revenue?.amount]),
    );
    if (!connection.pageInfo.hasNextPage) return { rows, totalCount: connection.totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more pages than clients');
}

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  // A hook that throws returns no teardown: close CRM here when accounting fails to open.
  accounting = await openTestSubgraph(accountingSubgraph, { owners: { crm } }).catch(async (error: unknown) => {
    await crm.close();
    throw error;
  });
  for (const name of ['Small', 'Big', 'Tied A', 'Tied B', 'Old', 'Draft only', 'None']) {
    const created = await crm.execute(CreateClient, { name });
    ids.set(name, created.data?.createClient.id ?? '');
  }
  const recent = addMonths(today(), -1);
  await invoice('Small', '100.00', recent);
  await invoice('Big', '900.00', recent);
  await invoice('Big', '100.00', today());
  await invoice('Tied A', '500.00', recent);
  await invoice('Tied B', '500.00', recent);
  await invoice('Old', '5000.00', addMonths(today(), -18));
  await invoice('Draft only', '7000.00', null);
});
afterAll(async () => {
  await accounting.close();
  await crm.close();
});

describe('accounting clientsByRevenue', () => {
  it('ranks the clients with revenue in the window, highest first, ties by id, across pages', async () => {
    const tied = ['Tied A', 'Tied B'].sort((a, b) => ((ids.get(a) ?? '') < (ids.get(b) ?? '') ? 1 : -1));
    const expected = [['Big', '1000.00'], ...tied.map((name) => [name, '500.00']), ['Small', '100.00']];
    expect(await ranking(12, 2)).toEqual({ rows: expected, totalCount: 4 });
    expect(await ranking(12, 1)).toEqual({ rows: expected, totalCount: 4 });
    // After the last client: no rows, and still the total.
    const last = (await accounting.execute(Ranking, { months: 12, first: 4 })).data?.clientsByRevenue.pageInfo.endCursor ?? null;
    const past = (await accounting.execute(Ranking, { months: 12, first: 2, after: last })).data?.clientsByRevenue;
    expect(past).toMatchObject({ edges: [], pageInfo: { hasNextPage: false }, totalCount: 4 });
  });

  it('follows the window: an invoice 18 months old counts over 24 months', async () => {
    const { rows, totalCount } = await ranking(24, 10);
    expect(rows[0]).toEqual(['Old', '5000.00']);
    expect(totalCount).toBe(5);
  });

  it('refuses a cursor it did not make, and a window out of range, with BAD_USER_INPUT', async () => {
    for (const after of ['nonsense', encodeCursor(['lots', 'cli_x']), encodeCursor([5, 'inv_x'])]) {
      const response: TypedResponse<RankingClientsByRevenueQuery> = await accounting.execute(Ranking, { months: 12, first: 2, after });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await accounting.execute(Ranking, { months: 0 }))).toEqual(['BAD_USER_INPUT']);
  });
});
