/**
 * Headline-query benchmark: starts the product in-process on the full default demo company
 * (200 clients, 3,000 invoices, 400 projects), once on SQLite and once on PostgreSQL (fresh
 * databases through PG_ADMIN_URL, dropped afterwards; skipped with a note when unreachable), and
 * measures the headline query and the 50-client list through the gateway over HTTP on 127.0.0.1,
 * each with the entity cache off (every fetch reaches the subgraphs) and on, warm (every client's
 * headline query asked once before measuring), with the ratio of their throughputs.
 * Run: npm run bench   (BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_STORES=sqlite,postgres)
 */
import { Agent, request } from 'node:http';
import { startServices } from '../cli/services.ts';
import { loadConfig } from '../lib/config.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { clientIds, LIST } from './support/demo-requests.ts';
import { ANY_FREE_PORT, createTestStores, PG_ADMIN_URL, type TestStoreKind } from '../test/support/stores.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',') as TestStoreKind[];

interface Row {
  store: TestStoreKind;
  'entity cache': 'off' | 'warm';
  scenario: string;
  requests: number;
  'p50 ms': string;
  'p95 ms': string;
  'p99 ms': string;
  'req/s': string;
  /** CPU time of the whole process (services and load generator) per request: steadier than req/s on a busy machine. */
  'CPU ms/req': string;
}

// node:http on kept-alive connections rather than fetch: the load generator shares the process
// with the services, and undici's fetch costs as much CPU per request as a warm gateway does.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: unknown[] };
          if (body.errors) reject(new Error(`benchmark query failed: ${JSON.stringify(body.errors)}`));
          else resolve(body.data);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

type Cache = Row['entity cache'];

async function measure(
  store: TestStoreKind,
  cache: Cache,
  scenario: string,
  concurrency: number,
  run: (i: number) => Promise<unknown>,
): Promise<Row> {
  for (let i = 0; i < 20; i++) await run(i); // warm up query plans and store caches
  const latencies: number[] = [];
  let next = 0;
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const t = performance.now();
        await run(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  return {
    store,
    'entity cache': cache,
    scenario,
    requests: latencies.length,
    'p50 ms': at(0.5),
    'p95 ms': at(0.95),
    'p99 ms': at(0.99),
    'req/s': (latencies.length / seconds).toFixed(0),
    'CPU ms/req': ((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(2),
  };
}

async function benchmark(store: TestStoreKind, cache: Cache): Promise<{ rows: Row[]; startMs: number }> {
  const stores = await createTestStores(store);
  const ports = ANY_FREE_PORT;
  const config = loadConfig({
    ...process.env,
    ...ports,
    ...stores.env,
    LOG_LEVEL: 'warn',
    // One anonymous caller sends every request: its rate limit would measure the limiter.
    RATE_LIMIT_ENABLED: 'false',
    ENTITY_CACHE: cache === 'off' ? 'off' : 'on',
  });
  const startedAt = performance.now();
  const running = await startServices({ config });
  const startMs = performance.now() - startedAt;
  try {
    const url = running.gatewayUrl ?? '';
    const ids = await clientIds(url);
    // Warm: every client's headline query once, so each measured request can be a hit.
    if (cache === 'warm') for (const id of ids) await post(url, CLIENT_OVERVIEW, { id });
    const rows = [
      await measure(store, cache, 'headline query, 1 at a time', 1, (i) => post(url, CLIENT_OVERVIEW, { id: ids[i % ids.length] })),
      await measure(store, cache, `headline query, ${CONCURRENCY} concurrent`, CONCURRENCY, (i) =>
        post(url, CLIENT_OVERVIEW, { id: ids[i % ids.length] }),
      ),
      await measure(store, cache, '50-client list, 1 at a time', 1, () => post(url, LIST)),
    ];
    return { rows, startMs };
  } finally {
    await running.stop();
    await stores.drop();
  }
}

const rows: Row[] = [];
const notes: string[] = [];
for (const store of STORES) {
  try {
    for (const cache of ['off', 'warm'] as const) {
      const result = await benchmark(store, cache);
      rows.push(...result.rows);
      notes.push(`${store}, entity cache ${cache}: start-up incl. migrations and seeding ${result.startMs.toFixed(0)} ms`);
    }
  } catch (error: unknown) {
    if (store === 'sqlite') throw error;
    notes.push(`postgres: skipped (${PG_ADMIN_URL}: ${error instanceof Error ? error.message : String(error)})`);
  }
}
console.log(`\nrecordgraph benchmark — default demo company, everything in one process on 127.0.0.1`);
for (const note of notes) console.log(`  ${note}`);
console.log(`  RSS at the end: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB\n`);
console.table(rows);
// The entity cache's gain: warm throughput over uncached, per store and scenario.
for (const row of rows.filter((r) => r['entity cache'] === 'warm')) {
  const off = rows.find((r) => r.store === row.store && r.scenario === row.scenario && r['entity cache'] === 'off');
  if (!off) continue;
  const throughput = (Number(row['req/s']) / Number(off['req/s'])).toFixed(1);
  const cpu = (Number(off['CPU ms/req']) / Number(row['CPU ms/req'])).toFixed(1);
  console.log(`  ${row.store}, ${row.scenario}: warm entity cache ${throughput}× the uncached req/s, ${cpu}× less CPU per request`);
}
