import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../../gateway/server.ts';
import type { EventBus } from '../../../lib/events/bus.ts';
import { openBus } from '../../../lib/events/open.ts';
import type { HttpService } from '../../../lib/http/service.ts';
import { ClientOverviewDocument } from '../../__generated__/graphql.ts';
import { startStack, type Stack } from '../../support/stack.ts';
import { counters, eventApplied, until, type Ask } from './support.ts';

/**
 * The entity cache end to end (README § Entity cache), on the stack as `recordgraph start` runs it:
 * the headline query's second run is served from the cache; a writer's own read, through the same
 * gateway, sees its write at once; aggregates follow the invoices and payments they add up; reads
 * hammered while writes go on (through the gateway and straight to a subgraph) never see an older
 * value once the write has returned or its event has reached the gateway; ENTITY_CACHE=off caches
 * nothing.
 */

const SMALL = { clients: 12, employees: 6, invoices: 40, projects: 8 };

let stack: Stack;
let clientId: string;
const ask: Ask = (operation, variables) => stack.query(operation, variables);
const direct: (system: 'crm' | 'accounting') => Ask = (system) => (operation, variables) =>
  stack.queryAt(stack.urls[system], operation, variables);

beforeAll(async () => {
  stack = await startStack({ seed: SMALL });
  const client = stack.plan?.clients.find((c) => c.status === 'ACTIVE' && c.accountManagerId);
  if (!client) throw new Error('no active client in the plan');
  clientId = client.id;
  await until(async () => (await counters(stack.gatewayUrl)).following, 'the entity cache to follow the bus');
  return () => stack.stop();
});

const CLIENT = /* GraphQL */ `
  query CacheClient($id: ID!) {
    client(id: $id) {
      id
      name
      version
      outstanding {
        amount
      }
      revenue(months: 12) {
        amount
      }
    }
    clients(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

interface ClientView {
  name: string;
  version: number;
  outstanding: number;
  revenue: number;
  listed: string | undefined;
}

async function view(via: Ask = ask): Promise<ClientView> {
  const answer = await via(CLIENT, { id: clientId });
  expect(answer.errors).toBeUndefined();
  const client = answer.data?.client as { name: string; version: number; outstanding: { amount: string }; revenue: { amount: string } };
  const edges = (answer.data?.clients as { edges: { node: { id: string; name: string } }[] }).edges;
  return {
    name: client.name,
    version: client.version,
    outstanding: Number(client.outstanding.amount),
    revenue: Number(client.revenue.amount),
    listed: edges.find((edge) => edge.node.id === clientId)?.node.name,
  };
}

const RENAME = /* GraphQL */ `
  mutation CacheRename($id: ID!, $name: String!) {
    updateClient(id: $id, input: { name: $name }) {
      version
    }
  }
`;

async function rename(name: string, via: Ask = ask): Promise<number> {
  const answer = await via(RENAME, { id: clientId, name });
  expect(answer.errors).toBeUndefined();
  return (answer.data?.updateClient as { version: number }).version;
}

/** A SENT invoice in the reporting currency for the client: `amount` more outstanding, and revenue. */
async function issueInvoice(amount: string): Promise<string> {
  const created = await ask(
    /* GraphQL */ `
      mutation CacheInvoice($client: ID!, $price: Decimal!) {
        createInvoice(
          input: { clientId: $client, currencyCode: USD, lines: [{ description: "Cache test", quantity: "1", unitPrice: $price }] }
        ) {
          id
        }
      }
    `,
    { client: clientId, price: amount },
  );
  expect(created.errors).toBeUndefined();
  const id = (created.data?.createInvoice as { id: string }).id;
  const issued = await ask(
    /* GraphQL */ `
      mutation CacheIssue($id: ID!) {
        issueInvoice(id: $id) {
          status
        }
      }
    `,
    { id },
  );
  expect(issued.errors).toBeUndefined();
  return id;
}

const PAY = /* GraphQL */ `
  mutation CachePay($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "1.00" }) {
      version
    }
  }
