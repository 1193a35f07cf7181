import { afterEach, describe, expect, it } from 'vitest';
import { HttpService } from '../../lib/http/service.ts';
import type { ReadinessCheck } from '../../lib/observability/readiness.ts';
import { captureLogs, postGraphQL, rawRequest, refused, type RawResponse } from './support.ts';

/**
 * One HTTP service over a tiny schema of its own (not our API: its operations are strings) whose
 * resolvers fail or wait on command: unexpected errors
 * are logged with their stack and never sent; stopping refuses new requests, turns /readyz 503 at
 * once, lets in-flight requests finish, and closes them after the grace period.
 */

const typeDefs = /* GraphQL */ `
  type Query {
    boom: String
    slow: String
  }
`;

/** What `slow` waits on; `entered` resolves once a request is inside it. */
let gate: { open(): void; wait: Promise<string>; enter(): void; entered: Promise<void> } = openedGate();
function openedGate() {
  let open: () => void = () => {};
  const wait = new Promise<string>((resolve) => (open = () => resolve('done')));
  let enter: () => void = () => {};
  const entered = new Promise<void>((resolve) => (enter = resolve));
  return { open, wait, enter, entered };
}

let services: HttpService[] = [];
afterEach(async () => {
  gate.open();
  await Promise.all(services.map((service) => service.stop()));
  services = [];
});

async function start(options: { ready?: ReadinessCheck; shutdownGraceMs?: number } = {}) {
  const logs = captureLogs();
  gate = openedGate();
  const service = new HttpService({
    name: 'tiny',
    env: 'test',
    logLevel: 'info',
    logDestination: logs.destination,
    apollo: {
      typeDefs,
      resolvers: {
        Query: {
          boom: () => {
            throw new TypeError('the ledger is on fire');
          },
          slow: () => {
            gate.enter();
            return gate.wait;
          },
        },
      },
    },
    context: async () => ({}),
    ...options,
  });
  services.push(service);
  const url = await service.listen(0);
  const at = (path: string) => url.replace(/graphql$/, path);
  return { service, url, at, logs: logs.lines };
}

function response(outcome: RawResponse | string): RawResponse {
  if (typeof outcome === 'string') throw new Error(`request failed: ${outcome}`);
  return outcome;
}

describe('an HTTP service', () => {
  it('logs an unexpected error with its stack at error level, under the request id, and sends only its code', async () => {
    const { url, logs } = await start();
    const answer = response(await postGraphQL(url, { query: 'query Burn { boom }' }, { 'x-request-id': 'fire-1' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      data: { boom: null },
      errors: [
        {
          message: 'Internal server error',
          path: ['boom'],
          locations: [{ line: 1, column: 14 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    const [failure] = logs.filter((line) => line.level === 'error');
    expect(failure).toMatchObject({
      service: 'tiny',
      requestId: 'fire-1',
      msg: 'internal error',
      err: { type: 'TypeError', message: 'the ledger is on fire' },
    });
    expect(failure?.err?.stack).toMatch(/TypeError: the ledger is on fire\n\s+at /);
    expect(logs.find((line) => line.msg === 'request')).toMatchObject({
      requestId: 'fire-1',
      operation: 'Burn',
      status: 200,
      errorCodes: ['INTERNAL_SERVER_ERROR'],
    });
  });

  it('answers /healthz and /readyz while listening; /readyz is 503 with the reason when its check fails or throws', async () => {
    let verdict: 'ready' | 'down' | 'throws' = 'ready';
    const { at } = await start({
      ready: async () => {
        if (verdict === 'throws') throw new Error('boom');
        return verdict === 'ready' ? { status: 'ready' } : { status: 'unavailable', reason: 'store unreachable' };
      },
    });
    expect(response(await rawRequest(at('healthz')))).toMatchObject({ status: 200 });
    expect(JSON.parse(response(await rawRequest(at('readyz'))).body)).toEqual({ status: 'ready' });
    verdict = 'down';
    const down = response(await rawRequest(at('readyz')));
    expect([down.status, JSON.parse(down.body)]).toEqual([503, { status: 'unavailable', reason: 'store unreachable' }]);
    verdict = 'throws';
    const thrown = response(await rawRequest(at('readyz')));
    expect([thrown.status, JSON.parse(thrown.body)]).toEqual([503, { status: 'unavailable', reason: 'readiness check failed' }]);
    // Liveness does not depend on readiness.
    expect(response(await rawRequest(at('healthz'))).status).toBe(200);
  });

  it('on stop: /readyz turns 503 at once, in-flight requests finish with 200, new ones are refused', async () => {
    let checkStarted: () => void = () => {};
    const checking = new Promise<void>((resolve) => (checkStarted = resolve));
    let slowCheck = false;
    const { service, url, at } = await start({
      ready: async () => {
        if (!slowCheck) return { status: 'ready' };
        checkStarted();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { status: 'ready' };
      },
    });
    slowCheck = true;
    const inFlight = postGraphQL(url, { query: '{ slow }' });
    const probe = rawRequest(at('readyz'));
    await checking;
    const stopped = service.stop();
    // The probe that was running when stopping began says so.
    const probed = response(await probe);
    expect([probed.status, JSON.parse(probed.body)]).toEqual([503, { status: 'unavailable', reason: 'stopping' }]);
    expect(refused(await postGraphQL(url, { query: '{ __typename }' }))).toBe(true);
    expect(refused(await rawRequest(at('readyz')))).toBe(true);
    gate.open();
    const finished = response(await inFlight);
    expect([finished.status, JSON.parse(finished.body)]).toEqual([200, { data: { slow: 'done' } }]);
    await stopped;
    expect(await rawRequest(at('healthz'))).toBe('ECONNREFUSED');
  });

  it('closes requests still running when the grace period ends', async () => {
    const { service, url } = await start({ shutdownGraceMs: 200 });
    const inFlight = postGraphQL(url, { query: '{ slow }' });
    await gate.entered;
    const started = performance.now();
    await service.stop();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toMatch(/ECONNRESET|socket hang up/);
  });
});
