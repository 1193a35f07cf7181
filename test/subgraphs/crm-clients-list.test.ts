import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { ClientOrder, ClientStatus, CrmListClientsQuery } from '../__generated__/graphql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../support/subgraphs.ts';

/** `clients` as the web app's list asks for it: filtered by status and name, in either name order, page by page. */

let crm: TestSubgraph;

const NAMES = ['acme GmbH', 'Acme Corp', 'Beta 100% Ltd', 'Beta_Two', 'Gamma\\Works', 'Zeta Acme', 'Müller AG', 'Delta'];

const CreateClient = graphql(`
  mutation CrmListCreateClient($name: String!, $status: ClientStatus) {
    createClient(input: { name: $name, status: $status }) {
      id
    }
  }
`);

const ClientsPage = graphql(`
  query CrmListClients($first: Int, $after: String, $status: ClientStatus, $search: String, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {
      edges {
        node {
          name
          status
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

interface Filter {
  status?: ClientStatus;
  search?: string;
  orderBy?: ClientOrder;
}

/** Every name `clients` answers with `filter`, following pages of `first`, and the total it reported. */
async function allNames(filter: Filter, first = 2): Promise<{ names: string[]; totalCount: number }> {
  const names: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 50; pages++) {
    const response: TypedResponse<CrmListClientsQuery> = await crm.execute(ClientsPage, { first, after, ...filter });
    expect(response.errors).toBeUndefined();
    const connection: CrmListClientsQuery['clients'] | undefined = response.data?.clients;
    if (!connection) throw new Error('clients answered no data');
    names.push(...connection.edges.map((edge) => edge.node.name));
    totalCount = connection.totalCount;
    if (!connection.pageInfo.hasNextPage) return { names, totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more pages than clients');
}

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  for (const [index, name] of NAMES.entries()) {
    const response = await crm.execute(CreateClient, { name, status: index % 2 === 0 ? 'ACTIVE' : 'PROSPECT' });
    expect(response.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await crm.close();
});

/** Byte order, as both stores compare names. */
const byteOrder = (a: string, b: string) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1);

describe('crm clients: search, status and order', () => {
  it('pages through every client by name, ascending and descending, in byte order', async () => {
    const ascending = await allNames({});
    expect(ascending).toEqual({ names: [...NAMES].sort(byteOrder), totalCount: NAMES.length });
    const descending = await allNames({ orderBy: 'NAME_DESC' }, 3);
    expect(descending).toEqual({ names: [...NAMES].sort(byteOrder).reverse(), totalCount: NAMES.length });
  });

  it('searches names ignoring ASCII case, with the total of the matches', async () => {
    expect(await allNames({ search: 'ACME' })).toEqual({ names: ['Acme Corp', 'Zeta Acme', 'acme GmbH'], totalCount: 3 });
    expect(await allNames({ search: '  acme corp ' })).toEqual({ names: ['Acme Corp'], totalCount: 1 });
    expect(await allNames({ search: 'müller' })).toEqual({ names: ['Müller AG'], totalCount: 1 });
    expect(await allNames({ search: 'nobody' })).toEqual({ names: [], totalCount: 0 });
    // Blank is no filter.
    expect((await allNames({ search: '   ' })).totalCount).toBe(NAMES.length);
  });

  it('takes LIKE wildcards and the escape character literally', async () => {
    expect(await allNames({ search: '%' })).toEqual({ names: ['Beta 100% Ltd'], totalCount: 1 });
    expect(await allNames({ search: '_' })).toEqual({ names: ['Beta_Two'], totalCount: 1 });
    expect(await allNames({ search: '\\' })).toEqual({ names: ['Gamma\\Works'], totalCount: 1 });
  });

  it('combines status and search, in either order', async () => {
    const active = NAMES.filter((_, index) => index % 2 === 0);
    expect(await allNames({ status: 'ACTIVE' })).toEqual({ names: [...active].sort(byteOrder), totalCount: active.length });
    expect(await allNames({ status: 'PROSPECT', search: 'acme', orderBy: 'NAME_DESC' }, 1)).toEqual({
      names: ['Zeta Acme', 'Acme Corp'],
      totalCount: 2,
    });
  });

  it('refuses a search longer than 100 characters with BAD_USER_INPUT naming it', async () => {
    const response: TypedResponse<CrmListClientsQuery> = await crm.execute(ClientsPage, { search: 'x'.repeat(101) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['search'], message: 'must be at most 100 characters' }]);
  });
});
