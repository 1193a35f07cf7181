import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPersistedQueryCache, type PersistedQueryCache } from '../../../lib/cache/persisted-queries.ts';
import { RedisCache, redactUrl, type CacheLog, type RedisCacheOptions } from '../../../lib/cache/RedisCache.ts';
import { freePort, reachable } from '../../support/processes.ts';

/**
 * The gateway's persisted-query cache: in this process without Redis; with the real Redis at
 * 127.0.0.1:6379, this process in front of Redis shared by every replica, including what happens
 * when Redis goes away, hangs and comes back; and its Redis tier alone. Bounds on time below are
 * ceilings a stalled request would blow through, not speed tests.
 */

const REDIS_PORT = 6379;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const prefix = `recordgraph-test:${randomBytes(6).toString('hex')}:`;

const redisUp = await reachable(REDIS_PORT);
const requireRedis = process.env.CI === 'true';
if (!redisUp && !requireRedis) console.warn(`Skipping the Redis cache tests: nothing listens on ${REDIS_URL}.`);

const caches: PersistedQueryCache[] = [];
afterEach(async () => {
  await Promise.all(caches.splice(0).map((created) => created.close()));
});

function redisCache(options: RedisCacheOptions): RedisCache {
  const created = new RedisCache(options);
  caches.push(created);
  return created;
}

const logged = () => ({ warn: vi.fn<CacheLog>(), info: vi.fn<CacheLog>() });

describe('the persisted-query cache without Redis', () => {
  it('keeps registered queries in this process, each for its TTL', async () => {
    const local = createPersistedQueryCache({});
    caches.push(local);
    await local.set('apq:a', 'query { a }', { ttl: 300 });
    await local.set('apq:short', 'query { b }', { ttl: 0.05 });
    expect(await local.get('apq:a')).toBe('query { a }');
    expect(await local.delete('apq:a')).toBe(true);
    expect(await local.get('apq:a')).toBeUndefined();
    await expect.poll(() => local.get('apq:short')).toBeUndefined();
  });
});

