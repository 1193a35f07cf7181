import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../../gateway/server.ts';
import type { EventBus } from '../../../lib/events/bus.ts';
import { openBus } from '../../../lib/events/open.ts';
import type { HttpService } from '../../../lib/http/service.ts';
import { reachable } from '../../support/processes.ts';
import { startStack, type Stack } from '../../support/stack.ts';
import { counters, eventApplied, until, type Ask } from './support.ts';

/**
 * Two gateway replicas sharing the entity cache through Redis (README § Entity cache): what one
 * fetched, the other serves from Redis; a write through one is seen by the other once the event
 * has reached it, even though the other had it cached in memory and in Redis.
 */

const REDIS_URL = 'redis://127.0.0.1:6379';
const redisUp = await reachable(6379);
const requireRedis = process.env.CI === 'true';
if (!redisUp && !requireRedis) console.warn(`Skipping the entity cache replica tests: nothing listens on ${REDIS_URL}.`);

describe.skipIf(!redisUp && !requireRedis)('gateway replicas sharing the entity cache in Redis', () => {
  const prefix = `recordgraph-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  let stack: Stack;
  let clientId: string;
  const replicas: { gateway: HttpService; bus: EventBus; url: string; ask: Ask }[] = [];

  beforeAll(async () => {
    expect(redisUp, `CI=true needs Redis at ${REDIS_URL}`).toBe(true);
    await redis.connect();
    stack = await startStack({ seed: { clients: 8, employees: 4, invoices: 20, projects: 4 } });
    clientId = stack.plan?.clients.find((c) => c.status === 'ACTIVE')?.id ?? '';
    for (let i = 0; i < 2; i++) {
      const bus = await openBus(stack.config.events, undefined, { readOnly: true });
      const gateway = createGateway({ ...stack.config, subgraphUrls: stack.urls, redisUrl: REDIS_URL, redisKeyPrefix: prefix }, { bus });
      const url = await gateway.listen(0);
      replicas.push({ gateway, bus, url, ask: (operation, variables) => stack.queryAt(url, operation, variables) });
    }
    // Each replica follows the bus (and has renewed `*` in Redis, as every start does) before it serves.
    for (const { url } of replicas) await until(async () => (await counters(url)).following, `the cache at ${url} to follow the bus`);
  });

  afterAll(async () => {
    for (const { gateway, bus } of replicas) {
      await gateway.stop();
      await bus.close();
    }
    await stack.stop();
    if (redis.status === 'ready') {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    } else redis.disconnect();
  });

  const CLIENT = /* GraphQL */ `
    query ReplicaClient($id: ID!) {
      client(id: $id) {
        name
        version
        outstanding {
          amount
        }
      }
    }
  `;
  const name = async (ask: Ask) => {
    const answer = await ask(CLIENT, { id: clientId });
    expect(answer.errors).toBeUndefined();
    return (answer.data?.client as { name: string }).name;
  };

  it('serves from Redis what the other replica fetched, and drops it everywhere once the event arrives', async () => {
    const [a, b] = replicas;
    if (!a || !b) throw new Error('two replicas expected');
    // A fetches and stores in memory and in Redis; B then finds it there. (Another client each round:
    // a Redis that answered late once, under the load of a test run, only costs a round.)
    const clients = (stack.plan?.clients ?? []).map((client) => client.id);
    let round = 0;
    await until(async () => {
      const id = clients[round++ % clients.length] ?? clientId;
      const other: Ask = (operation) => a.ask(operation, { id });
      await other(CLIENT);
      const before = await counters(b.url);
      await b.ask(CLIENT, { id });
      const after = await counters(b.url);
      return after.redisHits >= before.redisHits + 2 && after.fetches === before.fetches;
    }, 'replica B to answer from Redis what A fetched');
    expect(await redis.keys(`${prefix}entity:val:*`)).not.toHaveLength(0);

    // Both hold the client in memory (and Redis). A write through A: A sees it at once; B once the event has reached it.
    const original = await name(a.ask);
    expect(await name(b.ask)).toBe(original);
    const renamed = await a.ask(
      /* GraphQL */ `
        mutation ReplicaRename($id: ID!) {
          updateClient(id: $id, input: { name: "Renamed Through A" }) {
            version
          }
        }
      `,
      { id: clientId },
    );
    expect(renamed.errors).toBeUndefined();
    expect(await name(a.ask)).toBe('Renamed Through A');
    await eventApplied(b.ask, b.url, clientId, (renamed.data?.updateClient as { version: number }).version);
    expect(await name(b.ask)).toBe('Renamed Through A');
    expect(await name(b.ask)).toBe('Renamed Through A');
  });
});
