import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * The change feed through the gateway: every committed write is there once, in order, with who
 * made it and what it set; a poller resumes from its cursor without a gap or a repeat; bad
 * arguments and missing scopes get their registry codes.
 */

const Feed = graphql(`
  query ChangeFeedPage($after: String, $types: [String!], $first: Int) {
    changes(after: $after, types: $types, first: $first) {
      edges {
        cursor
        node {
          id
          cursor
          source
          type
          entityType
          entityId
          entityVersion
          occurredAt
          actor {
            subject
            mutation
          }
          changes {
            field
            value
          }
          redacted
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type FeedPage = ResultOf<typeof Feed>['changes'];
type FeedNode = FeedPage['edges'][number]['node'];

let stack: Stack;
let writer: string;

beforeAll(async () => {
  writer = await tokenFor(SCOPES, { subject: 'feed-writer' });
  stack = await startStack({ seed: null, env: { ANONYMOUS_READS: 'false' } });
  return () => stack.stop();
});

async function feed(variables: VariablesOf<typeof Feed> = {}, token?: string | null): Promise<GraphQLResult<ResultOf<typeof Feed>>> {
  return stack.query(Feed, variables, token === undefined ? {} : { token });
}

async function page(variables: VariablesOf<typeof Feed> = {}): Promise<FeedPage> {
  const result = await feed(variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no feed page');
  return result.data.changes;
}

/** A page's end cursor, which the feed gives on every page, an empty one too. */
function endOf(page: FeedPage): string {
  if (page.pageInfo.endCursor === null) throw new Error('a feed page without an end cursor');
  return page.pageInfo.endCursor;
}

/** The cursor after the newest event now in the feed: where a test's own events begin. */
async function feedEnd(): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const changes = await page({ after, first: 500 });
    after = endOf(changes);
    if (!changes.pageInfo.hasNextPage) return after;
  }
}

/** Every event in the feed now, oldest first. */
async function allEvents(): Promise<FeedNode[]> {
  const events: FeedNode[] = [];
  let after: string | null = null;
  for (;;) {
    const changes = await page({ after, first: 500 });
    events.push(...changes.edges.map((edge) => edge.node));
    after = endOf(changes);
    if (!changes.pageInfo.hasNextPage) return events;
  }
}

/** Waits (bounded) until at least `count` events follow `after`; the relay publishes asynchronously. */
async function eventsAfter(after: string, count: number, types?: string[]): Promise<FeedNode[]> {
  return vi.waitFor(
    async () => {
      const { edges } = await page({ after, types, first: 500 });
      if (edges.length < count) throw new Error(`${edges.length} of ${count} events so far`);
      return edges.map((edge) => edge.node);
    },
    { timeout: 10_000, interval: 25 },
  );
}

async function write<TResult, TVariables>(
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  requestId: string,
): Promise<TResult> {
  const result = await stack.query(operation, variables, { token: writer, headers: { 'x-request-id': requestId } });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error(`no data for ${requestId}`);
  return result.data;
}

/** What an event set, decoded; `undefined` is an event the feed did not have. */
function valuesOf(node: FeedNode | undefined): Record<string, unknown> {
  if (!node) throw new Error('no such event in the feed');
  return Object.fromEntries(node.changes.map(({ field, value }) => [field, JSON.parse(value) as unknown]));
}

const CreateClient = graphql(`
  mutation ChangeFeedCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`);

const SetIndustry = graphql(`
  mutation ChangeFeedSetIndustry($id: ID!, $industry: String!) {
    updateClient(id: $id, input: { industry: $industry }) {
      id
    }
  }
`);

const ActivateClient = graphql(`
  mutation ChangeFeedActivateClient($id: ID!) {
    changeClientStatus(id: $id, status: ACTIVE) {
      id
    }
  }
`);

const CreateInvoice = graphql(`
  mutation ChangeFeedCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
    }
  }
`);

const IssueInvoice = graphql(`
  mutation ChangeFeedIssueInvoice($id: ID!) {
    issueInvoice(id: $id) {
      id
    }
  }
`);

const HireWithSalary = graphql(`
  mutation ChangeFeedHireWithSalary {
    hireEmployee(input: { name: "Grace Hopper", email: "grace@feed.example", salary: { amount: "98765.43", currencyCode: "USD" } }) {
      id
    }
  }
`);

const RaiseSalary = graphql(`
  mutation ChangeFeedRaiseSalary($id: ID!) {
    updateEmployee(id: $id, input: { salary: { amount: "123456.78", currencyCode: "USD" } }) {
      id
    }
  }
`);

const Count = graphql(`
  query ChangeFeedCount($types: [String!], $after: String) {
    changes(types: $types, after: $after, first: 1) {
      totalCount
    }
  }
`);

const EndCursor = graphql(`
  query ChangeFeedEndCursor {
    changes {
      pageInfo {
        endCursor
      }
    }
  }