describe('the Redis tier when Redis is unreachable', () => {
  it('misses at once, drops writes, and warns exactly once', async () => {
    const log = logged();
    const deadUrl = `redis://127.0.0.1:${await freePort()}`;
    const lonely = redisCache({ url: deadUrl, ...log });
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      await lonely.set(`k${i}`, `v${i}`);
      expect(await lonely.get(`k${i}`)).toBeUndefined();
      expect(await lonely.delete(`k${i}`)).toBe(false);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[1]).toMatchObject({ redis: deadUrl });
    expect(log.info).not.toHaveBeenCalled();
  });

  it('does not let a server that accepts connections and never answers hold requests', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const address = silent.address();
      const log = logged();
      const stuck = redisCache({
        url: `redis://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        ...log,
        connectTimeoutMs: 300,
        commandTimeoutMs: 100,
      });
      const started = Date.now();
      for (let i = 0; i < 10; i++) {
        await stuck.set(`k${i}`, `v${i}`);
        expect(await stuck.get(`k${i}`)).toBeUndefined();
      }
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(log.warn).toHaveBeenCalledTimes(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('logs the Redis URL without its password', () => {
    expect(redactUrl('redis://user:secret@cache.internal:6379/0')).toBe('redis://user:***@cache.internal:6379/0');
  });
});

describe.skipIf(!redisUp && !requireRedis)('the persisted-query cache shared through Redis', () => {
  const direct = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  beforeAll(async () => {
    expect(redisUp, `CI=true needs Redis at ${REDIS_URL}`).toBe(true);
    await direct.connect();
  });
  afterAll(async () => {
    if (direct.status !== 'ready') {
      direct.disconnect();
      return;
    }
    const keys = await direct.keys(`${prefix}*`);
    if (keys.length) await direct.del(...keys);
    await direct.quit();
  });

  const shared = () => {
    const created = createPersistedQueryCache({ redisUrl: REDIS_URL, redisKeyPrefix: prefix });
    caches.push(created);
    return created;
  };

  it('serves on one replica what another registered, as the query text under the prefix, with its TTL', async () => {
    const one = shared();
    const other = shared();
    await one.set('apq:shared', 'query { a }', { ttl: 300 });
    expect(await other.get('apq:shared')).toBe('query { a }');
    // The key and value replicas agree on: the plain query text, no envelope around it.
    expect(await direct.get(`${prefix}apq:shared`)).toBe('query { a }');
    const ttl = await direct.pttl(`${prefix}apq:shared`);
    expect(ttl).toBeGreaterThan(295_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
    // Stored by another client (a replica of an earlier version): read all the same.
    await direct.set(`${prefix}apq:older`, 'query { b }');
    expect(await other.get('apq:older')).toBe('query { b }');
    // The other replica kept a copy: it answers without Redis from now on.
    await direct.del(`${prefix}apq:shared`);
    expect(await other.get('apq:shared')).toBe('query { a }');
  });

  it('keeps an entry without expiry when no TTL is given, and reads several at once', async () => {
    const one = redisCache({ url: REDIS_URL, keyPrefix: prefix });
    await one.set('apq:forever', 'query { c }', { ttl: null });
    expect(await direct.pttl(`${prefix}apq:forever`)).toBe(-1);
    // Apollo's adapter batches reads made together into one MGET.
    expect(await Promise.all([one.get('apq:forever'), one.get('apq:nothing'), one.get('apq:forever')])).toEqual([
      'query { c }',
      undefined,
      'query { c }',
    ]);
  });

  it('deletes from this process and from Redis', async () => {
    const one = shared();
    const other = shared();
    await one.set('apq:gone', 'v');
    expect(await one.delete('apq:gone')).toBe(true);
    expect(await one.get('apq:gone')).toBeUndefined();
    expect(await other.get('apq:gone')).toBeUndefined();
  });

  it('closes its connection', async () => {
    const proxy = await startProxy(REDIS_PORT);
    try {
      const replica = createPersistedQueryCache({ redisUrl: `redis://127.0.0.1:${proxy.port}`, redisKeyPrefix: prefix });
      caches.push(replica);
      await replica.set('apq:closing', 'v');
      expect(proxy.connections()).toBe(1);
      await replica.close();
      await expect.poll(() => proxy.connections()).toBe(0);
      await replica.get('apq:unknown');
      expect(proxy.connections()).toBe(0);
    } finally {
      await proxy.stop();
    }
  });

  it('survives losing Redis mid-way: one warning, answers from this process at once, one recovery, shared again', async () => {
    const proxy = await startProxy(REDIS_PORT);
    try {
      const log = logged();
      const replica = createPersistedQueryCache({ redisUrl: `redis://127.0.0.1:${proxy.port}`, redisKeyPrefix: prefix }, log);
      caches.push(replica);
      await replica.set('apq:before', 'b');
      expect(await direct.get(`${prefix}apq:before`)).toBe('b');
      await direct.set(`${prefix}apq:elsewhere`, 'e');

      await proxy.stop();
      await expect.poll(() => log.warn.mock.calls.length).toBe(1);
      const started = Date.now();
      for (let i = 0; i < 10; i++) {
        await replica.set(`apq:during${i}`, 'd');
        expect(await replica.get(`apq:during${i}`)).toBe('d');
        expect(await replica.get('apq:before')).toBe('b');
        // Registered by another replica and never seen here: a miss, so the client sends its query along.
        expect(await replica.get('apq:elsewhere')).toBeUndefined();
      }
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(await direct.exists(`${prefix}apq:during0`)).toBe(0);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.info).not.toHaveBeenCalled();

      await proxy.start();
      await expect.poll(() => log.info.mock.calls.length, { timeout: 10_000 }).toBe(1);
      expect(log.info.mock.calls[0]?.[0]).toMatch(/recovered/);
      expect(await replica.get('apq:elsewhere')).toBe('e');
      await replica.set('apq:after', 'a');
      expect(await direct.get(`${prefix}apq:after`)).toBe('a');
      expect(log.warn).toHaveBeenCalledTimes(1);
    } finally {
      await proxy.stop();
    }
  });

  it('does not wait on a Redis that stops answering on an open connection, and notices when it answers again', async () => {
    const proxy = await startProxy(REDIS_PORT);
    try {
      const log = logged();
      const replica = redisCache({
        url: `redis://127.0.0.1:${proxy.port}`,
        keyPrefix: prefix,
        ...log,
        commandTimeoutMs: 100,
        pingIntervalMs: 200,
      });
      await replica.set('before', 'b');
      expect(await replica.get('before')).toBe('b');

      proxy.hang();
      const started = Date.now();
      for (let i = 0; i < 10; i++) expect(await replica.get('before')).toBeUndefined();
      // One call waits out the command timeout; the rest miss at once.
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(log.warn).toHaveBeenCalledTimes(1);

      proxy.answer();
      await expect.poll(() => log.info.mock.calls.length, { timeout: 10_000 }).toBe(1);
      expect(await replica.get('before')).toBe('b');
    } finally {
      await proxy.stop();
    }
  });
});

interface Proxy {
  port: number;
  /** Closes every connection and stops listening. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Keeps the connections open but forwards nothing: a Redis that hangs. */
  hang(): void;
  /** Forwards again, what was held back first. */
  answer(): void;
  /** Connections open through the proxy now. */
  connections(): number;
}

/** A TCP proxy in front of Redis that a test can take down, bring back on the same port, or make hang. */
async function startProxy(targetPort: number): Promise<Proxy> {
  const pairs = new Set<[Socket, Socket]>();
  let server: Server | null = null;
  let port = 0;
  const start = async () => {
    const listening = createServer((client) => {
      const upstream = connect({ port: targetPort, host: '127.0.0.1' });
      const pair: [Socket, Socket] = [client, upstream];
      pairs.add(pair);
      for (const socket of pair) {
        socket.on('close', () => pairs.delete(pair));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => resolve());
    });
    const address = listening.address();
    port = typeof address === 'object' && address ? address.port : port;
    server = listening;
  };
  await start();
  return {
    port,
    start,
    async stop() {
      const closing = server;
      server = null;
      for (const pair of pairs) for (const socket of pair) socket.destroy();
      if (closing) await new Promise((resolve) => closing.close(resolve));
    },
    hang() {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
      }
    },
    answer() {
      for (const [client, upstream] of pairs) {
        client.pipe(upstream);
        upstream.pipe(client);
      }
    },
    connections: () => pairs.size,
  };
}
