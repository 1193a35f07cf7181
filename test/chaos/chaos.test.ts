import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { bearer, tokenFor } from '../support/auth.ts';
import { HealthSampler } from '../support/health-sampler.ts';
import { quantile, startLoad, type Load } from '../support/load.ts';
import { residentMb } from '../support/memory.ts';
import { sourceOf } from '../support/operations.ts';
import { startProcessStack, type ProcessStack } from '../support/process-stack.ts';
import { PROCESS_TEST_TIMEOUT_MS, withTeardown } from '../support/processes.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';

/**
 * Issue 10's chaos test. Real processes on 127.0.0.1 (five subgraphs on SQLite, one gateway that
 * reaches each business subgraph through a TCP proxy in this test), under steady load through the
 * gateway: six callers looping the headline query (lib/operations/ClientOverview.graphql) and
 * one writer creating clients with Idempotency-Keys, retrying a key until it gets an answer. Each
 * business subgraph in turn is killed (SIGKILL, then started again on its store), stopped
 * (SIGSTOP, then SIGCONT) and slowed (3 s per chunk through its proxy). Throughout: the gateway
 * never crashes and never answers 5xx (partial data with SUBGRAPH_UNAVAILABLE or GATEWAY_TIMEOUT
 * on HTTP 200 is right); /healthz of every process not being faulted answers within 1 s; once the
 * breaker has opened, requests complete in well under the subgraph timeout; after each fault the
 * headline query is whole again within a bounded wait. At the end: no write applied twice, every
 * key's write applied exactly once, every process under its memory ceiling.
 */

const SUBGRAPH_TIMEOUT_MS = 4_000;
/** Failures before a subgraph's breaker opens, and how long it stays open before a probe. */
const BREAKER_FAILURES = 3;
const BREAKER_HALF_OPEN_MS = 1_000;
const CEILING_MB = 512;
const HEALTH_LIMIT_MS = 1_000;
/** While a breaker is open, a request costs the caller this much at most (95th percentile). */
const OPEN_BREAKER_P95_MS = 1_000;
/**
 * How long a fault must open its subgraph's breaker within: the first fetches wait out the
 * timeout and three of them open it; the rest is room for a busy machine.
 */
const BREAKER_OPENS_WITHIN_MS = 3 * SUBGRAPH_TIMEOUT_MS;
/** How long the fault is held once the breaker is seen open: the window the p95 is taken over. */
const OPEN_WINDOW_MS = 3_000;
/** Requests that must start in that window for its p95 to mean anything (six callers, one every ~0.3 s each when fast). */
const OPEN_WINDOW_MIN_REQUESTS = 12;
/** How long the headline query may take to be whole again after a fault ends. */
const RECOVERY_MS = 30_000;
const SLOW_CHUNK_MS = 3_000;
/**
 * Steady, not saturating: on a busy two-core machine eight looping callers already queue behind
 * each other for seconds before any fault, and then nothing measured is about the fault.
 */
const READERS = 6;
/** Every loop stops by then whatever happens (the file normally takes 2–3 minutes). */
const LOAD_MAX_MS = 600_000;

const ActiveClients = graphql(`
  query ChaosActiveClients {
    clients(first: 50, status: ACTIVE) {
      edges {
        node {
          id
          accountManager {
            id
          }
          projects {
            id
          }
        }
      }
    }
  }
`);