`);

describe('writes appear in the feed', () => {
  it('in commit order, with type, entity, version, changes, actor and request id', async () => {
    const start = await feedEnd();
    const expected: { requestId: string; type: string; mutation: string; version: number }[] = [];
    const step = async <TResult, TVariables>(
      operation: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      requestId: string,
      type: string,
      mutation: string,
      version: number,
    ) => {
      const data = await write(operation, variables, requestId);
      expected.push({ requestId, type, mutation, version });
      // Each write's event is in the feed before the next write, so the feed's order is the test's.
      await eventsAfter(start, expected.length);
      return data;
    };
    const { createClient } = await step(
      CreateClient,
      { input: { name: 'Feedco', country: 'GB' } },
      'feed-1',
      'Client.created',
      'createClient',
      1,
    );
    const clientId = createClient.id;
    await step(SetIndustry, { id: clientId, industry: 'Energy' }, 'feed-2', 'Client.updated', 'updateClient', 2);
    await step(ActivateClient, { id: clientId }, 'feed-3', 'Client.statusChanged', 'changeClientStatus', 3);
    const { createInvoice } = await step(
      CreateInvoice,
      { input: { clientId, currencyCode: 'GBP', lines: [{ description: 'Audit', quantity: '2', unitPrice: '150.00' }] } },
      'feed-4',
      'Invoice.created',
      'createInvoice',
      1,
    );
    await step(IssueInvoice, { id: createInvoice.id }, 'feed-5', 'Invoice.issued', 'issueInvoice', 2);

    const events = await eventsAfter(start, expected.length);
    expect(events.map((event) => [event.requestId, event.type, event.actor.mutation, event.entityVersion])).toEqual(
      expected.map((step) => [step.requestId, step.type, step.mutation, step.version]),
    );
    for (const event of events) {
      expect(event.id).toMatch(/^evt_/);
      expect(event.actor.subject).toBe('feed-writer');
      expect(event.entityType).toBe(event.type.slice(0, event.type.indexOf('.')));
      expect(Date.parse(event.occurredAt)).not.toBeNaN();
      expect(event.redacted).toEqual([]);
    }
    const [created, updated, activated, invoiced, issued] = events;
    expect(created).toMatchObject({ source: 'crm', entityType: 'Client', entityId: clientId });
    expect(valuesOf(created)).toMatchObject({ id: clientId, name: 'Feedco', country: 'GB', status: 'PROSPECT', industry: null });
    // An update announces what it set, nothing else.
    expect(valuesOf(updated)).toEqual({ industry: 'Energy' });
    expect(valuesOf(activated)).toEqual({ status: 'ACTIVE' });
    expect(invoiced).toMatchObject({ source: 'accounting', entityType: 'Invoice', entityId: createInvoice.id });
    expect(valuesOf(invoiced)).toMatchObject({ client_id: clientId, status: 'DRAFT' });
    expect(valuesOf(issued)).toMatchObject({ status: 'SENT' });
    // Each edge's cursor is its node's.
    const edges = (await page({ after: start, first: 500 })).edges;
    expect(edges.map((edge) => edge.cursor)).toEqual(edges.map((edge) => edge.node.cursor));
  });

  it('announces that a salary changed, never its value', async () => {
    const start = await feedEnd();
    const { hireEmployee } = await write(HireWithSalary, {}, 'feed-hire');
    await write(RaiseSalary, { id: hireEmployee.id }, 'feed-raise');
    const [hired, raised] = await eventsAfter(start, 2);
    expect(hired).toMatchObject({ type: 'Employee.created', entityId: hireEmployee.id });
    expect(hired?.redacted).toEqual(expect.arrayContaining(['salary_minor', 'salary_currency']));
    expect(raised).toMatchObject({ type: 'Employee.updated', entityId: hireEmployee.id, entityVersion: 2, changes: [] });
    expect(raised?.redacted).toContain('salary_minor');
    for (const event of [hired, raised]) {
      expect(event?.changes.map((change) => change.field).filter((field) => field.startsWith('salary'))).toEqual([]);
      expect(JSON.stringify(event)).not.toMatch(/9876543|12345678|98765\.43|123456\.78/);
    }
  });

  it('a refused write announces nothing', async () => {
    const start = await feedEnd();
    const refused = await stack.query(CreateClient, { input: { name: '', country: 'US' } }, { token: writer });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A later write by the same domain is published after anything the refused one could have left.
    const { createClient } = await write(CreateClient, { input: { name: 'Somebody', country: 'US' } }, 'feed-after-refusal');
    const events = await eventsAfter(start, 1);
    expect(events.map((event) => [event.type, event.entityId])).toEqual([['Client.created', createClient.id]]);
  });
});

describe('paging', () => {
  it('resumes exactly where it stopped: no gap, no repeat', async () => {
    const start = await feedEnd();
    for (let n = 1; n <= 7; n += 1) await write(CreateClient, { input: { name: `Pager ${n}`, country: 'US' } }, `feed-page-${n}`);
    const all = await eventsAfter(start, 7);
    const seen: string[] = [];
    let after = start;
    for (;;) {
      const changes = await page({ after, first: 3 });
      seen.push(...changes.edges.map((edge) => edge.node.id));
      after = endOf(changes);
      if (!changes.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(all.map((event) => event.id));
    expect(all.map((event) => event.requestId)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `feed-page-${n}`));
  });

  it('gives a cursor on an empty page too, so a poller can always resume', async () => {
    const end = await feedEnd();
    const empty = await page({ after: end });
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: end } });
    // A filter matching nothing still moves the cursor past what it looked at, so a poller for a
    // rare type does not scan the same events again next time.
    const none = await page({ types: ['Payment.recorded'] });
    expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: end } });
    const { createClient } = await write(CreateClient, { input: { name: 'Late', country: 'US' } }, 'feed-late');
    const [late] = await eventsAfter(end, 1);
    expect(late?.entityId).toBe(createClient.id);
  });
});

describe('types filter', () => {
  it('takes exact types and Entity.*', async () => {
    const start = await feedEnd();
    const { createClient } = await write(CreateClient, { input: { name: 'Filtered', country: 'US' } }, 'feed-filter-1');
    await write(SetIndustry, { id: createClient.id, industry: 'Retail' }, 'feed-filter-2');
    const { createInvoice } = await write(
      CreateInvoice,
      { input: { clientId: createClient.id, currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] } },
      'feed-filter-3',
    );
    await eventsAfter(start, 3);
    const types = async (filter: string[]) => (await page({ after: start, types: filter })).edges.map((edge) => edge.node.type);
    expect(await types(['Client.updated'])).toEqual(['Client.updated']);
    expect(await types(['Client.*'])).toEqual(['Client.created', 'Client.updated']);
    expect(await types(['Invoice.*', 'Client.created'])).toEqual(['Client.created', 'Invoice.created']);
    expect(await types([])).toEqual(['Client.created', 'Client.updated', 'Invoice.created']);
    const [invoice] = (await page({ after: start, types: ['Invoice.created'] })).edges;
    expect(invoice?.node.entityId).toBe(createInvoice.id);
  });

  it('counts every matching event in the log, whatever the cursor', async () => {
    const count = async (types: string[] | undefined, after?: string) => {
      const result = await stack.query(Count, { types, after });
      expect(result.errors).toBeUndefined();
      return result.data?.changes.totalCount;
    };
    const all = await allEvents();
    expect(await count(undefined)).toBe(all.length);
    expect(await count(['Client.*'])).toBe(all.filter((event) => event.entityType === 'Client').length);
    expect(await count(['Client.*'], await feedEnd())).toBe(all.filter((event) => event.entityType === 'Client').length);
  });
});

describe('refusals', () => {
  const codes = (result: GraphQLResult<unknown>) => result.errors?.map((error) => error.extensions?.code);
  const fields = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.fields;
  const aMessage: unknown = expect.any(String);

  it('a cursor this API did not return', async () => {
    for (const after of ['not-a-cursor', Buffer.from('p:-1').toString('base64url'), Buffer.from('p:1.5').toString('base64url'), '']) {
      const result = await feed({ after });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fields(result)).toEqual([{ path: ['after'], message: aMessage }]);
    }
  });

  it('a type that is not Entity.verb or Entity.*', async () => {
    const result = await feed({ types: ['Client.created', 'client.created', 'Client.'] });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toEqual([
      { path: ['types', '1'], message: aMessage },
      { path: ['types', '2'], message: aMessage },
    ]);
  });

  it('a page size outside 1..500', async () => {
    for (const first of [0, -1, 501]) {
      const result = await feed({ first });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fields(result)).toEqual([{ path: ['first'], message: aMessage }]);
    }
    expect((await feed({ first: 500 })).errors).toBeUndefined();
  });

  it('no token when anonymous reads are off, or a token without read', async () => {
    const anonymous = await feed({}, null);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forbidden = await feed({}, await tokenFor(['crm:write']));
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    expect(forbidden.data?.changes ?? null).toBeNull();
    expect((await feed({}, await tokenFor(['read']))).errors).toBeUndefined();
  });
});

describe('a gateway without a bus', () => {
  it('says the change feed is unavailable', async () => {
    // GatewayDeps.bus is optional (a gateway built for queries alone); startServices always passes one.
    const gateway = createGateway({ ...stack.config, subgraphUrls: stack.urls });
    try {
      const url = await gateway.listen(0);
      const result = await stack.queryAt(url, EndCursor);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.message).toMatch(/without an event bus/);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'events' });
    } finally {
      await gateway.stop();
    }
  });
});
