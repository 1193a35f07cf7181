import { get as httpGet, request as httpRequest, type ClientRequest } from 'node:http';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEADLINE_HEADER } from '../../lib/http/deadline.ts';
import { bearer, fullAccessToken } from '../support/auth.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Abandoned work stops, and a service sheds what it cannot take: a request that arrives with no
 * time left runs nothing; an expensive query sent straight to a subgraph stops when its deadline
 * passes or its client leaves, and the process stays responsive; past the concurrency limit or
 * the memory ceiling a request gets 503 OVERLOADED with Retry-After, and health endpoints still
 * answer. Hostile documents are strings: they are not part of the API.
 */

/** `project(id) { client { projects { client { projects { … id } } } } }`, `levels` times: 4^levels projects on the demo's busiest client. */
function deepQuery(projectId: string, levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) selection = `client { projects { id ${selection} } }`;
  return `{ project(id: "${projectId}") { ${selection} } }`;
}

/** Without the deadline, this runs for minutes on the test company (depth 8 already takes ~10 s and answers 3 MB). */
const RUNAWAY_LEVELS = 10;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
    signal,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);
const healthz = (graphqlUrl: string) => graphqlUrl.replace(/graphql$/, 'healthz');
const metrics = (graphqlUrl: string) => graphqlUrl.replace(/graphql$/, 'metrics');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Counts calls of `Project.id` in a running subgraph (the stack is in-process): the probe that
 * shows whether a query is still being resolved. CPU time would not do on a busy machine, where
 * a running query may get no more of it than an idle process.
 */
function countResolverCalls(schema: GraphQLSchema): { readonly calls: number; restore(): void } {
  const type = schema.getType('Project');
  const field = isObjectType(type) ? type.getFields().id : undefined;
  if (!field) throw new Error('no Project.id in the schema');
  const inner = field.resolve ?? defaultFieldResolver;
  let calls = 0;
  field.resolve = (...args) => {
    calls += 1;
    return inner(...args);
  };
  return {
    get calls() {
      return calls;
    },
    restore: () => {
      field.resolve = inner;
    },
  };
}

/** Waits (at most `withinMs`) until `count` stays the same for two 500 ms windows in a row; false if it never does. */
async function stopsGrowing(count: () => number, withinMs: number): Promise<boolean> {
  const giveUpAt = performance.now() + withinMs;
  let still = 0;
  let last = count();
  while (performance.now() < giveUpAt) {
    await sleep(500);
    still = count() === last ? still + 1 : 0;
    last = count();
    if (still >= 2) return true;
  }
  return false;
}

/** How long /healthz takes to answer 200, on a connection of its own. */
function healthzMs(graphqlUrl: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    httpGet(healthz(graphqlUrl), { agent: false }, (response) => {
      response.resume();
      response.on('end', () =>
        response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`healthz ${response.statusCode}`)),
      );
    }).on('error', reject);
  });
}

