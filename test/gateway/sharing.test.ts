import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import type { RecordSystem } from '../../lib/domains.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { tokenFor } from '../support/auth.ts';
import { startFakeSubgraph, type FakeAnswer, type FakeSubgraph } from '../support/fake-subgraph.ts';
import { waitForMetric } from '../support/metrics.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Identical work in flight is done once (issue 11, gateway/sharing): identical queries from
 * callers with the same token share one execution, identical subgraph query fetches one request,
 * callers with different tokens never share, mutations never do, and a read sent after a write
 * has been answered never joins work that began before it. A fake subgraph in front of the real
 * one holds requests on cue, so the overlap is made, not hoped for.
 */

let stack: Stack;
let clientIds: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  stack = await startStack();
  clientIds = (stack.plan?.clients ?? []).slice(0, 8).map((client) => client.id);
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  await stack.stop();
});

/** A gateway of its own over the stack, with `name` reached through a fake that answers as `answer` says. */
async function gatewayThrough(
  name: RecordSystem,
  answer: (request: { query: string }, index: number, real: string) => FakeAnswer,
  shareInFlight = true,
): Promise<{ url: string; fake: FakeSubgraph }> {
  const fake = await startFakeSubgraph((request, index) => answer(request, index, stack.urls[name]));
  cleanups.push(() => fake.close());
  const service = createGateway({ ...stack.config, shareInFlight, subgraphUrls: { ...stack.urls, [name]: fake.url } });
  cleanups.push(() => service.stop());
  return { url: await service.listen(0), fake };
}

/** A promise and the function that settles it: a subgraph held until the test lets it answer. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Resolves once `fake` has received `count` requests. */
async function received(fake: FakeSubgraph, count: number): Promise<void> {
  while (fake.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

const CLIENT_NAME = `query SharingClientName($id: ID!) { client(id: $id) { id name } }`;

describe('identical queries in flight', () => {
  it('run once for callers with the same token, and every caller gets the whole answer', async () => {
    const held = gate();
    const { url, fake } = await gatewayThrough('crm', (_request, _index, real) => ({ forwardTo: real, after: held.opened }));
    const token = await tokenFor(SCOPES, { subject: 'dashboard' });
    const answers = Array.from({ length: 8 }, () => stack.queryAt(url, CLIENT_NAME, { id: clientIds[0] }, { token }));
    await waitForMetric(url, 'recordgraph_gateway_shared_total{kind="query",outcome="joined"}', 7);
    held.open();
    const results = await Promise.all(answers);
    expect(new Set(results.map((result) => JSON.stringify(result)))).toEqual(new Set([JSON.stringify(results[0])]));
    expect(results[0]?.data).toMatchObject({ client: { id: clientIds[0] } });
    expect(typeof (results[0]?.data as { client: { name: unknown } }).client.name).toBe('string');
    expect(fake.requests).toHaveLength(1);
  });

  it('are never shared between callers with different tokens', async () => {
    const held = gate();
    const { url, fake } = await gatewayThrough('crm', (_request, _index, real) => ({ forwardTo: real, after: held.opened }));
    const tokens = await Promise.all(['alice', 'bob'].map((subject) => tokenFor(SCOPES, { subject })));
    const answers = [0, 1, 2, 3].map((i) => stack.queryAt(url, CLIENT_NAME, { id: clientIds[0] }, { token: tokens[i % 2] ?? null }));
    await waitForMetric(url, 'recordgraph_gateway_shared_total{kind="query",outcome="joined"}', 2);
    held.open();
    await Promise.all(answers);
    const callers = new Set(fake.requests.map((request) => request.headers.authorization));
    expect(fake.requests).toHaveLength(2);
    expect(callers.size).toBe(2);
  });

  it('are not shared when SHARE_IN_FLIGHT is off', async () => {
    const held = gate();
    const { url, fake } = await gatewayThrough('crm', (_request, _index, real) => ({ forwardTo: real, after: held.opened }), false);
    const token = await tokenFor(SCOPES);
    const answers = Array.from({ length: 4 }, () => stack.queryAt(url, CLIENT_NAME, { id: clientIds[0] }, { token }));
    await received(fake, 4);
    held.open();
    await Promise.all(answers);
    expect(fake.requests).toHaveLength(4);
  });

  it('are not joined after a write has been answered: the writer reads what it wrote', async () => {
    const held = gate();
    const { url, fake } = await gatewayThrough('crm', (request, index, real) =>
      // The first read is held; the write and later reads go straight through.
      index === 0 && !request.query.startsWith('mutation') ? { forwardTo: real, after: held.opened } : { forwardTo: real },
    );
    const token = await tokenFor(SCOPES, { subject: 'writer' });
    const id = clientIds[1] ?? '';
    const before = stack.queryAt(url, CLIENT_NAME, { id }, { token });
    await received(fake, 1);
    const renamed = `Renamed while read ${Date.now()}`;
    const write = await stack.queryAt(
      url,
      `mutation ($id: ID!, $name: String!) { updateClient(id: $id, input: { name: $name }) { name } }`,
      { id, name: renamed },
      { token },
    );
    expect(write.errors).toBeUndefined();
    const after = await stack.queryAt(url, CLIENT_NAME, { id }, { token });
    expect(after.data).toMatchObject({ client: { name: renamed } });
    held.open();
    await before;
    expect(fake.requests.filter((request) => !request.query.startsWith('mutation'))).toHaveLength(2);
  });
});

describe('identical subgraph fetches in flight', () => {
  it('are sent once, even for different queries that need the same fetch', async () => {
    // Each query asks for a different client and the same list; the list's revenue is one accounting fetch.
    const query = `query SharingClientAndList($id: ID!) { client(id: $id) { name } clients(first: 5) { edges { node { revenue(months: 12) { amount } } } } }`;
    const held = gate();
    const { url, fake } = await gatewayThrough('accounting', (_request, _index, real) => ({ forwardTo: real, after: held.opened }));
    const token = await tokenFor(SCOPES);
    const answers = clientIds.map((id) => stack.queryAt(url, query, { id }, { token }));
    await received(fake, 1);
    // The other seven reach the accounting fetch once their crm fetch is answered: wait for the gateway to count them.
    await waitForMetric(url, 'recordgraph_gateway_shared_total{kind="fetch",outcome="joined"}', clientIds.length - 1);
    held.open();
    const results = await Promise.all(answers);
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(new Set(results.map((result) => JSON.stringify((result.data as { clients: unknown }).clients))).size).toBe(1);
    expect(fake.requests).toHaveLength(1);
  });
});
