import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import type { SubgraphResilienceConfig } from '../../lib/config.ts';
import type { RecordSystem } from '../../lib/domains.ts';
import { DEADLINE_HEADER } from '../../lib/http/deadline.ts';
import type { HttpService } from '../../lib/http/service.ts';
import { graphql } from '../__generated__/gql.ts';
import { bearer, tokenOf } from '../support/auth.ts';
import { startFakeSubgraph, graphqlError, type FakeAnswer, type FakeSubgraph } from '../support/fake-subgraph.ts';
import { sourceOf } from '../support/operations.ts';
import { freePort, PROCESS_TEST_TIMEOUT_MS, runRecordgraph, waitUntilReady, type ServiceProcess } from '../support/processes.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The gateway against sick subgraphs (issue 10 § Subgraph resilience): a circuit breaker per
 * subgraph that, once open, answers a stopped subgraph's fields at once with SUBGRAPH_UNAVAILABLE
 * while the other domains' fields arrive, and closes when it answers again; query fetches retried
 * on a transient failure, mutation fetches never; per-subgraph timeouts; the deadline sent to the
 * subgraph, and the fetch aborted when the caller goes away; a subgraph's own refusals keep their
 * code and do not count against it. Each test builds its own gateway over one shared stack, with
 * fakes (test/support/fake-subgraph.ts) or a separate process where a real subgraph cannot be
 * made to misbehave on demand.
 */

let stack: Stack;
let clientId = '';
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  stack = await startStack();
  const client = stack.plan?.clients.find((c) => c.status === 'ACTIVE' && c.accountManagerId);
  if (!client) throw new Error('no active client with an account manager in the plan');
  clientId = client.id;
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  await stack.stop();
});

const RESILIENCE: SubgraphResilienceConfig = {
  timeoutsMs: {},
  breakerFailures: 100,
  breakerHalfOpenMs: 60_000,
  retries: 2,
  retryBudget: 0.1,
};

/** A gateway of its own over the stack, with some subgraphs elsewhere and its own resilience settings. */
async function gatewayWith(
  urls: Partial<Record<RecordSystem, string>>,
  resilience: Partial<SubgraphResilienceConfig> = {},
  timeoutMs = stack.config.subgraphTimeoutMs,
): Promise<{ url: string; service: HttpService }> {
  const service = createGateway({
    ...stack.config,
    subgraphTimeoutMs: timeoutMs,
    subgraphResilience: { ...RESILIENCE, ...resilience },
    subgraphUrls: { ...stack.urls, ...urls },
  });
  cleanups.push(() => service.stop());
  return { url: await service.listen(0), service };
}

async function fake(answer: (request: { query: string }, index: number) => FakeAnswer): Promise<FakeSubgraph> {
  const subgraph = await startFakeSubgraph(answer);
  cleanups.push(() => subgraph.close());
  return subgraph;
}

/** A query at `url`, with how long its answer took. */
async function timed<T>(query: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await query();
  return { result, ms: performance.now() - started };
}

