import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { tokenFor } from '../support/auth.ts';
import { startFakeSubgraph, type FakeSubgraph } from '../support/fake-subgraph.ts';
import { waitForMetric } from '../support/metrics.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Entity fetches of different requests go to a busy subgraph as one (issue 11,
 * gateway/datasources/entity-batching.ts), through the real gateway and subgraphs: eight callers
 * each asking for a different client's revenue make one accounting fetch behind the one in flight,
 * and each gets exactly the answer a gateway without batching gives. A fake in front of accounting
 * holds the first fetch, so the others queue behind it on cue.
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

const CLIENT_MONEY = `query BatchingClientMoney($id: ID!) { client(id: $id) { id name revenue(months: 12) { amount currencyCode } outstanding { amount } } }`;

/** A gateway of its own over the stack, accounting reached through a fake that holds the first fetch until `release`. */
async function gatewayHoldingFirstAccountingFetch(): Promise<{ url: string; fake: FakeSubgraph; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const fake = await startFakeSubgraph((_request, index) => ({
    forwardTo: stack.urls.accounting,
    ...(index === 0 ? { after: released } : {}),
  }));
  cleanups.push(() => fake.close());
  const service = createGateway({ ...stack.config, subgraphUrls: { ...stack.urls, accounting: fake.url } });
  cleanups.push(() => service.stop());
  return { url: await service.listen(0), fake, release };
}

/** The same answers from a gateway that sends every fetch alone. */
async function unbatched(token: string): Promise<unknown[]> {
  const service = createGateway({ ...stack.config, entityBatching: { enabled: false, maxInFlight: 1 }, subgraphUrls: stack.urls });
  cleanups.push(() => service.stop());
  const url = await service.listen(0);
  return Promise.all(clientIds.map(async (id) => (await stack.queryAt(url, CLIENT_MONEY, { id }, { token })).data));
}

describe('entity fetches of different requests', () => {
  it('wait behind the one in flight and go as one, and every caller gets what it would have alone', async () => {
    const { url, fake, release } = await gatewayHoldingFirstAccountingFetch();
    const token = await tokenFor(SCOPES, { subject: 'account-managers' });
    const answers = clientIds.map((id) => stack.queryAt(url, CLIENT_MONEY, { id }, { token }));
    await waitForMetric(url, 'recordgraph_gateway_entity_fetches_waiting{subgraph="accounting"}', clientIds.length - 1);
    release();
    const results = await Promise.all(answers);
    expect(results.map((result) => result.errors)).toEqual(clientIds.map(() => undefined));
    expect(results.map((result) => result.data)).toEqual(await unbatched(token));
    // The held fetch, then the seven that waited, together.
    expect(fake.requests.map((request) => (request.variables.representations as unknown[]).length)).toEqual([1, clientIds.length - 1]);
    const metrics = await (await fetch(new URL('/metrics', url))).text();
    expect(metrics).toContain('recordgraph_gateway_entity_batch_callers_count{subgraph="accounting"} 1');
  });

  it('never go together for callers with different tokens', async () => {
    const { url, fake, release } = await gatewayHoldingFirstAccountingFetch();
    const tokens = await Promise.all(['alice', 'bob'].map((subject) => tokenFor(SCOPES, { subject })));
    const tokenOf = (index: number) => tokens[index % 2] ?? '';
    const answers = clientIds.map((id, index) => stack.queryAt(url, CLIENT_MONEY, { id }, { token: tokenOf(index) }));
    // Alice's first fetch is held; everything else waits for accounting, in one queue per token.
    await waitForMetric(url, 'recordgraph_gateway_entity_fetches_waiting{subgraph="accounting"}', clientIds.length - 1);
    release();
    const results = await Promise.all(answers);
    expect(results.map((result) => result.errors)).toEqual(clientIds.map(() => undefined));
    const clientsOf = (token: string) => new Set(clientIds.filter((_, index) => tokenOf(index) === token));
    const asked = fake.requests.map((request) => ({
      token: String(request.headers.authorization).replace(/^Bearer /, ''),
      ids: (request.variables.representations as { id: string }[]).map(({ id }) => id),
    }));
    expect(asked.map(({ ids }) => ids.length).sort()).toEqual([1, 3, 4]);
    for (const { token, ids } of asked) for (const id of ids) expect(clientsOf(token).has(id)).toBe(true);
  });
});