const CreateClient = graphql(`
  mutation ChaosCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const ClientNames = graphql(`
  query ChaosClientNames($after: String) {
    clients(first: 500, after: $after) {
      edges {
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Answer {
  status: number;
  codes: string[];
  /** The headline query came back complete: no error, every domain's part present. */
  whole: boolean;
  id?: string;
}

let stack: ProcessStack;
let sampler: HealthSampler;
let load: Load<Answer>;
let writes: Load<Answer>;
const proxies = {} as Record<Domain, TcpProxy>;
let clientId = '';
/** Every Idempotency-Key the writer used, and the client id it finally got (undefined: no answer yet). */
const keys = new Map<string, string | undefined>();
const RUN = randomBytes(3).toString('hex');

async function send(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  headers: Record<string, string> = {},
): Promise<Answer & { data?: unknown }> {
  try {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)), whole: false, data: body.data };
  } catch {
    // No answer at all (refused, reset or 30 s without one): counted as the worst outcome.
    return { status: 0, codes: [], whole: false };
  }
}

async function headline(token: string): Promise<Answer> {
  const answer = await send(sourceOf(ClientOverviewDocument), { id: clientId }, token);
  const client = (answer.data as { client?: Record<string, unknown> | null } | undefined)?.client;
  const whole =
    answer.status === 200 &&
    answer.codes.length === 0 &&
    client?.id === clientId &&
    [client.accountManager, client.revenue, client.projects].every((v) => v != null);
  return { status: answer.status, codes: answer.codes, whole };
}

/** One write with `key`; the client's id when it was applied (now or by an earlier attempt). */
async function create(key: string, token: string): Promise<Answer> {
  const answer = await send(sourceOf(CreateClient), { name: `Chaos ${RUN} ${key}` }, token, { 'idempotency-key': key });
  const id = (answer.data as { createClient?: { id: string } } | null | undefined)?.createClient?.id;
  return { status: answer.status, codes: answer.codes, whole: Boolean(id), id };
}

/** Waits (bounded) until the headline query is whole again; how long that took. */
async function untilWhole(phase: string): Promise<number> {
  const token = await tokenFor(['read'], { subject: `chaos-probe-${phase}` });
  const began = Date.now();
  let last: Answer | undefined;
  while (Date.now() - began < RECOVERY_MS) {
    last = await headline(token);
    if (last.whole) return Date.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${phase}: the headline query was not whole ${RECOVERY_MS} ms after the fault ended; last answer ${JSON.stringify(last)}`,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a phase checks about its own window of time. /healthz: the issue's rule is that every
 * process answers within 1 s throughout; the faulted process is left out while it is stopped,
 * killed or restarting (sampler.suspend), and HealthSampler judges each poll net of machine-wide
 * stalls, which an idle control process measures (test/support/health-sampler.ts; proved to catch
 * a real hang in test/attack/health-sampler.test.ts).
 */
async function expectPhaseClean(phase: string, since: number) {
  const answers = [...load.between(since), ...writes.between(since)];
  expect(answers.length, `${phase}: no request was made`).toBeGreaterThan(0);
  expect(
    answers.filter((o) => o.result.status >= 500 || o.result.status === 0).map((o) => `${o.result.status} ${o.result.codes.join(',')}`),
    `${phase}: the gateway answered 5xx or not at all`,
  ).toEqual([]);
  expect(stack.service('gateway').child.exitCode ?? stack.service('gateway').child.signalCode, 'the gateway exited').toBeNull();
  await sampler.settled();
  const report = sampler.report(HEALTH_LIMIT_MS, since);
  expect(report.late, `${phase}: late /healthz (worst per process ${JSON.stringify(report.worst)})`).toEqual({});
}

/** `domain`'s circuit breaker as the gateway's /metrics reports it: 0 closed, 1 half-open, 2 open. */
async function breakerState(domain: Domain): Promise<number | undefined> {
  const response = await fetch(`${stack.origins.gateway}/metrics`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
  const text = (await response?.text().catch(() => '')) ?? '';
  const value = new RegExp(`^recordgraph_subgraph_breaker_state\\{[^}]*subgraph="${domain}"[^}]*\\} (\\d+)$`, 'm').exec(text)?.[1];
  return value === undefined ? undefined : Number(value);
}

/**
 * Holds a fault until the gateway's /metrics shows `domain`'s breaker open (bounded), then for
 * OPEN_WINDOW_MS more, and returns that window: [the moment it was first seen open, now). The
 * breaker's states seen meanwhile are kept for the failure message.
 */
async function openBreakerWindow(domain: Domain): Promise<{ from: number; to: number; states: string[]; probes: number }> {
  const began = Date.now();
  const states: string[] = [];
  const note = (state: number | undefined) => {
    const last = states.at(-1);
    if (!last?.endsWith(`:${String(state)}`)) states.push(`+${Date.now() - began}ms:${String(state)}`);
  };
  let state: number | undefined;
  while ((state = await breakerState(domain)) !== 2 && Date.now() - began < BREAKER_OPENS_WITHIN_MS) {
    note(state);
    await pause(100);
  }
  note(state);
  const meanwhile = load
    .between(began)
    .map((o) => `+${o.startedAt - began}ms ${o.ms}ms ${o.result.codes.join(',') || o.result.status}`)
    .join('; ');
  expect(
    state,
    `${domain}: the breaker did not open within ${BREAKER_OPENS_WITHIN_MS} ms (states seen ${states.join(' ')}; requests ${meanwhile}; gateway said ${stack.service('gateway').output().slice(-3000)})`,
  ).toBe(2);
  const from = Date.now();
  let probes = 0;
  let previous = state;
  while (Date.now() - from < OPEN_WINDOW_MS) {
    const now = await breakerState(domain);
    if (now === 1 && previous !== 1) probes += 1;
    note((previous = now));
    await pause(100);
  }
  return { from, to: Date.now(), states, probes };
}

/**
 * The promise: once a subgraph's breaker is open, a caller pays milliseconds, not the timeout. The
 * requests that started after the gateway reported it open and before the fault ended are taken:
 * at least OPEN_WINDOW_MIN_REQUESTS of them (callers held by the faulted subgraph would start few),
 * and 95 % of them complete within OPEN_BREAKER_P95_MS.
 *
 * One request per half-open episode is left out first: every BREAKER_HALF_OPEN_MS the breaker lets
 * one fetch through to probe the subgraph (README § A sick subgraph), and that fetch's caller waits
 * out the fault (the timeout, or the slowed link) by design. With a 3 s window the probe's caller
 * is one request in ~15–40, so a p95 counted with it is that very request whenever fewer than 20
 * started: the accounting, not the breaker, would fail. Only probes /metrics showed (state 1) are
 * excused; any other slow request still counts.
 */
function expectFastWhileOpen(phase: string, window: { from: number; to: number; states: string[]; probes: number }) {
  const outcomes = load.between(window.from, window.to);
  const durations = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const measured = durations.slice(0, Math.max(0, durations.length - window.probes));
  const seen = `${outcomes.length} requests: ${outcomes
    .map((o) => `+${o.startedAt - window.from}ms ${o.ms}ms ${o.result.codes.join(',') || o.result.status}`)
    .join('; ')}; breaker states ${window.states.join(' ')}; ${window.probes} probe(s) excused`;
  expect(durations.length, `${phase}: too few requests started while the breaker was open (${seen})`).toBeGreaterThanOrEqual(
    OPEN_WINDOW_MIN_REQUESTS,
  );
  expect(quantile(measured, 0.95), `${phase}: p95 while the breaker was open (${seen})`).toBeLessThan(OPEN_BREAKER_P95_MS);
}

beforeAll(
  () =>
    withTeardown(async (defer) => {
      stack = await startProcessStack(defer, {
        env: {
          SEED_CLIENTS: '30',
          SEED_EMPLOYEES: '12',
          SEED_INVOICES: '240',
          SEED_PROJECTS: '50',
          OUTBOX_POLL_MS: '50',
          EVENT_POLL_MS: '50',
          MEMORY_CEILING_MB: String(CEILING_MB),
          SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
          NODE_OPTIONS: '--max-old-space-size=1024',
        },
        gatewayEnv: {
          SUBGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES),
          SUBGRAPH_BREAKER_HALF_OPEN_MS: String(BREAKER_HALF_OPEN_MS),
          // Every request must reach the faulted subgraph: a warm entity cache would answer the
          // repeated headline query without asking it, and no breaker would ever open.
          ENTITY_CACHE: 'off',
        },
        route: async (name, url) => {
          if (!(DOMAINS as readonly string[]).includes(name)) return url;
          const proxy = await startTcpProxy(Number(new URL(url).port));
          defer(() => proxy.close());
          proxies[name as Domain] = proxy;
          return `http://127.0.0.1:${proxy.port}/graphql`;
        },
      });
      sampler = await HealthSampler.start(stack.origins);
      defer(() => sampler.stop());
      const token = await tokenFor(['read'], { subject: 'chaos-setup' });
      const listed = await send(sourceOf(ActiveClients), {}, token);
      const candidates = (
        listed.data as { clients: { edges: { node: { id: string; accountManager: unknown; projects: unknown[] | null } }[] } }
      ).clients.edges;
      clientId = candidates.find(({ node }) => node.accountManager && node.projects?.length)?.node.id ?? '';
      expect(clientId).not.toBe('');
      await untilWhole('start');

      const readerTokens = await Promise.all(
        Array.from({ length: READERS }, (_, i) => tokenFor(['read'], { subject: `chaos-reader-${i}` })),
      );
      load = startLoad({ callers: READERS, pauseMs: 200, maxMs: LOAD_MAX_MS, call: (i) => headline(readerTokens[i] ?? '') });
      defer(() => load.stop());
      const writer = await tokenFor(['crm:write', 'read'], { subject: 'chaos-writer' });
      let next = 0;
      writes = startLoad({
        callers: 1,
        pauseMs: 300,
        maxMs: LOAD_MAX_MS,
        // Retries a key with no answer yet before using a new one: the same write, sent again.
        call: async () => {
          const pending = [...keys.entries()].find(([, id]) => id === undefined)?.[0];
          const key = pending ?? `chaos-${RUN}-${next++}`;
          keys.set(key, undefined);
          const answer = await create(key, writer);
          if (answer.id) keys.set(key, answer.id);
          return answer;
        },
      });
      defer(() => writes.stop());
    }),
  PROCESS_TEST_TIMEOUT_MS,
);

