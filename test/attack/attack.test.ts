import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS_OF_RECORD } from '../../lib/domains.ts';
import { isErrorCode } from '../../lib/errors.ts';
import { graphql } from '../__generated__/gql.ts';
import { bearer, TEST_AUTH, tokenFor } from '../support/auth.ts';
import { HealthSampler } from '../support/health-sampler.ts';
import { residentMb } from '../support/memory.ts';
import { sourceOf } from '../support/operations.ts';
import { startProcessStack, type ProcessStack, type ServiceName } from '../support/process-stack.ts';
import { PROCESS_TEST_TIMEOUT_MS, withTeardown } from '../support/processes.ts';
import { rawRequest, type RawResponse } from '../support/raw-http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 10's attack suite: every request of the issue's list, sent as a stranger would send it,
 * to real `recordgraph serve` processes (SQLite stores, the demo company) on 127.0.0.1, while a
 * worker thread polls /healthz of every process every 50 ms. Each case asserts what the issue
 * says the caller gets (a coded JSON answer with the right status, never HTML, a stack or a
 * path); across all of them: no process exits, the gateway never answers 5xx for client abuse,
 * every /healthz answers within 1 s throughout, a refused request writes nothing, and every
 * process's memory is back under its ceiling afterwards.
 *
 * Bounded: each hostile request has a client-side timeout, every case is one or a few requests
 * (the operation-name case 150 small ones), and the processes' heaps are capped well below
 * the machine's memory so a request that would grow one without limit ends in minutes, not hours.
 */

/** What MEMORY_CEILING_MB is set to for every process: the promise is that none grows past it. */
const CEILING_MB = 512;
/**
 * The issue's rule: every process answers /healthz within 1 s, throughout. Judged by HealthSampler
 * (test/support/health-sampler.ts, proved in health-sampler.test.ts): a poll every 50 ms of every
 * process, from a thread of its own; a poll is late when it failed, or took more than this beyond
 * the slowest poll of an idle control process overlapping it, so a machine-wide stall (the whole
 * VM paused) is not blamed on a service, while a service that stops answering is.
 */
const HEALTH_LIMIT_MS = 1_000;
/** A refused request is refused before any work: this is generous for a busy machine. */
const REFUSAL_MS = 5_000;
/** How long a hostile request may hang before the harness gives up on it (today's behaviour, not a promise). */
const HANG_MS = 60_000;
const CASE_TIMEOUT_MS = HANG_MS + 30_000;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ClientCount = graphql(`
  query AttackClientCount {
    clients(first: 1) {
      totalCount
    }
    changes(first: 1) {
      totalCount
    }
  }
`);

const ProjectClients = graphql(`
  query AttackProjectClients {
    projects(first: 500) {
      edges {
        node {
          id
          client {
            id
          }
        }
      }
    }
  }
`);

