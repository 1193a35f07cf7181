import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
import { bearer, fullAccessToken } from '../support/auth.ts';
import { startProcessStack, type ProcessStack } from '../support/process-stack.ts';
import { PROCESS_TEST_TIMEOUT_MS, withTeardown } from '../support/processes.ts';

/**
 * `recordgraph serve gateway` with GATEWAY_WORKERS=2 (cli/gateway-workers.ts), as real processes:
 * two workers answer on the one port, /metrics answers for both added up, a worker that dies is
 * replaced while the other keeps answering, and SIGTERM stops them all.
 */

let stack: ProcessStack;
let teardown: () => Promise<void>;
let token = '';

beforeAll(async () => {
  teardown = await withTeardown(async (defer) => {
    stack = await startProcessStack(defer, { gatewayEnv: { GATEWAY_WORKERS: '2' } });
  });
  token = await fullAccessToken();
}, PROCESS_TEST_TIMEOUT_MS);

afterAll(() => teardown());

/** The gateway's worker processes: the primary's children. */
function workers(): number[] {
  const pid = stack.service('gateway').child.pid ?? 0;
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** The headline query on a new connection each time, so the cluster hands them round. */
async function headline(): Promise<number> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close', ...bearer(token) },
    body: JSON.stringify({ query: `{ clients(first: 1) { totalCount } }` }),
  });
  const body = (await response.json()) as { errors?: unknown };
  return body.errors ? 500 : response.status;
}

async function post(query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function requestsCounted(): Promise<number> {
  const text = await (await fetch(new URL('/metrics', stack.gatewayUrl), { headers: { connection: 'close' } })).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('recordgraph_requests_total{') && line.includes('service="gateway"'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe('GATEWAY_WORKERS=2', () => {
  it('runs two workers on one port, and /metrics counts what both answered', async () => {
    expect(workers()).toHaveLength(2);
    const before = await requestsCounted();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => headline()));
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect((await requestsCounted()) - before).toBe(20);
    // The headline query too, which crosses every subgraph.
    const first = (await post(`{ clients(first: 1) { edges { node { id } } } }`)) as { clients: { edges: { node: { id: string } }[] } };
    const overview = (await post(CLIENT_OVERVIEW, { id: first.clients.edges[0]?.node.id })) as { client: { name: string } | null };
    expect(typeof overview.client?.name).toBe('string');
  });

  it('replaces a worker that dies while the other keeps answering', async () => {
    const [victim, survivor] = workers();
    process.kill(victim ?? 0, 'SIGKILL');
    // Once the primary has seen it die (and reaped it), connections go to the living.
    while (workers().includes(victim ?? 0)) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await headline()).toBe(200);
    while (workers().length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(workers()).toContain(survivor);
    // The new worker answers too: enough new connections to reach both.
    const statuses = await Promise.all(Array.from({ length: 10 }, () => headline()));
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it('stops every worker on SIGTERM', async () => {
    const running = workers();
    const gateway = stack.service('gateway');
    expect(await gateway.kill('SIGTERM')).toBe(0);
    for (const pid of running) expect(() => process.kill(pid, 0)).toThrow();
  });
});
