import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * DataLoaders behind every __resolveReference and foreign lookup: a list of N clients with
 * revenue, projects and account managers costs the same SQL statements per subgraph for 5
 * clients as for 50, never one per client.
 */

const ClientList = graphql(`
  query BatchingClientList($first: Int!) {
    clients(first: $first) {
      edges {
        node {
          id
          name
          accountManager {
            name
            email
          }
          revenue(months: 12) {
            amount
            currencyCode
          }
          outstanding {
            amount
          }
          projects {
            id
            name
            health
            lead {
              name
            }
          }
          renewal {
            onTrack
            risks
          }
        }
      }
    }
  }
`);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  return () => stack.stop();
});

async function statementsFor(first: number): Promise<Record<Domain, number>> {
  const before = Object.fromEntries(DOMAINS.map((domain) => [domain, stack.subgraphs[domain].statementCount]));
  const result = await stack.query(ClientList, { first });
  expect(result.errors).toBeUndefined();
  expect(result.data?.clients.edges).toHaveLength(first);
  return Object.fromEntries(DOMAINS.map((domain) => [domain, stack.subgraphs[domain].statementCount - (before[domain] ?? 0)])) as Record<
    Domain,
    number
  >;
}

describe('statements per subgraph for a client list', () => {
  it('is constant in the number of clients', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.info(`SQL statements per subgraph — 5 clients: ${JSON.stringify(five)}; 50 clients: ${JSON.stringify(fifty)}`);
    expect(fifty).toEqual(five);
    for (const domain of DOMAINS) expect(fifty[domain]).toBeLessThanOrEqual(4);
  });
});
