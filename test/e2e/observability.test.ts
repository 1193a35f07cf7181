import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayReadiness } from '../../lib/observability/readiness.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { sample } from '../observability/support.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * What an operator scrapes and probes, on the stack as `recordgraph start` runs it (on SQLite,
 * and on PostgreSQL in the `postgres` project): /metrics per service, /readyz per subgraph, and
 * the gateway's readiness over its subgraphs.
 */

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

const at = (url: string, path: string) => url.replace(/graphql$/, path);

async function scrape(url: string): Promise<string> {
  const response = await fetch(at(url, 'metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

function activeClient(s: Stack): string {
  const client = s.plan?.clients.find((c) => c.status === 'ACTIVE' && c.accountManagerId);
  if (!client) throw new Error('no active client in the plan');
  return client.id;
}

const SMALL = { clients: 12, employees: 6, invoices: 40, projects: 8 };

describe('/metrics', () => {
  it('counts and times gateway requests per operation, each subgraph fetch, and errors by code', async () => {
    // Without the entity cache, which would answer the second query without a fetch (test/gateway/entity-cache/).
    const s = (stack = await startStack({ seed: SMALL, env: { ENTITY_CACHE: 'off' } }));
    for (let i = 0; i < 2; i += 1) expect((await s.query(ClientOverviewDocument, { id: activeClient(s) })).errors).toBeUndefined();
    // Strings: typed documents are named, and this one must be anonymous to be counted as such;
    // the next is invalid on purpose (Query has no `nope`).
    expect((await s.query('{ clients(first: 1) { totalCount } }')).status).toBe(200);
    expect((await s.query('query Bad { nope }')).status).toBe(400);

    const gateway = await scrape(s.gatewayUrl);
    const requests = (operation: string, status: string) =>
      sample(gateway, 'recordgraph_requests_total', { service: 'gateway', operation, status });
    expect(requests('ClientOverview', '200')).toBe(2);
    expect(requests('anonymous', '200')).toBe(1);
    // Not one of the product's operations: counted as `other` (test/observability/metrics.test.ts).
    expect(requests('other', '400')).toBe(1);
    expect(sample(gateway, 'recordgraph_request_duration_seconds_count', { service: 'gateway', operation: 'ClientOverview' })).toBe(2);
    expect(
      sample(gateway, 'recordgraph_request_duration_seconds_bucket', { service: 'gateway', operation: 'ClientOverview', le: '+Inf' }),
    ).toBe(2);
    expect(sample(gateway, 'recordgraph_errors_total', { service: 'gateway', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    for (const subgraph of ['crm', 'accounting', 'hr', 'projects']) {
      expect(sample(gateway, 'recordgraph_subgraph_fetch_duration_seconds_count', { subgraph })).toBeGreaterThanOrEqual(2);
    }
    expect(gateway).not.toContain('recordgraph_subgraph_fetch_errors_total{');
    // Each service has its own registry, though all five run in this process.
    expect(gateway).not.toMatch(/service="(crm|accounting|hr|projects)"/);

    const crm = await scrape(s.urls.crm);
    expect(crm).not.toContain('service="gateway"');
    expect(sample(crm, 'recordgraph_requests_total', { service: 'crm', operation: 'ClientOverview__crm__0', status: '200' })).toBe(2);
    const pool = (state: string) => sample(crm, 'recordgraph_db_pool_connections', { service: 'crm', state });
    expect(pool('total')).toBeGreaterThanOrEqual(1);
    expect(pool('idle')).toBeGreaterThanOrEqual(0);
    expect(pool('waiting')).toBe(0);
    expect(crm).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts failed subgraph fetches by subgraph and code', async () => {
    const s = (stack = await startStack({ seed: SMALL }));
    await s.stopSubgraph('accounting');
    const result = await s.query(ClientOverviewDocument, { id: activeClient(s) });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE']);
    const gateway = await scrape(s.gatewayUrl);
    expect(sample(gateway, 'recordgraph_subgraph_fetch_errors_total', { subgraph: 'accounting', code: 'SUBGRAPH_UNAVAILABLE' })).toBe(2);
    expect(sample(gateway, 'recordgraph_subgraph_fetch_duration_seconds_count', { subgraph: 'accounting' })).toBe(2);
    expect(sample(gateway, 'recordgraph_errors_total', { service: 'gateway', code: 'SUBGRAPH_UNAVAILABLE' })).toBe(2);
    expect(sample(gateway, 'recordgraph_requests_total', { service: 'gateway', operation: 'ClientOverview', status: '200' })).toBe(1);
  });
});

describe('/readyz', () => {
  it('a subgraph is ready while its store answers, and says so when it does not; /healthz stays 200', async () => {
    const s = (stack = await startStack({ seed: null }));
    const ready = await fetch(at(s.urls.crm, 'readyz'));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    await s.subgraphs.crm.close();
    const down = await fetch(at(s.urls.crm, 'readyz'));
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable', reason: 'store unreachable' }]);
    expect((await fetch(at(s.urls.crm, 'healthz'))).status).toBe(200);
    expect((await fetch(at(s.urls.hr, 'readyz'))).status).toBe(200);
  });

  it("the gateway's check names each subgraph that does not answer, and never its URL", async () => {
    const s = (stack = await startStack({ seed: null }));
    expect(await gatewayReadiness(s.urls)()).toEqual({ status: 'ready' });
    await s.stopSubgraph('hr');
    // A subgraph that accepts connections but never answers counts as unreachable too.
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const silentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    try {
      const started = performance.now();
      const readiness = await gatewayReadiness({ ...s.urls, projects: silentUrl }, 300)();
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(readiness).toEqual({ status: 'unavailable', reason: 'subgraphs unreachable: hr, projects', unreachable: ['hr', 'projects'] });
      expect(JSON.stringify(readiness)).not.toMatch(/127\.0\.0\.1|http/);
    } finally {
      silent.close();
    }
  });
});
