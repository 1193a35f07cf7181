import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/server.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import type { RateLimitsConfig } from '../../lib/config.ts';
import type { HttpService } from '../../lib/http/service.ts';
import { AuditCreateClientDocument, ProcessesClientCountDocument } from '../__generated__/graphql.ts';
import { bearer, tokenFor } from '../support/auth.ts';
import { freePort, reachable } from '../support/processes.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Rate limits per caller at the gateway (README § Limits and protection): a caller over its limit
 * gets 429 with Retry-After while another is unaffected; anonymous callers and mutations have
 * stricter limits; gateways sharing one Redis share each caller's budget, and a gateway whose
 * Redis is gone still answers and still limits. Small limits, a long window (nothing resets
 * during the test).
 */

const LIMITS: RateLimitsConfig = { enabled: true, windowSeconds: 600, points: 5, anonymousPoints: 2, mutationPoints: 2 };
const ENV = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_WINDOW_SECONDS: String(LIMITS.windowSeconds),
  RATE_LIMIT_POINTS: String(LIMITS.points),
  RATE_LIMIT_ANONYMOUS_POINTS: String(LIMITS.anonymousPoints),
  RATE_LIMIT_MUTATION_POINTS: String(LIMITS.mutationPoints),
};

const REDIS_PORT = 6379;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const redisUp = await reachable(REDIS_PORT);
const requireRedis = process.env.CI === 'true';
if (!redisUp && !requireRedis) console.warn(`Skipping the shared rate-limit tests: nothing listens on ${REDIS_URL}.`);

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
}

async function send(url: string, document: Parameters<typeof print>[0], token: string | null, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

const count = (url: string, token: string | null) => send(url, ProcessesClientCountDocument, token);

function expectLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.retryAfter);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(LIMITS.windowSeconds);
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
  expect(answer.body.data ?? null).toBeNull();
}

let stack: Stack;
const reader = (subject: string) => tokenFor(['read'], { subject });

beforeAll(async () => {
  stack = await startStack({ env: ENV });
  return () => stack.stop();
});

describe('rate limits per caller', () => {
  it('a caller over its limit gets 429 and Retry-After; another caller is unaffected', async () => {
    const alice = await reader(`alice-${randomUUID()}`);
    const bob = await reader(`bob-${randomUUID()}`);
    for (let index = 0; index < LIMITS.points; index++) expect((await count(stack.gatewayUrl, alice)).status).toBe(200);
    expectLimited(await count(stack.gatewayUrl, alice));
    expect((await count(stack.gatewayUrl, bob)).status).toBe(200);
  });

  it('anonymous callers have a stricter limit, by address', async () => {
    for (let index = 0; index < LIMITS.anonymousPoints; index++) expect((await count(stack.gatewayUrl, null)).status).toBe(200);
    expectLimited(await count(stack.gatewayUrl, null));
  });

  it('mutations have a stricter limit of their own, and a refused one writes nothing', async () => {
    const carol = await tokenFor(SCOPES, { subject: `carol-${randomUUID()}` });
    const name = `Rate limited ${randomUUID()}`;
    for (let index = 0; index < LIMITS.mutationPoints; index++) {
      expect((await send(stack.gatewayUrl, AuditCreateClientDocument, carol, { n: `${name} ${index}` })).status).toBe(200);
    }
    expectLimited(await send(stack.gatewayUrl, AuditCreateClientDocument, carol, { n: name }));
    // Reads still have their own budget left.
    const after = await send(stack.gatewayUrl, ProcessesClientCountDocument, carol);
    expect(after.status).toBe(200);
    const created = await stack.query(`{ clients(first: 500) { edges { node { name } } } }`);
    const names = JSON.stringify(created.data);
    expect(names).toContain(`${name} 0`);
    expect(names).not.toContain(`"${name}"`);
  });
});

describe.skipIf(!redisUp && !requireRedis)('gateways sharing one Redis share each caller’s budget', () => {
  const prefix = `recordgraph-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  const gateways: HttpService[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    expect(redisUp, `CI=true needs Redis at ${REDIS_URL}`).toBe(true);
    await redis.connect();
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    for (const redisUrl of [REDIS_URL, REDIS_URL, deadRedis]) {
      const gateway = createGateway({ ...stack.config, subgraphUrls: stack.urls, redisUrl, redisKeyPrefix: prefix, rateLimits: LIMITS });
      gateways.push(gateway);
      urls.push(await gateway.listen(0));
    }
    // Each replica connects to Redis in the background (counting in-process until then): wait until both count there.
    for (const url of urls.slice(0, 2)) {
      const subject = `warm-up-${randomUUID()}`;
      const token = await reader(subject);
      const deadline = Date.now() + 15_000;
      for (;;) {
        await count(url, token);
        if (await redis.exists(`${prefix}rate:caller:subject:${subject}`)) break;
        if (Date.now() > deadline) throw new Error(`the gateway at ${url} never counted in Redis`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    if (redis.status === 'ready') {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    } else {
      redis.disconnect();
    }
  });

  it('requests through either replica count against one budget', async () => {
    const dave = await reader(`dave-${randomUUID()}`);
    const [first = '', second = ''] = urls;
    for (let index = 0; index < LIMITS.points; index++) expect((await count(index % 2 ? second : first, dave)).status).toBe(200);
    expectLimited(await count(first, dave));
    expectLimited(await count(second, dave));
    expect(await redis.keys(`${prefix}rate:caller*`)).not.toHaveLength(0);
  });

  it('a replica whose Redis is gone still answers, and still limits on its own', async () => {
    const erin = await reader(`erin-${randomUUID()}`);
    const lonely = urls[2] ?? '';
    for (let index = 0; index < LIMITS.points; index++) expect((await count(lonely, erin)).status).toBe(200);
    expectLimited(await count(lonely, erin));
  });
});
