import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoCompany } from '../../lib/demo/company.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/**
 * A medium company (2,000 clients, 10,000 invoices) seeded in chunks on this run's store (SQLite,
 * or PostgreSQL in the postgres project), then read back as a user would: every client and every
 * invoice paged to the end, with what the plan said.
 */

const SIZE = { clients: 2_000, employees: 30, invoices: 10_000, projects: 0 };
const company = new DemoCompany({ seed: 5, size: SIZE, reportingCurrency: 'USD' });

let crm: TestSubgraph;
let accounting: TestSubgraph;
const progress = { crm: { entities: 0, rows: 0 }, accounting: { entities: 0, rows: 0 } };

interface Page {
  totalCount: number;
  edges: { node: { id: string; name?: string; number?: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a root connection, paged `first` at a time from the start to the end. */
async function pageToTheEnd(subgraph: TestSubgraph, field: string, selection: string, first: number): Promise<{ pages: Page[] }> {
  const pages: Page[] = [];
  for (let after: string | null = null; ;) {
    const response: { errors?: unknown; data?: unknown } = await subgraph.execute(
      `query ($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    expect(response.errors).toBeUndefined();
    const page: Page | undefined = (response.data as Record<string, Page>)[field];
    if (!page) throw new Error(`no ${field} in the answer`);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return { pages };
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  accounting = await openTestSubgraph(accountingSubgraph);
  await crm.subgraph.seed(company, (entities, rows) => {
    progress.crm.entities += entities;
    progress.crm.rows += rows;
  });
  await accounting.subgraph.seed(company, (entities, rows) => {
    progress.accounting.entities += entities;
    progress.accounting.rows += rows;
  });
}, 120_000);

afterAll(async () => {
  await crm.close();
  await accounting.close();
});

describe('a medium company seeded in chunks', () => {
  it('tells its progress up to every planned client and invoice', () => {
    expect(progress.crm.entities).toBe(SIZE.clients);
    expect(progress.accounting.entities).toBe(SIZE.invoices);
    // Lines and payments are rows too.
    expect(progress.accounting.rows).toBeGreaterThan(2 * SIZE.invoices);
  });

  it('pages every client once, in name order, to a last page that says it is the last', async () => {
    const { pages } = await pageToTheEnd(crm, 'clients', 'id name', 300);
    const clients = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(pages).toHaveLength(Math.ceil(SIZE.clients / 300));
    expect(pages.every((page) => page.totalCount === SIZE.clients)).toBe(true);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    expect(pages.at(-1)?.edges).toHaveLength(SIZE.clients % 300);
    const planned = [...company.crm()].flatMap((chunk) => chunk.clients);
    expect(new Set(clients.map((client) => client.id))).toEqual(new Set(planned.map((client) => client.id)));
    // Names compare byte by byte on both stores; the id breaks ties.
    const key = (client: { id: string; name?: string }) => Buffer.from(`${client.name ?? ''}\u0000${client.id}`);
    for (let i = 1; i < clients.length; i++) {
      const [before, after] = [clients[i - 1], clients[i]];
      if (before && after) expect(Buffer.compare(key(before), key(after))).toBeLessThan(0);
    }
  });

  it('pages every invoice once, and each client has the invoices it was planned', async () => {
    const { pages } = await pageToTheEnd(accounting, 'invoices', 'id number', 500);
    const invoices = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(invoices).toHaveLength(SIZE.invoices);
    expect(new Set(invoices.map((invoice) => invoice.id)).size).toBe(SIZE.invoices);
    expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(SIZE.invoices);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);

    const planned = [...company.invoices()].flat();
    const client = planned[0]?.clientId ?? '';
    const response = await accounting.execute(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Client", id: $id }]) { ... on Client { invoices(first: 5) { totalCount } } } }`,
      { id: client },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      _entities: [{ invoices: { totalCount: planned.filter((invoice) => invoice.clientId === client).length } }],
    });
  });
});
