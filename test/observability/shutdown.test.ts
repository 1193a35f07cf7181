import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.ts';
import { withTeardown } from '../support/processes.ts';
import { holdingProxy, postGraphQL, rawRequest, refused, startObservedStack, type ObservedStack, type RawResponse } from './support.ts';

/**
 * Stopping the gateway while it waits on a slow subgraph: the request in flight still gets its
 * answer; a new one, and a readiness probe, are refused once stopping began.
 */

let stack: ObservedStack;
let proxy: Awaited<ReturnType<typeof holdingProxy>>;
beforeAll(() =>
  withTeardown(async (defer) => {
    // crm's real URL is known only once it listens; the proxy in front of it reads it per request.
    let crmUrl = '';
    proxy = await holdingProxy(() => crmUrl);
    defer(() => proxy.close());
    stack = await startObservedStack({ subgraphUrls: (urls) => ({ ...urls, crm: proxy.url }) });
    defer(() => stack.stop());
    crmUrl = stack.urls.crm;
  }),
);

const Slow = graphql(`
  query ShutdownSlow {
    clients(first: 2) {
      totalCount
    }
  }
`);

const ClientCount = graphql(`
  query ShutdownClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

describe('graceful shutdown of the gateway', () => {
  it('finishes the request in flight with 200, refuses new requests and readiness probes', async () => {
    let settled = false;
    const inFlight = postGraphQL(stack.gatewayUrl, { query: Slow }, { 'x-request-id': 'in-flight-1' }).finally(() => {
      settled = true;
    });
    await proxy.arrived;
    const stopped = stack.gateway.stop();

    const gatewayAt = (path: string) => stack.gatewayUrl.replace(/graphql$/, path);
    expect(refused(await postGraphQL(stack.gatewayUrl, { query: ClientCount }))).toBe(true);
    expect(refused(await rawRequest(gatewayAt('readyz')))).toBe(true);
    await expect.poll(() => rawRequest(gatewayAt('healthz')), { timeout: 10_000, interval: 20 }).toBe('ECONNREFUSED');
    // Still waiting on crm, held by the proxy: stopping has not cut it off.
    expect(settled).toBe(false);
    proxy.release();

    const answer = (await inFlight) as RawResponse;
    expect(answer.status).toBe(200);
    expect(answer.headers['x-request-id']).toBe('in-flight-1');
    expect(JSON.parse(answer.body)).toEqual({ data: { clients: { totalCount: stack.plan.clients.length } } });
    await stopped;
    expect(stack.logs.filter((line) => line.requestId === 'in-flight-1').map((line) => [line.service, line.status])).toEqual([
      ['crm', 200],
    ]);
  });
});