describe('deadlines', () => {
  let stack: Stack;
  let auth: Record<string, string>;
  let projectId: string;

  beforeAll(async () => {
    // The operation limits (MAX_DEPTH 10, MAX_COST 50 000) would refuse the runaway query below
    // with 400 OPERATION_TOO_COMPLEX before it runs. These tests prove the other line of defence,
    // for work that does run: the deadline, the client leaving and the event loop's turns. So
    // this stack's limits are raised out of the way (a deployment may raise them too).
    stack = await startStack({ env: { MAX_DEPTH: '100', MAX_COST: String(Number.MAX_SAFE_INTEGER) } });
    auth = bearer(await fullAccessToken(stack.config.auth));
    // The project of the client with the most projects: the deep query multiplies by that count.
    const perClient = new Map<string, number>();
    for (const project of stack.plan?.projects ?? []) perClient.set(project.clientId, (perClient.get(project.clientId) ?? 0) + 1);
    const [busiest] = [...perClient].sort((a, b) => b[1] - a[1]);
    const project = stack.plan?.projects.find((candidate) => candidate.clientId === busiest?.[0]);
    if (!project || (busiest?.[1] ?? 0) < 3) throw new Error('the demo company has no client with three projects');
    projectId = project.id;
  }, 120_000);
  afterAll(() => stack.stop());

  it.each(['0', '-250'])(
    'refuses a request arriving with a budget of %s ms at once: 504 DEADLINE_EXCEEDED, nothing run',
    async (budget) => {
      const projects = stack.subgraphs.projects;
      const before = projects.statementCount;
      const query = await post(stack.urls.projects, `{ project(id: "${projectId}") { name } }`, { ...auth, [DEADLINE_HEADER]: budget });
      expect(query.status).toBe(504);
      expect(codes(query)).toEqual(['DEADLINE_EXCEEDED']);
      const mutation = await post(
        stack.urls.projects,
        `mutation { setProjectHealth(id: "${projectId}", health: RED, note: "late") { id } }`,
        {
          ...auth,
          [DEADLINE_HEADER]: budget,
        },
      );
      expect(mutation.status).toBe(504);
      expect(codes(mutation)).toEqual(['DEADLINE_EXCEEDED']);
      expect(projects.statementCount).toBe(before);
      // The same request with time left runs.
      const inTime = await post(stack.urls.projects, `{ project(id: "${projectId}") { health } }`, { ...auth, [DEADLINE_HEADER]: '30000' });
      expect(inTime.status).toBe(200);
      expect(inTime.body.data).toEqual({ project: { health: expect.not.stringMatching(/^RED$/) as unknown } });
    },
  );

  it('abandons an expensive query sent straight to a subgraph when its budget is spent, and the process stays responsive', async () => {
    const resolving = countResolverCalls(stack.subgraphs.projects.schema);
    onTestFinished(() => resolving.restore());
    const started = performance.now();
    const sent = post(stack.urls.projects, deepQuery(projectId, RUNAWAY_LEVELS), { ...auth, [DEADLINE_HEADER]: '500' });
    // While it runs, the service still answers its health check.
    const healthWhileRunning = await healthzMs(stack.urls.projects);
    const answer = await sent;
    const tookMs = performance.now() - started;
    expect(answer.status).toBe(504);
    expect(answer.body.errors).toEqual([
      { message: expect.stringContaining('deadline') as unknown, extensions: { code: 'DEADLINE_EXCEEDED', budgetMs: 500 } },
    ]);
    // Generous for a saturated machine; without the deadline this query runs for minutes.
    expect(tookMs).toBeLessThan(20_000);
    expect(healthWhileRunning).toBeLessThan(10_000);
    // Nothing keeps running behind the answer.
    expect(await stopsGrowing(() => resolving.calls, 30_000)).toBe(true);
    expect(await healthzMs(stack.urls.projects)).toBeLessThan(2_000);
  }, 60_000);

  it('stops the work when the client disconnects', async () => {
    const resolving = countResolverCalls(stack.subgraphs.projects.schema);
    onTestFinished(() => resolving.restore());
    const client = new AbortController();
    // No deadline header: only the client leaving can stop it (REQUEST_TIMEOUT_MAX_MS is a minute).
    const sent = post(stack.urls.projects, deepQuery(projectId, RUNAWAY_LEVELS), auth, client.signal).catch(() => 'aborted');
    // Wait until the query is really being resolved, and leave early: the fields of the level
    // already loaded when the abort is noticed still each answer the abandonment error, and each
    // level is 8 times the last, so leaving at a deeper level only makes that wind-down longer.
    const runningBy = performance.now() + 10_000;
    while (resolving.calls < 10 && performance.now() < runningBy) await sleep(10);
    expect(resolving.calls).toBeGreaterThanOrEqual(10);
    client.abort();
    expect(await sent).toBe('aborted');
    // While the abandoned query winds down, the service still answers its health check (it gives
    // the event loop turns; the bound is loose for a saturated CI machine, tens of ms otherwise).
    expect(await healthzMs(stack.urls.projects)).toBeLessThan(10_000);
    // Without the signal this query would go on resolving for minutes.
    expect(await stopsGrowing(() => resolving.calls, 30_000)).toBe(true);
    expect(await healthzMs(stack.urls.projects)).toBeLessThan(2_000);
  }, 60_000);
});

/** Starts a POST whose body never finishes, so the request holds its slot until destroyed. */
function holdOpen(url: string): ClientRequest {
  const held = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
  held.on('error', () => {});
  held.write('{"query":');
  return held;
}

/** Asks until the answer has `status` (bounded: 50 tries), for a state the server reaches asynchronously. */
async function until(url: string, query: string, status: number): Promise<Answer> {
  let answer = await post(url, query);
  for (let attempt = 0; attempt < 50 && answer.status !== status; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await post(url, query);
  }
  return answer;
}

describe('the concurrency limit', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: null, env: { MAX_CONCURRENT_REQUESTS: '2', REQUEST_QUEUE_SIZE: '0' } });
  }, 120_000);
  afterAll(() => stack.stop());

  it('sheds requests beyond it with 503 OVERLOADED and Retry-After; health, readiness and metrics still answer', async () => {
    const held = [holdOpen(stack.gatewayUrl), holdOpen(stack.gatewayUrl)];
    try {
      const shed = await until(stack.gatewayUrl, '{ __typename }', 503);
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(codes(shed)).toEqual(['OVERLOADED']);
      expect((await fetch(healthz(stack.gatewayUrl))).status).toBe(200);
      expect((await fetch(stack.gatewayUrl.replace(/graphql$/, 'readyz'))).status).toBe(200);
      expect((await fetch(metrics(stack.gatewayUrl))).status).toBe(200);
    } finally {
      for (const request of held) request.destroy();
    }
    // The slots come back when the held requests go.
    const served = await until(stack.gatewayUrl, '{ __typename }', 200);
    expect(served.body.data).toEqual({ __typename: 'Query' });
  }, 30_000);
});

describe('the memory ceiling', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Any heap is over one megabyte: every GraphQL request is shed.
    stack = await startStack({ seed: null, env: { MEMORY_CEILING_MB: '1' } });
  }, 120_000);
  afterAll(() => stack.stop());

  it('sheds new requests with 503 OVERLOADED while health endpoints answer', async () => {
    for (const url of [stack.gatewayUrl, stack.urls.crm]) {
      const shed = await post(url, '{ __typename }');
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(codes(shed)).toEqual(['OVERLOADED']);
      expect((await fetch(healthz(url))).status).toBe(200);
      expect((await fetch(metrics(url))).status).toBe(200);
    }
  });
});
