import { afterEach, describe, expect, it } from 'vitest';
import { HttpService } from '../../lib/http/service.ts';
import type { MetricsAccess } from '../../lib/observability/metrics-access.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { sample } from './support.ts';

/**
 * Bounded telemetry, over real HTTP: a caller cannot add Prometheus series by inventing operation
 * names (only the product's operations keep theirs; everything else is one `other`), and /metrics
 * is for the scraper alone: behind METRICS_TOKEN, on METRICS_PORT, and closed in production
 * without either.
 */

const TOKEN = 'scrape-token-0123456789abcdef';
let stack: Stack | undefined;
const services: HttpService[] = [];
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
  await Promise.all(services.splice(0).map((service) => service.stop()));
});

const metricsAt = (url: string) => url.replace(/graphql$/, 'metrics');
const operationLabels = (text: string) =>
  new Set([...text.matchAll(/^recordgraph_requests_total\{[^}]*operation="([^"]+)"/gm)].map((match) => match[1]));

async function scrape(url: string, token: string | null = TOKEN) {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: await response.text() };
}

describe('operation names in metrics', () => {
  it('random operation names add no series beyond one "other"; the product keeps its names', async () => {
    const s = (stack = await startStack({ seed: { clients: 4, employees: 3, invoices: 4, projects: 2 }, env: { METRICS_TOKEN: TOKEN } }));
    const client = s.plan?.clients[0]?.id ?? '';
    expect((await s.query(ClientOverviewDocument, { id: client })).errors).toBeUndefined();
    // 60 invented names, at the gateway and straight at a subgraph, valid and invalid.
    for (let i = 0; i < 30; i += 1) {
      expect((await s.query(`query Rand${i} { __typename }`)).status).toBe(200);
      expect((await s.queryAt(s.urls.hr, `query Probe${i} { nope }`)).status).toBe(400);
    }
    // A forged planner-style name is not the product's either.
    expect((await s.queryAt(s.urls.crm, 'query Rand1__crm__0 { __typename }')).status).toBe(200);

    const gateway = await scrape(metricsAt(s.gatewayUrl));
    expect(gateway.status).toBe(200);
    expect(operationLabels(gateway.body)).toEqual(new Set(['ClientOverview', 'other']));
    expect(sample(gateway.body, 'recordgraph_requests_total', { service: 'gateway', operation: 'other', status: '200' })).toBe(30);
    const hr = await scrape(metricsAt(s.urls.hr));
    expect(sample(hr.body, 'recordgraph_requests_total', { service: 'hr', operation: 'other', status: '400' })).toBe(30);
    expect([...operationLabels(hr.body)].filter((name) => /Probe/.test(name ?? ''))).toEqual([]);
    const crm = await scrape(metricsAt(s.urls.crm));
    // The gateway's fetches of the headline query keep its name; the forgery is `other`.
    const crmLabels = [...operationLabels(crm.body)];
    expect(crmLabels).toContain('ClientOverview__crm__0');
    expect(crmLabels.filter((name) => name !== 'other' && !/^ClientOverview__crm__\d+$/.test(name ?? ''))).toEqual([]);
    expect(sample(crm.body, 'recordgraph_requests_total', { service: 'crm', operation: 'other', status: '200' })).toBe(1);
  });
});

describe('who may read /metrics', () => {
  async function tiny(env: 'test' | 'production', metricsAccess: MetricsAccess) {
    const service = new HttpService({
      name: 'tiny',
      env,
      logLevel: 'silent',
      apollo: { typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } },
      context: async () => ({}),
      processMetrics: false,
      metricsAccess,
    });
    services.push(service);
    return { service, url: await service.listen(0) };
  }

  it('with METRICS_TOKEN: 401 without the bearer token or with a wrong one, 200 with it', async () => {
    const { url } = await tiny('test', { token: TOKEN });
    const none = await scrape(metricsAt(url), null);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await scrape(metricsAt(url), `${TOKEN}x`)).status).toBe(401);
    const good = await scrape(metricsAt(url));
    expect(good.status).toBe(200);
    expect(good.body).toContain('# TYPE recordgraph_requests_total counter');
  });

  it('with METRICS_PORT: served on that port only, not on the service port', async () => {
    const { service, url } = await tiny('production', { port: 0 });
    const metricsUrl = service.metricsUrl ?? '';
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(metricsUrl).port).not.toBe(new URL(url).port);
    expect((await scrape(metricsAt(url), null)).status).toBe(404);
    const scraped = await scrape(metricsUrl, null);
    expect(scraped.status).toBe(200);
    expect(scraped.body).toContain('recordgraph_requests_total');
    expect((await scrape(`${metricsUrl}/tiny`, null)).status).toBe(200);
    await service.stop();
    await expect(fetch(metricsUrl)).rejects.toThrow();
  });

  it('in production with neither: closed (401); outside production: open', async () => {
    const production = await tiny('production', {});
    expect((await scrape(metricsAt(production.url), null)).status).toBe(401);
    const development = await tiny('test', {});
    expect((await scrape(metricsAt(development.url), null)).status).toBe(200);
  });
});
