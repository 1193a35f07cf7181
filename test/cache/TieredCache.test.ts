import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { redactUrl } from '../../lib/cache/RedisStore.ts';
import { TieredCache, type TieredCacheOptions } from '../../lib/cache/TieredCache.ts';
import { freePort, reachable } from '../support/processes.ts';

/** The APQ cache's two tiers against the real Redis at 127.0.0.1:6379, and what happens when it goes away. */

const REDIS_PORT = 6379;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const prefix = `recordgraph-test:${randomBytes(6).toString('hex')}:`;

const redisUp = await reachable(REDIS_PORT);
const requireRedis = process.env.CI === 'true';
if (!redisUp && !requireRedis) console.warn(`Skipping the Redis cache tests: nothing listens on ${REDIS_URL}.`);

const caches: TieredCache[] = [];
function cache(options: TieredCacheOptions): TieredCache {
  const created = new TieredCache(options);
  caches.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(caches.splice(0).map((created) => created.close()));
});

const logged = () => ({ warn: vi.fn<NonNullable<TieredCacheOptions['warn']>>(), info: vi.fn<NonNullable<TieredCacheOptions['info']>>() });

describe('TieredCache in one process (no Redis)', () => {
  it('stores, reads, deletes and expires entries', async () => {
    const local = cache({ defaultTtlSeconds: 0.05 });
    await local.set('a', 'alpha');
    await local.set('b', 'beta', { ttl: null });
    expect(await local.get('a')).toBe('alpha');
    expect(await local.delete('a')).toBe(true);
    expect(await local.get('a')).toBeUndefined();
    await local.set('c', 'gamma');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await local.get('c')).toBeUndefined();
    expect(await local.get('b')).toBe('beta');
    expect(local.shared).toBe(false);
  });

  it('is bounded in size, evicting the least recently used', async () => {
    const local = cache({ localMaxSize: 30 });
    for (const key of ['k1', 'k2', 'k3']) await local.set(key, 'x'.repeat(8));
    await local.get('k1');
    await local.set('k4', 'x'.repeat(8));
    expect(await local.get('k1')).toBe('xxxxxxxx');
    expect(await local.get('k2')).toBeUndefined();
  });
});

describe('TieredCache when Redis is unreachable', () => {
  it('answers from this process, at once, with exactly one warning', async () => {
    const log = logged();
    const deadUrl = `redis://127.0.0.1:${await freePort()}`;
    const lonely = cache({ redisUrl: deadUrl, ...log, redis: { maxReconnectDelayMs: 100 } });
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      await lonely.set(`k${i}`, `v${i}`);
      expect(await lonely.get(`k${i}`)).toBe(`v${i}`);
      expect(await lonely.get(`missing${i}`)).toBeUndefined();
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[1]).toMatchObject({ redis: deadUrl });
    expect(log.info).not.toHaveBeenCalled();
    expect(lonely.shared).toBe(false);
  });

  it('does not let a server that accepts connections and never answers hold requests', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const address = silent.address();
      const log = logged();
      const stuck = cache({
        redisUrl: `redis://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        ...log,
        redis: { connectTimeoutMs: 300, commandTimeoutMs: 100 },
      });
      const started = Date.now();
      for (let i = 0; i < 10; i++) {
        await stuck.set(`k${i}`, `v${i}`);
        expect(await stuck.get(`k${i}`)).toBe(`v${i}`);
        expect(await stuck.get(`missing${i}`)).toBeUndefined();
      }
      expect(Date.now() - started).toBeLessThan(1_000);
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

describe.skipIf(!redisUp && !requireRedis)('TieredCache shared through Redis', () => {
  const direct = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  const redis = () => direct;
  beforeAll(async () => {
    expect(redisUp, `CI=true needs Redis at ${REDIS_URL}`).toBe(true);
    await direct.connect();
  });
  afterAll(async () => {
    if (direct.status !== 'ready') return direct.disconnect();
    const keys = await direct.keys(`${prefix}*`);
    if (keys.length) await direct.del(...keys);
    await direct.quit();
  });

  it('serves on one instance what another stored, under the prefix and with the TTL it was given', async () => {
    const one = cache({ redisUrl: REDIS_URL, keyPrefix: prefix, defaultTtlSeconds: 60 });
    const other = cache({ redisUrl: REDIS_URL, keyPrefix: prefix, defaultTtlSeconds: 60 });
    await one.set('apq:shared', 'query { a }', { ttl: 300 });
    expect(await other.get('apq:shared')).toBe('query { a }');
    expect(await redis().get(`${prefix}apq:shared`)).toBe('query { a }');
    const ttl = await redis().pttl(`${prefix}apq:shared`);
    expect(ttl).toBeGreaterThan(295_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
    // The other instance kept a copy: it answers without Redis from now on.
    await redis().del(`${prefix}apq:shared`);
    expect(await other.get('apq:shared')).toBe('query { a }');
    expect(other.shared).toBe(true);
  });

  it('applies the default TTL when none is given, and none when null is given', async () => {
    const one = cache({ redisUrl: REDIS_URL, keyPrefix: prefix, defaultTtlSeconds: 60 });
    await one.set('default', 'v');
    await one.set('forever', 'v', { ttl: null });
    const ttl = await redis().pttl(`${prefix}default`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await redis().pttl(`${prefix}forever`)).toBe(-1);
  });

  it('deletes from both tiers', async () => {
    const one = cache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    const other = cache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    await one.set('gone', 'v');
    expect(await one.delete('gone')).toBe(true);
    expect(await one.get('gone')).toBeUndefined();
    expect(await other.get('gone')).toBeUndefined();
  });

  it('survives losing Redis mid-way: one warning, local answers, one recovery, shared again', async () => {
    const proxy = await startProxy(REDIS_PORT);
    try {
      const log = logged();
      const options = { redisUrl: `redis://127.0.0.1:${proxy.port}`, keyPrefix: prefix, ...log };
      const replica = cache({ ...options, redis: { maxReconnectDelayMs: 100, retryAfterMs: 50 } });
      await replica.set('before', 'b');
      expect(await redis().get(`${prefix}before`)).toBe('b');

      await proxy.stop();
      for (let i = 0; i < 10; i++) {
        await replica.set(`during${i}`, 'd');
        expect(await replica.get(`during${i}`)).toBe('d');
        expect(await replica.get('before')).toBe('b');
        expect(await replica.get(`unknown${i}`)).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(await redis().exists(`${prefix}during0`)).toBe(0);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.info).not.toHaveBeenCalled();

      await proxy.start();
      await expect.poll(() => log.info.mock.calls.length, { timeout: 5_000 }).toBe(1);
      expect(log.info.mock.calls[0]?.[0]).toMatch(/recovered/);
      await replica.set('after', 'a');
      expect(await redis().get(`${prefix}after`)).toBe('a');
      expect(replica.shared).toBe(true);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.info).toHaveBeenCalledTimes(1);
    } finally {
      await proxy.stop();
    }
  });
});

/** A TCP proxy in front of Redis that a test can take down (closing every connection) and bring back on the same port. */
async function startProxy(targetPort: number): Promise<{ port: number; stop(): Promise<void>; start(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const start = async () => {
    const listening = createServer((client) => {
      const upstream = connect({ port: targetPort, host: '127.0.0.1' });
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
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
      for (const socket of sockets) socket.destroy();
      if (closing) await new Promise((resolve) => closing.close(resolve));
    },
  };
}