/** The gateway's /metrics value of `subgraph`'s breaker (0 closed, 1 half-open, 2 open). */
async function breakerGauge(gatewayUrl: string, subgraph: string): Promise<number | undefined> {
  const text = await (await fetch(new URL('/metrics', gatewayUrl))).text();
  const line = text.split('\n').find((l) => l.startsWith(`recordgraph_subgraph_breaker_state{subgraph="${subgraph}"}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

const errorsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.map((error) => `${String(error.extensions?.code)}:${String(error.extensions?.subgraph)}`);

const ClientAndManager = graphql(`
  query ResilienceClientAndManager($id: ID!) {
    client(id: $id) {
      name
      accountManager {
        name
      }
    }
  }
`);

const ClientName = graphql(`
  query ResilienceClientName($id: ID!) {
    client(id: $id) {
      name
    }
  }
`);

const ClientAndProjects = graphql(`
  query ResilienceClientAndProjects($id: ID!) {
    client(id: $id) {
      name
      projects {
        id
      }
    }
  }
`);

const CreateClient = graphql(`
  mutation ResilienceCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const ClientCount = graphql(`
  query ResilienceClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

describe('a stopped subgraph (SIGSTOP) behind an open circuit breaker', () => {
  let hr: ServiceProcess | undefined;

  afterAll(async () => {
    if (hr?.child.pid) process.kill(hr.child.pid, 'SIGCONT');
    await hr?.kill('SIGKILL');
  });

  it(
    'costs callers milliseconds once open, the other fields still arrive, and closes after SIGCONT',
    async () => {
      // hr as its own process over the stack's hr store, so it can be stopped and continued.
      const port = await freePort();
      hr = runRecordgraph('hr', ['serve', 'hr'], {
        LOG_LEVEL: 'warn',
        HR_PORT: String(port),
        HR_DATABASE_URL: stack.config.databaseUrls.hr,
        EVENT_LOG_PATH: stack.config.events.logPath,
        SEED_ON_START: 'false',
        ...Object.fromEntries(Object.entries(stack.urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      });
      await waitUntilReady(`http://127.0.0.1:${port}/readyz`, hr);
      const timeoutMs = 3_000;
      const { url } = await gatewayWith(
        { hr: `http://127.0.0.1:${port}/graphql` },
        { timeoutsMs: { hr: timeoutMs }, breakerFailures: 2, breakerHalfOpenMs: 8_000 },
      );
      const ask = () => stack.queryAt(url, ClientAndManager, { id: clientId });

      const healthy = await ask();
      expect(healthy.errors).toBeUndefined();
      expect(healthy.data?.client?.accountManager?.name).toEqual(expect.any(String));
      expect(await breakerGauge(url, 'hr')).toBe(0);

      process.kill(hr.child.pid ?? 0, 'SIGSTOP');
      // Two timeouts open the breaker; each costs the whole hr timeout.
      for (let i = 0; i < 2; i++) {
        const { result, ms } = await timed(ask);
        expect(errorsOf(result)).toEqual(['GATEWAY_TIMEOUT:hr']);
        expect(ms).toBeGreaterThanOrEqual(timeoutMs - 100);
      }
      expect(await breakerGauge(url, 'hr')).toBe(2);
      // Open: hr's fields fail at once, crm's still arrive.
      for (let i = 0; i < 3; i++) {
        const { result, ms } = await timed(ask);
        expect(result.data?.client?.name).toEqual(expect.any(String));
        expect(result.data?.client?.accountManager).toBeNull();
        expect(result.errors).toEqual([
          expect.objectContaining({
            message: 'The hr subgraph is unavailable',
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'hr' },
          }),
        ]);
        expect(ms).toBeLessThan(timeoutMs / 2);
      }

      process.kill(hr.child.pid ?? 0, 'SIGCONT');
      // After the half-open delay one probe goes through, succeeds and closes the breaker.
      await expect
        .poll(async () => (await ask()).data?.client?.accountManager?.name, { timeout: 30_000, interval: 500 })
        .toEqual(expect.any(String));
      expect(await breakerGauge(url, 'hr')).toBe(0);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

describe('retries', () => {
  it('retries a query fetch after a transient failure (503 OVERLOADED, a dropped connection)', async () => {
    const crm = await fake((_request, index) => {
      if (index === 0) return { status: 503, body: graphqlError('OVERLOADED', 'Overloaded') };
      if (index === 2) return 'reset';
      return { forwardTo: stack.urls.crm };
    });
    const { url } = await gatewayWith({ crm: crm.url });
    const first = await stack.queryAt(url, ClientName, { id: clientId });
    expect(first.errors).toBeUndefined();
    expect(first.data?.client?.name).toEqual(expect.any(String));
    expect(crm.requests).toHaveLength(2);
    const second = await stack.queryAt(url, ClientName, { id: clientId });
    expect(second.errors).toBeUndefined();
    expect(crm.requests).toHaveLength(4);
  });

  it('never retries a mutation fetch: the caller gets SUBGRAPH_UNAVAILABLE and nothing is stored', async () => {
    const crm = await fake((request) => {
      if (request.query.startsWith('mutation')) return { status: 503, body: graphqlError('OVERLOADED', 'Overloaded') };
      return { forwardTo: stack.urls.crm };
    });
    const { url } = await gatewayWith({ crm: crm.url });
    const before = (await stack.query(ClientCount)).data?.clients.totalCount;
    expect(before).toEqual(expect.any(Number));
    const result = await stack.queryAt(url, CreateClient, { name: 'Never Retried Ltd' });
    expect(errorsOf(result)).toEqual(['SUBGRAPH_UNAVAILABLE:crm']);
    expect(crm.requests.filter((request) => request.query.startsWith('mutation'))).toHaveLength(1);
    const after = await stack.query(ClientCount);
    expect(after.data?.clients.totalCount).toBe(before);
  });

  it('retries within a budget, so a failing subgraph does not get three times the fetches', async () => {
    const crm = await fake(() => 'reset');
    // 10 % of 20 fetches is 2 retries, under the floor of 5 per window: 25 requests, not 60.
    const { url } = await gatewayWith({ crm: crm.url }, { retries: 2, retryBudget: 0.1 });
    for (let i = 0; i < 20; i++) {
      expect(errorsOf(await stack.queryAt(url, ClientName, { id: clientId }))).toEqual(['SUBGRAPH_UNAVAILABLE:crm']);
    }
    expect(crm.requests.length).toBeGreaterThan(20);
    expect(crm.requests.length).toBeLessThanOrEqual(25);
  });

  it('gives up after SUBGRAPH_RETRIES retries', async () => {
    const crm = await fake(() => 'reset');
    const { url } = await gatewayWith({ crm: crm.url }, { retries: 1 });
    const result = await stack.queryAt(url, ClientName, { id: clientId });
    expect(errorsOf(result)).toEqual(['SUBGRAPH_UNAVAILABLE:crm']);
    expect(crm.requests).toHaveLength(2);
  });
});

describe('timeouts and deadlines', () => {
  it('honours a per-subgraph timeout and tells the subgraph how long the gateway will wait', async () => {
    const projects = await fake(() => 'hang');
    // The default would hold the caller for 60 s; projects' own timeout is 400 ms.
    const { url } = await gatewayWith({ projects: projects.url }, { timeoutsMs: { projects: 400 } }, 60_000);
    const { result, ms } = await timed(() => stack.queryAt(url, ClientAndProjects, { id: clientId }));
    expect(result.data?.client?.name).toEqual(expect.any(String));
    expect(result.errors).toEqual([
      { message: 'The projects subgraph did not answer in time', extensions: { code: 'GATEWAY_TIMEOUT', subgraph: 'projects' } },
    ]);
    expect(ms).toBeLessThan(10_000);
    const budget = Number(projects.requests[0]?.headers[DEADLINE_HEADER]);
    expect(budget).toBeGreaterThan(0);
    expect(budget).toBeLessThanOrEqual(400);
    // The gateway gave up on the fetch: its connection was closed, not left open.
    await expect.poll(() => projects.requests[0]?.abandoned, { timeout: 5_000 }).toBe(true);
  });

  it('aborts the fetch when the caller goes away', async () => {
    const projects = await fake(() => 'hang');
    const { url } = await gatewayWith({ projects: projects.url }, {}, 60_000);
    const caller = new AbortController();
    const sent = fetch(url, {
      method: 'POST',
      signal: caller.signal,
      headers: { 'content-type': 'application/json', ...bearer(await tokenOf({}, stack.config.auth)) },
      body: JSON.stringify({ query: sourceOf(ClientAndProjects), variables: { id: clientId } }),
    }).catch((error: unknown) => error);
    await expect.poll(() => projects.requests.length, { timeout: 10_000 }).toBe(1);
    expect(Number(projects.requests[0]?.headers[DEADLINE_HEADER])).toBeGreaterThan(50_000);
    caller.abort();
    await sent;
    await expect.poll(() => projects.requests[0]?.abandoned, { timeout: 10_000 }).toBe(true);
  });
});

describe('what a subgraph answers', () => {
  it("keeps a subgraph's refusal of the request, which does not count against it; 5xx does and opens the breaker", async () => {
    let answer: FakeAnswer = {
      status: 400,
      body: graphqlError('OPERATION_TOO_COMPLEX', 'Too deep', { limit: 'depth', value: 9, max: 8, stacktrace: ['at /srv/x.js'] }),
    };
    const crm = await fake(() => answer);
    const { url } = await gatewayWith({ crm: crm.url }, { breakerFailures: 2, retries: 0 });
    for (let i = 0; i < 3; i++) {
      const result = await stack.queryAt(url, ClientName, { id: clientId });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'Too deep',
          extensions: { code: 'OPERATION_TOO_COMPLEX', limit: 'depth', value: 9, max: 8, subgraph: 'crm' },
        }),
      ]);
    }
    expect(crm.requests).toHaveLength(3);

    // Inside an answer too: a field the subgraph abandoned at the deadline is the gateway's timeout.
    answer = { status: 200, body: { data: { client: null }, ...graphqlError('DEADLINE_EXCEEDED', 'Deadline exceeded') } };
    const partial = await stack.queryAt(url, ClientName, { id: clientId });
    expect(partial.errors?.map((error) => [error.message, error.extensions?.code, error.extensions?.subgraph])).toEqual([
      ['The crm subgraph did not answer in time', 'GATEWAY_TIMEOUT', 'crm'],
    ]);

    answer = { status: 504, body: graphqlError('DEADLINE_EXCEEDED') };
    expect(errorsOf(await stack.queryAt(url, ClientName, { id: clientId }))).toEqual(['GATEWAY_TIMEOUT:crm']);
    answer = { status: 500, body: graphqlError('SOMETHING_ODD', `failed at ${crm.url} in /srv/app.js`) };
    const odd = await stack.queryAt(url, ClientName, { id: clientId });
    expect(errorsOf(odd)).toEqual(['SUBGRAPH_UNAVAILABLE:crm']);
    expect(JSON.stringify(odd)).not.toMatch(/127\.0\.0\.1|\/srv\/|SOMETHING_ODD/);
    // Two consecutive failures: open. The next fetch does not reach the subgraph.
    expect(await breakerGauge(url, 'crm')).toBe(2);
    const open = await stack.queryAt(url, ClientName, { id: clientId });
    expect(errorsOf(open)).toEqual(['SUBGRAPH_UNAVAILABLE:crm']);
    expect(crm.requests).toHaveLength(6);
  });
});