afterAll(() => {
  // Nothing to say when the set-up failed before the load started.
  if (!(load as Load<Answer> | undefined)) return;
  const all = load.outcomes;
  console.log(
    `chaos: ${all.length} headline requests (${all.filter((o) => o.result.whole).length} whole), p50 ${quantile(
      all.map((o) => o.ms),
      0.5,
    )} ms, p95 ${quantile(
      all.map((o) => o.ms),
      0.95,
    )} ms, max ${quantile(
      all.map((o) => o.ms),
      1,
    )} ms; ${keys.size} idempotency keys; worst /healthz ${JSON.stringify(sampler.report(HEALTH_LIMIT_MS).worst)}`,
  );
});

describe.each(DOMAINS)('%s', (domain) => {
  it(
    'SIGKILL, then started again on its store: the rest keeps answering, and the headline query is whole again',
    async () => {
      const since = Date.now();
      sampler.suspend(domain);
      await stack.service(domain).kill('SIGKILL');
      await pause(1_500);
      await stack.restart(domain);
      sampler.resume(domain);
      await untilWhole(`${domain} killed`);
      await expectPhaseClean(`${domain} killed`, since);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'SIGSTOP: once the breaker is open, callers wait milliseconds, not the timeout; whole again after SIGCONT',
    async () => {
      const since = Date.now();
      sampler.suspend(domain);
      stack.service(domain).child.kill('SIGSTOP');
      try {
        // The first requests wait out the timeout and open the breaker; then measure.
        const window = await openBreakerWindow(domain);
        stack.service(domain).child.kill('SIGCONT');
        sampler.resume(domain);
        await untilWhole(`${domain} stopped`);
        expectFastWhileOpen(`${domain} stopped`, window);
        await expectPhaseClean(`${domain} stopped`, since);
      } finally {
        stack.service(domain).child.kill('SIGCONT');
        sampler.resume(domain);
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    `slowed to ${SLOW_CHUNK_MS} ms per chunk: once the breaker is open, callers wait milliseconds; whole again when the link is fast`,
    async () => {
      const since = Date.now();
      proxies[domain].setDelay(SLOW_CHUNK_MS);
      try {
        const window = await openBreakerWindow(domain);
        proxies[domain].setDelay(0);
        await untilWhole(`${domain} slowed`);
        expectFastWhileOpen(`${domain} slowed`, window);
        // The slowed process itself is not slow: its /healthz (not through the proxy) answered in time too.
        await expectPhaseClean(`${domain} slowed`, since);
      } finally {
        proxies[domain].setDelay(0);
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

describe('after every fault', () => {
  it(
    'every idempotency key was applied exactly once, none twice',
    async () => {
      await Promise.all([load.stop(), writes.stop()]);
      // Keys that never got an answer (their owner died mid-request) must complete with a retry
      // once the owner's lease has expired: bounded polling, not a fixed wait.
      const writer = await tokenFor(['crm:write', 'read'], { subject: 'chaos-writer' });
      const deadline = Date.now() + RECOVERY_MS;
      let stuck = [...keys.entries()].filter(([, id]) => id === undefined).map(([key]) => key);
      while (stuck.length > 0 && Date.now() < deadline) {
        for (const key of stuck) {
          const answer = await create(key, writer);
          if (answer.id) keys.set(key, answer.id);
        }
        stuck = [...keys.entries()].filter(([, id]) => id === undefined).map(([key]) => key);
        if (stuck.length > 0) await pause(500);
      }
      expect(stuck, 'keys whose write could never be completed').toEqual([]);

      const token = await tokenFor(['read'], { subject: 'chaos-count' });
      const names: string[] = [];
      for (let after: string | null = null, more = true; more;) {
        const page = await send(sourceOf(ClientNames), { after }, token);
        const clients = (
          page.data as { clients: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }
        ).clients;
        names.push(...clients.edges.map(({ node }) => node.name));
        [more, after] = [clients.pageInfo.hasNextPage, clients.pageInfo.endCursor];
      }
      const applied = new Map<string, number>();
      for (const name of names.filter((n) => n.startsWith(`Chaos ${RUN} `))) {
        const key = name.slice(`Chaos ${RUN} `.length);
        applied.set(key, (applied.get(key) ?? 0) + 1);
      }
      expect(keys.size).toBeGreaterThan(10);
      expect(
        [...applied.entries()].filter(([, count]) => count > 1),
        'writes applied twice',
      ).toEqual([]);
      expect(
        [...keys.keys()].filter((key) => applied.get(key) !== 1),
        'keys not applied exactly once',
      ).toEqual([]);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it('no process crashed, and every process is back under its memory ceiling', async () => {
    for (const service of stack.all()) expect(service.child.exitCode ?? service.child.signalCode, `${service.name} exited`).toBeNull();
    const over = () =>
      stack
        .all()
        .map((service) => ({ name: service.name, mb: residentMb(service.child.pid) }))
        .filter(({ mb }) => mb === null || mb >= CEILING_MB);
    const deadline = Date.now() + 20_000;
    while (over().length > 0 && Date.now() < deadline) await pause(500);
    expect(over()).toEqual([]);
  }, 30_000);
});
