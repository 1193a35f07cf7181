/**
 * The gateway's automatic-persisted-query cache, measured two ways on 127.0.0.1:
 *
 * 1. the cache alone: the latency of one `get` (a registered query, an unknown one) with Redis up,
 *    with nothing listening where REDIS_URL points, and with a server that accepts connections
 *    and never answers;
 * 2. through the gateway over HTTP: APQ requests per second by hash, as a client sends them (on
 *    PERSISTED_QUERY_NOT_FOUND it sends the query along, as Apollo Client does), with Redis up,
 *    with no Redis configured, and with Redis unreachable.
 *
 * Run: npx tsx bench/persisted-queries.ts   (BENCH_GETS, default 5 000; BENCH_REQUESTS, default 3 000; REDIS_TEST_URL)
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { createGateway } from '../gateway/server.ts';
import { createPersistedQueryCache } from '../lib/cache/persisted-queries.ts';
import { loadConfig } from '../lib/config.ts';
import { freePort } from '../test/support/processes.ts';

const GETS = Number(process.env.BENCH_GETS ?? 5_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const CONCURRENCY = 8;
const REDIS_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379';
const prefix = `recordgraph-bench:${randomBytes(4).toString('hex')}:`;
const quiet = { warn: () => {}, info: () => {} };

/** A server that accepts connections and never answers: a Redis that hangs. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `redis://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function percentiles(samples: number[]): Record<string, string> {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const mean = samples.reduce((sum, sample) => sum + sample, 0) / (samples.length || 1);
  return {
    'mean µs': (mean * 1000).toFixed(1),
    'p50 µs': (at(0.5) * 1000).toFixed(1),
    'p99 µs': (at(0.99) * 1000).toFixed(1),
    'max ms': at(1).toFixed(1),
  };
}

async function cacheGets(redis: string, url: string | undefined): Promise<Record<string, string>[]> {
  const cache = createPersistedQueryCache({ redisUrl: url, redisKeyPrefix: prefix, persistedQueryTtlSeconds: 300 }, quiet);
  try {
    await cache.set('apq:registered', '{ __typename }', { ttl: 300 });
    const rows: Record<string, string>[] = [];
    for (const [kind, key] of [
      ['registered', () => 'apq:registered'],
      ['unknown', () => `apq:unknown-${randomBytes(4).toString('hex')}`],
    ] as const) {
      for (let i = 0; i < 200; i++) await cache.get(key()); // warm up
      const samples: number[] = [];
      for (let i = 0; i < GETS; i++) {
        const started = performance.now();
        await cache.get(key());
        samples.push(performance.now() - started);
      }
      rows.push({ redis, get: kind, ...percentiles(samples) });
    }
    return rows;
  } finally {
    await cache.close();
  }
}

async function post(url: string, body: unknown): Promise<{ errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
}

async function apqThroughGateway(redis: string, env: Record<string, string>): Promise<Record<string, string>> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', ANONYMOUS_READS: 'true', REDIS_KEY_PREFIX: prefix, ...env });
  const gateway = createGateway(config);
  const url = await gateway.listen(0);
  try {
    const query = `query Bench${randomBytes(4).toString('hex')} { __typename }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    let resent = 0;
    /** One APQ request as a client makes it: by hash, and with the query only when the server asks for it. */
    const apq = async () => {
      const byHash = await post(url, { extensions });
      if (!byHash.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return;
      resent += 1;
      const withQuery = await post(url, { query, extensions });
      if (withQuery.errors) throw new Error(JSON.stringify(withQuery.errors));
    };
    await post(url, { query, extensions });
    for (let i = 0; i < 200; i++) await apq(); // warm up
    resent = 0;
    const latencies: number[] = [];
    let next = 0;
    // CPU time of this process (gateway and client alike) per request: steadier than req/s on a busy machine.
    const cpuBefore = process.cpuUsage();
    const began = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < REQUESTS) {
          const started = performance.now();
          await apq();
          latencies.push(performance.now() - started);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(2);
    return {
      redis,
      'APQ requests/s': (latencies.length / seconds).toFixed(0),
      'p50 ms': at(0.5),
      'p99 ms': at(0.99),
      'CPU µs/request': ((cpu.user + cpu.system) / latencies.length).toFixed(0),
      'query resent': `${resent}/${latencies.length}`,
    };
  } finally {
    await gateway.stop();
  }
}

const dead = `redis://127.0.0.1:${await freePort()}`;
const silent = await silentServer();
try {
  const gets = [
    ...(await cacheGets('none (in process)', undefined)),
    ...(await cacheGets('up', REDIS_URL)),
    ...(await cacheGets('unreachable', dead)),
    ...(await cacheGets('never answers', silent.url)),
  ];
  const gateway = [
    await apqThroughGateway('none (in process)', {}),
    await apqThroughGateway('up', { REDIS_URL }),
    await apqThroughGateway('unreachable', { REDIS_URL: dead }),
  ];
  console.log(`\npersisted-query cache: ${GETS} sequential gets per row`);
  console.table(gets);
  console.log(`\nAPQ through the gateway over HTTP: ${REQUESTS} requests, ${CONCURRENCY} at a time`);
  console.table(gateway);
} finally {
  await silent.close();
}