const CreateClient = graphql(`
  mutation AttackCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

let stack: ProcessStack;
let sampler: HealthSampler;
/** The client with the most projects, and one of its projects: the root of the nesting attacks. */
let clientId = '';
let projectId = '';
let projectCount = 0;
let baseline = { clients: 0, changes: 0 };
/** Writes the suite made on purpose (accepted), so the final count knows what to expect. */
let acceptedClients = 0;
/** Every status the gateway answered a hostile request with. */
const gatewayStatuses: { case: string; status: number }[] = [];
/** Figures for the issue's note: time to refusal and worst /healthz per process while each ran. */
const figures: { case: string; status: number; code: unknown; ms: number; worstHealthMs: Record<string, number> }[] = [];

/** A caller of its own per case, so one case's requests never count against another's rate limit. */
const callerToken = (subject: string, scopes = ['read']) => tokenFor(scopes, { subject: `attack-${subject}` });

async function post(url: string, body: unknown, options: { token?: string; headers?: Record<string, string>; timeoutMs?: number } = {}) {
  return rawRequest(url, {
    headers: { 'content-type': 'application/json', ...bearer(options.token ?? null), ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    timeoutMs: options.timeoutMs ?? HANG_MS,
  });
}

async function typed<TResult, TVariables>(operation: TypedDocumentNode<TResult, TVariables>, variables: TVariables, token: string) {
  const response = await post(stack.gatewayUrl, { query: sourceOf(operation), variables }, { token });
  const body = response.json as { data?: TResult | null; errors?: unknown[] } | undefined;
  if (!body?.data) throw new Error(`the gateway answered ${response.status}: ${response.text.slice(0, 500)}`);
  return body.data;
}

async function counts() {
  const data = await typed(ClientCount, {}, await callerToken('counts'));
  return { clients: data.clients.totalCount, changes: data.changes.totalCount };
}

interface ErrorBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

function errorsOf(response: RawResponse): NonNullable<ErrorBody['errors']> {
  return (response.json as ErrorBody | undefined)?.errors ?? [];
}

function codeOf(response: RawResponse): unknown {
  return errorsOf(response)[0]?.extensions?.code;
}

/**
 * A clean refusal: JSON (never HTML), with a registry code among `codes` and a status among
 * `statuses`, no stack, no file path, no X-Powered-By.
 */
function expectCleanAnswer(response: RawResponse, statuses: number[], codes: string[]) {
  const summary = `${response.status} ${String(response.headers['content-type'])}: ${response.text.slice(0, 300)}`;
  expect(statuses, summary).toContain(response.status);
  expect(String(response.headers['content-type']), summary).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.json, summary).toBeDefined();
  expect(codes, summary).toContain(codeOf(response));
  expectNothingLeaked(response);
}

function expectNothingLeaked(response: RawResponse) {
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.text).not.toMatch(/<!DOCTYPE|<html|<pre>/i);
  expect(response.text).not.toMatch(/stacktrace|node_modules|\bat [\w.<>]+ \(/);
  expect(response.text).not.toContain(REPO_ROOT);
}

/** Runs one hostile case, records the gateway's status and the case's figures, and checks health meanwhile. */
async function attack(name: string, send: () => Promise<RawResponse>, options: { viaGateway?: boolean } = {}): Promise<RawResponse> {
  const since = Date.now();
  const response = await send();
  if (options.viaGateway !== false) gatewayStatuses.push({ case: name, status: response.status });
  // A poll held by a process this request stalled comes back with the answer or after it.
  await sampler.settled();
  const report = sampler.report(HEALTH_LIMIT_MS, since);
  figures.push({ case: name, status: response.status, code: codeOf(response), ms: response.ms, worstHealthMs: report.worst });
  return response;
}

/** Every process is still running and answered /healthz within the limit since `since` (polls in flight included). */
async function expectHealthySince(since: number) {
  await sampler.settled();
  for (const service of stack.all()) expect(service.child.exitCode ?? service.child.signalCode, `${service.name} exited`).toBeNull();
  const report = sampler.report(HEALTH_LIMIT_MS, since);
  expect(report.late, `late /healthz answers: ${JSON.stringify(report.late)}`).toEqual({});
}

/** `projects { client { projects … } } }` (or from `client` on), `depth` fields deep: what goes under a client (a project). */
function nested(depth: number, outer: 'projects' | 'client' = 'projects'): string {
  const inner = outer === 'projects' ? 'client' : 'projects';
  let selection = 'id';
  for (let level = depth; level > 0; level--) selection = `${level % 2 === 1 ? outer : inner} { id ${selection} }`;
  return selection;
}

function aliases(count: number, field: string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`a${i}: ${field}`);
  return `{ ${parts.join(' ')} }`;
}

beforeAll(
  () =>
    withTeardown(async (defer) => {
      stack = await startProcessStack(defer, {
        env: {
          // The demo company's 200 clients and 400 projects (the list and nesting attacks need
          // them), with fewer invoices than the default so that seeding is quick.
          SEED_CLIENTS: '200',
          SEED_PROJECTS: '400',
          SEED_EMPLOYEES: '40',
          SEED_INVOICES: '800',
          MEMORY_CEILING_MB: String(CEILING_MB),
          OUTBOX_POLL_MS: '50',
          EVENT_POLL_MS: '50',
          // A harness bound, not the product's: a request that grows a process without limit
          // ends at 1 GB instead of filling the machine.
          NODE_OPTIONS: '--max-old-space-size=1024',
        },
      });
      sampler = await HealthSampler.start(stack.origins);
      defer(() => sampler.stop());
      const projects = await typed(ProjectClients, {}, await callerToken('setup'));
      const byClient = new Map<string, string[]>();
      for (const { node } of projects.projects.edges) byClient.set(node.client.id, [...(byClient.get(node.client.id) ?? []), node.id]);
      const [id, owned] = [...byClient.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
      [clientId, projectId, projectCount] = [id, owned[0] ?? '', owned.length];
      baseline = await counts();
    }),
  PROCESS_TEST_TIMEOUT_MS,
);

afterAll(() => {
  // The issue's note asks for these figures: time to refusal, worst /healthz of every process.
  console.log(
    `attack figures (ms):\n${figures.map((f) => `  ${f.case}: ${f.status} ${String(f.code)} in ${f.ms}; worst /healthz ${JSON.stringify(f.worstHealthMs)}`).join('\n')}`,
  );
});

describe('answers that are not GraphQL become coded JSON', () => {
  it('a normal answer carries security headers and no X-Powered-By', async () => {
    const response = await post(stack.gatewayUrl, { query: '{ reportingCurrency }' }, { token: await callerToken('headers') });
    expect(response.status).toBe(200);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['gateway', 'crm'] as const)('malformed JSON is BAD_REQUEST (400) as JSON (%s)', async (service) => {
    const since = Date.now();
    const url = service === 'gateway' ? stack.gatewayUrl : stack.urls.crm;
    const response = await attack(`malformed JSON (${service})`, () => post(url, '{"query": "{ __typename }"'), {
      viaGateway: service === 'gateway',
    });
    expectCleanAnswer(response, [400], ['BAD_REQUEST']);
    await expectHealthySince(since);
  });

  it.each(['gateway', 'crm'] as const)('a text/plain body is BAD_REQUEST as JSON (%s)', async (service) => {
    const since = Date.now();
    const url = service === 'gateway' ? stack.gatewayUrl : stack.urls.crm;
    const response = await attack(
      `text/plain (${service})`,
      () => rawRequest(url, { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      { viaGateway: service === 'gateway' },
    );
    expectCleanAnswer(response, [400, 415], ['BAD_REQUEST']);
    await expectHealthySince(since);
  });

  it.each(['gateway', 'crm'] as const)('a 3 MB body is REQUEST_TOO_LARGE (413) naming the maximum (%s)', async (service) => {
    const since = Date.now();
    const url = service === 'gateway' ? stack.gatewayUrl : stack.urls.crm;
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const response = await attack(`3 MB body (${service})`, () => post(url, body), { viaGateway: service === 'gateway' });
    expectCleanAnswer(response, [413], ['REQUEST_TOO_LARGE']);
    expect(errorsOf(response)[0]?.extensions?.max).toEqual(expect.any(Number));
    await expectHealthySince(since);
  });

  it.each(['gateway', 'crm'] as const)('a 64 KB header is REQUEST_TOO_LARGE as JSON (%s)', async (service) => {
    const since = Date.now();
    const url = service === 'gateway' ? stack.gatewayUrl : stack.urls.crm;
    const response = await attack(
      `64 KB header (${service})`,
      () => post(url, { query: '{ __typename }' }, { headers: { 'x-pad': 'a'.repeat(64 * 1024) } }),
      {
        viaGateway: service === 'gateway',
      },
    );
    expectCleanAnswer(response, [413, 431], ['REQUEST_TOO_LARGE']);
    await expectHealthySince(since);
  });

  it.each(['gateway', 'crm'] as const)('an unknown path is a 404 with a registry code, as JSON (%s)', async (service) => {
    const since = Date.now();
    const origin = service === 'gateway' ? stack.origins.gateway : stack.origins.crm;
    for (const method of ['GET', 'POST']) {
      const response = await attack(`unknown path ${method} (${service})`, () => rawRequest(`${origin}/nope/../wp-admin`, { method }), {
        viaGateway: service === 'gateway',
      });
      expect(response.status).toBe(404);
      expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
      expect(isErrorCode(codeOf(response)), response.text.slice(0, 300)).toBe(true);
      expectNothingLeaked(response);
    }
    await expectHealthySince(since);
  });
});

describe('bad bytes and malformed ids are BAD_USER_INPUT, and write nothing', () => {
  it.each([
    ['a NUL character', 'Attack\u0000Ltd'],
    ['a lone surrogate', 'x\uD800y'],
  ])('%s in a create mutation’s string input, through the gateway', async (_what, name) => {
    const since = Date.now();
    const before = await counts();
    const token = await callerToken('bytes', ['crm:write', 'read']);
    const response = await attack(`bad bytes ${JSON.stringify(name)}`, () =>
      post(stack.gatewayUrl, { query: sourceOf(CreateClient), variables: { name } }, { token }),
    );
    expect(response.status).toBeLessThan(500);
    expectNothingLeaked(response);
    const error = errorsOf(response)[0];
    expect(error?.extensions?.code, response.text.slice(0, 300)).toBe('BAD_USER_INPUT');
    // Naming the field: in `extensions.fields` (the README's shape) or at least in the message.
    expect(JSON.stringify(error?.extensions?.fields ?? error?.message)).toMatch(/name/);
    expect((response.json as ErrorBody).data?.createClient ?? null).toBeNull();
    expect(await counts()).toEqual(before);
    await expectHealthySince(since);
  });

  it('a malformed id in a query is BAD_USER_INPUT, as in a mutation', async () => {
    const since = Date.now();
    const response = await attack('client(id: "12345")', async () =>
      post(stack.gatewayUrl, { query: '{ client(id: "12345") { id name } }' }, { token: await callerToken('ids') }),
    );
    expect(response.status).toBeLessThan(500);
    expectNothingLeaked(response);
    expect(codeOf(response), response.text.slice(0, 300)).toBe('BAD_USER_INPUT');
    expect((response.json as ErrorBody).data?.client ?? null).toBeNull();
    await expectHealthySince(since);
  });
});

describe('idempotency', () => {
  it('an Idempotency-Key reused with other input is IDEMPOTENCY_KEY_REUSED (422) through the gateway, and writes nothing', async () => {
    const since = Date.now();
    const token = await callerToken('idempotency', ['crm:write', 'read']);
    const key = `attack-${randomBytes(6).toString('hex')}`;
    const first = await post(
      stack.gatewayUrl,
      { query: sourceOf(CreateClient), variables: { name: 'Attack Idempotent A' } },
      { token, headers: { 'idempotency-key': key } },
    );
    expect(first.status).toBe(200);
    expect(errorsOf(first)).toEqual([]);
    acceptedClients += 1;
    const before = await counts();
    const reused = await attack('Idempotency-Key reused', () =>
      post(
        stack.gatewayUrl,
        { query: sourceOf(CreateClient), variables: { name: 'Attack Idempotent B' } },
        { token, headers: { 'idempotency-key': key } },
      ),
    );
    expectCleanAnswer(reused, [422], ['IDEMPOTENCY_KEY_REUSED']);
    expect(await counts()).toEqual(before);
    await expectHealthySince(since);
  });
});

describe('telemetry is bounded', () => {
  it(
    '150 made-up operation names (more than the 100 labels kept) add no Prometheus series',
    async () => {
      const since = Date.now();
      const token = await callerToken('names');
      const series = async () => {
        const text = (await rawRequest(`${stack.origins.gateway}/metrics`, { method: 'GET' })).text;
        return text.split('\n').filter((line) => line.startsWith('recordgraph_requests_total{'));
      };
      const before = await series();
      const statuses = new Set<number>();
      for (let i = 0; i < 150; i++) {
        const name = `Rand${randomBytes(6).toString('hex')}`;
        const response = await post(stack.gatewayUrl, { query: `query ${name} { reportingCurrency }` }, { token });
        statuses.add(response.status);
        gatewayStatuses.push({ case: 'operation names', status: response.status });
      }
      // Rate limiting may refuse some of them; nothing else.
      expect([...statuses].filter((status) => status !== 200 && status !== 429)).toEqual([]);
      const after = await series();
      expect(after.filter((line) => line.includes('operation="Rand'))).toEqual([]);
      // At most one more series per status for "every other name".
      expect(after.length - before.length).toBeLessThanOrEqual(2);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );
});

describe('in production', () => {
  const JWT_SECRET = randomBytes(32).toString('hex');
  let production: Stack | undefined;
  const auth = { ...TEST_AUTH, secret: JWT_SECRET, anonymousReads: false };

  beforeAll(async () => {
    production = await startStack({ seed: null, env: { NODE_ENV: 'production', JWT_SECRET } });
  }, PROCESS_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await production?.stop();
  });

  const target = () => {
    if (!production) throw new Error('no production stack');
    return production;
  };

  it.each(['gateway', 'crm'] as const)('a misspelt field gets no suggestion of the real ones (%s)', async (service) => {
    const url = service === 'gateway' ? target().gatewayUrl : target().urls.crm;
    const token = await tokenFor(['read'], { subject: 'attack-suggestions', auth });
    const response = await post(url, { query: '{ clientz(id: "cli_1") { id } }' }, { token });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.text).not.toMatch(/Did you mean/i);
    expectNothingLeaked(response);
  });

  it.each(['gateway', 'crm'] as const)('introspection says only that it is disabled (%s)', async (service) => {
    const url = service === 'gateway' ? target().gatewayUrl : target().urls.crm;
    const token = await tokenFor(['read'], { subject: 'attack-introspection', auth });
    const response = await post(url, { query: '{ __schema { queryType { name } } }' }, { token });
    expect(response.status).toBeLessThan(500);
    expect(errorsOf(response)[0]?.message).toMatch(/introspection is disabled/i);
    expect(response.text).not.toMatch(/ApolloServer|introspection: true/);
    expectNothingLeaked(response);
  });

  it('malformed JSON is BAD_REQUEST as JSON in production too', async () => {
    const response = await post(target().gatewayUrl, '{"query": ');
    expectCleanAnswer(response, [400], ['BAD_REQUEST']);
  });

  it('/metrics on the public port needs a token in production', async () => {
    const response = await rawRequest(new URL('/metrics', target().gatewayUrl).href, { method: 'GET' });
    expect(response.status).not.toBe(200);
    expect(response.text).not.toMatch(/recordgraph_requests_total/);
  });
});

describe('operation limits: one request cannot hurt anyone else', () => {
  it(
    '1,000 aliases of clients(first: 50) { … revenue } are OPERATION_TOO_COMPLEX (400)',
    async () => {
      const since = Date.now();
      const query = aliases(1_000, 'clients(first: 50) { edges { node { id revenue(months: 12) { amount } } } }');
      const response = await attack('1,000 aliases of clients(first: 50) with revenue', async () =>
        post(stack.gatewayUrl, { query }, { token: await callerToken('aliases-1000') }),
      );
      expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX']);
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    '20 aliases of a 200-client list with projects and invoices are refused (cost or response size)',
    async () => {
      const since = Date.now();
      const query = aliases(
        20,
        'clients(first: 200) { edges { node { id name projects { id name phase } invoices(first: 50) { edges { node { id number total { amount currencyCode } } } } } } }',
      );
      const response = await attack('20 aliases of a 200-client list', async () =>
        post(stack.gatewayUrl, { query }, { token: await callerToken('aliases-20') }),
      );
      expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX', 'RESPONSE_TOO_LARGE']);
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    '10,000 aliases of client(id) are OPERATION_TOO_COMPLEX (400), naming the limit',
    async () => {
      const since = Date.now();
      const query = aliases(10_000, `client(id: "${clientId}") { id }`);
      const response = await attack('10,000 aliases of client(id)', async () =>
        post(stack.gatewayUrl, { query }, { token: await callerToken('aliases-10000') }),
      );
      expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX']);
      expect(errorsOf(response)[0]?.extensions).toMatchObject({ limit: expect.any(String) as unknown });
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    '50,000 aliases of client(id) are refused as client abuse (400 or 413), never a 500',
    async () => {
      const since = Date.now();
      // The id in a variable keeps the document (1.3 MB) under the body limit, so it reaches the
      // planner, whose selection limit answered HTTP 500 before.
      const parts = Array.from({ length: 50_000 }, (_, i) => `a${i}:client(id:$id){id}`);
      const query = `query Aliases($id: ID!){${parts.join(' ')}}`;
      const response = await attack('50,000 aliases of client(id)', async () =>
        post(stack.gatewayUrl, { query, variables: { id: clientId } }, { token: await callerToken('aliases-50000') }),
      );
      expectCleanAnswer(response, [400, 413], ['OPERATION_TOO_COMPLEX', 'REQUEST_TOO_LARGE']);
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'ten levels of client { projects { client … } } are refused, or answered in time without stalling anyone',
    async () => {
      const since = Date.now();
      expect(projectCount).toBeGreaterThanOrEqual(3);
      const response = await attack('depth 10 (gateway)', async () =>
        post(stack.gatewayUrl, { query: `{ client(id: "${clientId}") { ${nested(10)} } }` }, { token: await callerToken('depth-10') }),
      );
      expect(response.status).toBeLessThan(500);
      expectNothingLeaked(response);
      if (response.status === 200) {
        expect(errorsOf(response)).toEqual([]);
        expect(response.ms).toBeLessThan(REFUSAL_MS);
      } else expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX']);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'fifty levels through the gateway are OPERATION_TOO_COMPLEX (400) before any subgraph works on them',
    async () => {
      const since = Date.now();
      const response = await attack('depth 50 (gateway)', async () =>
        post(stack.gatewayUrl, { query: `{ client(id: "${clientId}") { ${nested(50)} } }` }, { token: await callerToken('depth-50') }),
      );
      expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX']);
      expect(errorsOf(response)[0]?.extensions).toMatchObject({ limit: expect.any(String) as unknown });
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'fifty levels sent straight to the projects subgraph are OPERATION_TOO_COMPLEX (400) there too',
    async () => {
      const since = Date.now();
      const response = await attack(
        'depth 50 (projects directly)',
        async () =>
          post(
            stack.urls.projects,
            { query: `{ project(id: "${projectId}") { ${nested(50, 'client')} } }` },
            {
              token: await callerToken('depth-50-direct'),
            },
          ),
        { viaGateway: false },
      );
      expectCleanAnswer(response, [400], ['OPERATION_TOO_COMPLEX']);
      expect(response.ms).toBeLessThan(REFUSAL_MS);
      await expectHealthySince(since);
    },
    CASE_TIMEOUT_MS,
  );
});

describe('across every case', () => {
  it('the gateway never answered a hostile request with a 5xx', () => {
    expect(gatewayStatuses.filter(({ status }) => status >= 500 || status === 0)).toEqual([]);
  });

  it('no process exited, and every /healthz answered within 1 s throughout', async () => {
    await sampler.settled();
    for (const service of stack.all()) expect(service.child.exitCode ?? service.child.signalCode, `${service.name} exited`).toBeNull();
    const report = sampler.report(HEALTH_LIMIT_MS);
    for (const name of [...SYSTEMS_OF_RECORD, 'gateway'] as ServiceName[]) expect(report.polls[name] ?? 0, name).toBeGreaterThan(0);
    expect(report.late, `worst /healthz per process: ${JSON.stringify(report.worst)}`).toEqual({});
  });

  it('nothing was written by a refused request', async () => {
    // The change feed is filled by each subgraph's relay after the commit: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await counts()).toEqual({ clients: baseline.clients + acceptedClients, changes: baseline.changes + acceptedClients });
  });

  it('every process is back under its memory ceiling', async () => {
    const over = () =>
      stack
        .all()
        .map((service) => ({ name: service.name, mb: residentMb(service.child.pid) }))
        .filter(({ mb }) => mb === null || mb >= CEILING_MB);
    // Memory is returned lazily (after a collection): bounded polling, not a fixed sleep.
    const deadline = Date.now() + 20_000;
    while (over().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(over()).toEqual([]);
  }, 30_000);
});