`;

async function pay(invoiceId: string, via: Ask = ask): Promise<number> {
  const answer = await via(PAY, { id: invoiceId });
  expect(answer.errors).toBeUndefined();
  return (answer.data?.recordPayment as { version: number }).version;
}

describe('the entity cache', () => {
  it('serves the headline query from the cache the second time: no subgraph fetch', async () => {
    const run = async () => {
      const answer = await stack.query(ClientOverviewDocument, { id: clientId });
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const first = await run();
    const before = await counters(stack.gatewayUrl);
    const second = await run();
    const after = await counters(stack.gatewayUrl);
    expect(second).toEqual(first);
    expect(after.fetches).toBe(before.fetches);
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(after.misses).toBe(before.misses);
    expect(after.entries).toBeGreaterThan(0);
    expect(after.hitRatio).toBeGreaterThan(0);
    // Whole: no planning, no fetch, no merging.
    expect(after.answerHits).toBe(before.answerHits + 1);
  });

  it('keeps no whole answer that read the change feed or carried an error', async () => {
    const feed = /* GraphQL */ `
      query CacheWithFeed($id: ID!) {
        client(id: $id) {
          name
        }
        changes(first: 1) {
          edges {
            cursor
          }
        }
      }
    `;
    const refused = /* GraphQL */ `
      query CacheRefused($id: ID!) {
        client(id: $id) {
          name
          revenue(months: -1) {
            amount
          }
        }
      }
    `;
    for (const [query, variables] of [
      [feed, { id: clientId }],
      [refused, { id: clientId }],
    ] as const) {
      const first = await ask(query, variables);
      expect(Boolean(first.errors?.length)).toBe(query === refused);
      const before = await counters(stack.gatewayUrl);
      await ask(query, variables);
      expect((await counters(stack.gatewayUrl)).answerHits).toBe(before.answerHits);
    }
  });

  it('shows a write to its writer at once, and an aggregate follows the invoices and payments it adds up', async () => {
    await view();
    const before = await view();
    const dropped = (await counters(stack.gatewayUrl)).writeInvalidations;
    const version = await rename('Cache Renamed Ltd');
    // Dropped by the mutation's answer (extensions.recordgraphWrites) before it returned, not only by its event.
    expect((await counters(stack.gatewayUrl)).writeInvalidations).toBeGreaterThan(dropped);
    const renamed = await view();
    expect(renamed).toMatchObject({ name: 'Cache Renamed Ltd', listed: 'Cache Renamed Ltd', version });

    const invoice = await issueInvoice('500.00');
    const issued = await view();
    expect(issued.outstanding).toBeCloseTo(before.outstanding + 500, 2);
    expect(issued.revenue).toBeCloseTo(before.revenue + 500, 2);
    await pay(invoice);
    expect((await view()).outstanding).toBeCloseTo(before.outstanding + 499, 2);
  });

  it('drops what a write straight to a subgraph changed once its event reaches the gateway', async () => {
    await view();
    const version = await rename('Written Around The Gateway', direct('crm'));
    await eventApplied(ask, stack.gatewayUrl, clientId, version);
    expect(await view()).toMatchObject({ name: 'Written Around The Gateway', listed: 'Written Around The Gateway', version });
  });

  it('never answers with an older value once a write has returned or its event has arrived (hammered)', async () => {
    const invoice = await issueInvoice('1000.00');
    const start = await view();
    const before = await counters(stack.gatewayUrl);
    // What every read that starts now must at least show: raised only once a write is visible by the rules.
    const floor = { version: start.version, payments: 0, name: start.name };
    let writing = true;
    let reads = 0;
    const stale: string[] = [];
    const reader = async () => {
      while (writing) {
        const expected = { ...floor };
        const seen = await view();
        reads++;
        if (seen.version < expected.version) stale.push(`version ${seen.version} < ${expected.version}`);
        if (seen.outstanding > start.outstanding - expected.payments + 1e-9)
          stale.push(`outstanding ${seen.outstanding} after ${expected.payments} payments from ${start.outstanding}`);
        if (seen.version === expected.version && (seen.name !== expected.name || seen.listed !== expected.name))
          stale.push(`name ${seen.name} / listed ${seen.listed} at v${seen.version}, expected ${expected.name}`);
      }
    };
    const writer = async () => {
      for (let n = 1; n <= 12; n++) {
        const name = `Hammered ${n}`;
        if (n % 3 === 0) {
          // Around the gateway: visible once the event has reached it.
          const version = await rename(name, direct('crm'));
          await eventApplied(ask, stack.gatewayUrl, clientId, version);
          Object.assign(floor, { version, name });
        } else if (n % 3 === 1) {
          Object.assign(floor, { version: await rename(name), name });
        } else {
          await pay(invoice, n % 2 ? ask : direct('accounting'));
          if (n % 2 === 0) {
            const payments = floor.payments + 1;
            await eventApplied(ask, stack.gatewayUrl, invoice, payments + 2);
            floor.payments = payments;
          } else floor.payments += 1;
        }
      }
      writing = false;
    };
    await Promise.all([writer(), reader(), reader(), reader(), reader()]);
    expect(stale).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    // The reads were served from the cache between writes, not merely fetched every time: most reads
    // that ran on their own (one that joined an identical read in flight looked nothing up) found
    // their whole answer or some of its entities, and some found the whole answer.
    const after = await counters(stack.gatewayUrl);
    expect(after.hits - before.hits).toBeGreaterThan((reads - (after.joinedQueries - before.joinedQueries)) / 2);
    expect(after.answerHits).toBeGreaterThan(before.answerHits);
  });
});

describe('ENTITY_CACHE=off', () => {
  let gateway: HttpService;
  let url: string;
  let bus: EventBus;

  beforeAll(async () => {
    bus = await openBus(stack.config.events, undefined, { readOnly: true });
    gateway = createGateway(
      { ...stack.config, subgraphUrls: stack.urls, entityCache: { ...stack.config.entityCache, enabled: false } },
      { bus },
    );
    url = await gateway.listen(0);
  });
  afterAll(async () => {
    await gateway.stop();
    await bus.close();
  });

  it('fetches every time and counts no hits', async () => {
    const run = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CLIENT, variables: { id: clientId } }),
      });
    await run();
    const before = await counters(url);
    expect((await run()).status).toBe(200);
    const after = await counters(url);
    expect(after.fetches).toBeGreaterThan(before.fetches);
    expect(after.hits).toBe(0);
  });
});
