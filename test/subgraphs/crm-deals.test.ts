import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** Query.deals: the list the Today page reads its deals won this month from. */

let crm: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
});
afterAll(async () => {
  await crm.close();
});

const CreateClientWithDeal = graphql(`
  mutation DealsCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const CreateDeal = graphql(`
  mutation DealsCreateDeal($clientId: ID!, $title: String!) {
    createDeal(clientId: $clientId, input: { title: $title, amount: { amount: "1000.00", currencyCode: "USD" } }) {
      id
      version
    }
  }
`);

const MoveDeal = graphql(`
  mutation DealsMoveDeal($id: ID!, $stage: DealStage!, $v: Int) {
    moveDeal(id: $id, stage: $stage, expectedVersion: $v) {
      id
      version
      stage
    }
  }
`);

const Deals = graphql(`
  query DealsList($first: Int, $after: String, $stage: DealStage, $since: Date) {
    deals(first: $first, after: $after, stage: $stage, updatedSince: $since) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          stage
          client {
            id
          }
        }
      }
    }
  }
`);

async function newDeal(clientId: string, title: string) {
  const created = await crm.execute(CreateDeal, { clientId, title });
  if (!created.data) throw new Error(`createDeal failed: ${JSON.stringify(created.errors)}`);
  return created.data.createDeal;
}

it('lists deals by stage and by the day of their last change, most recently changed first, page by page', async () => {
  const client = await crm.execute(CreateClientWithDeal, { name: 'Deals Ltd' });
  const clientId = client.data?.createClient.id ?? '';
  const open = await newDeal(clientId, 'Stays open');
  const won: string[] = [];
  for (const title of ['First won', 'Second won', 'Third won']) {
    const deal = await newDeal(clientId, title);
    let version = deal.version;
    for (const stage of ['QUALIFIED', 'PROPOSAL', 'WON'] as const) {
      const moved = await crm.execute(MoveDeal, { id: deal.id, stage, v: version });
      version = moved.data?.moveDeal.version ?? 0;
    }
    won.push(deal.id);
  }

  const all = await crm.execute(Deals, { first: 10 });
  expect(all.data?.deals.totalCount).toBe(4);
  const wonToday = await crm.execute(Deals, { stage: 'WON', since: today(), first: 2 });
  expect(wonToday.errors).toBeUndefined();
  expect(wonToday.data?.deals.totalCount).toBe(3);
  expect(wonToday.data?.deals.edges.map((edge) => edge.node.title)).toEqual(['Third won', 'Second won']);
  expect(wonToday.data?.deals.edges[0]?.node.client.id).toBe(clientId);
  const rest = await crm.execute(Deals, { stage: 'WON', since: today(), first: 2, after: wonToday.data?.deals.pageInfo.endCursor });
  expect(rest.data?.deals.edges.map((edge) => edge.node.title)).toEqual(['First won']);
  expect(rest.data?.deals.pageInfo.hasNextPage).toBe(false);

  const tomorrow = await crm.execute(Deals, { stage: 'WON', since: addDays(today(), 1) });
  expect(tomorrow.data?.deals.totalCount).toBe(0);
  const leads = await crm.execute(Deals, { stage: 'LEAD' });
  expect(leads.data?.deals.edges.map((edge) => edge.node.id)).toEqual([open.id]);
});

it('refuses a malformed date or page size with BAD_USER_INPUT', async () => {
  expect(errorCodes(await crm.execute(Deals, { since: '2026-13-40' }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await crm.execute(Deals, { first: 100_000 }))).toEqual(['BAD_USER_INPUT']);
});
