/**
 * Headline-query benchmark: starts the product in-process on the full default demo company
 * (200 clients, 3,000 invoices, 400 projects) in a temporary directory, then measures the
 * headline query and the 50-client list through the gateway over HTTP on 127.0.0.1.
 * Run: npm run bench   (BENCH_REQUESTS, BENCH_CONCURRENCY and *_DATABASE_URL are honoured)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices } from '../lib/cli/services.ts';
import { loadConfig } from '../lib/config.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LIST = `{ clients(first: 50) { edges { node { id name revenue(months: 12) { amount } projects { name health } accountManager { name } } } totalCount } }`;

const dir = mkdtempSync(join(tmpdir(), 'recordgraph-bench-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dir,
  GATEWAY_PORT: '0',
  CRM_PORT: '0',
  ACCOUNTING_PORT: '0',
  HR_PORT: '0',
  PROJECTS_PORT: '0',
});

const startedAt = performance.now();
const running = await startServices({ config });
const startMs = performance.now() - startedAt;
const url = running.gatewayUrl ?? '';

async function post(query: string, variables?: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`benchmark query failed: ${JSON.stringify(body.errors)}`);
}

const ids: string[] = [];
for (let after: string | null = null; ; ) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query ($after: String) { clients(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, variables: { after } }),
  });
  const { data } = (await response.json()) as { data: { clients: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
  ids.push(...data.clients.edges.map((edge) => edge.node.id));
  if (!data.clients.pageInfo.hasNextPage) break;
  after = data.clients.pageInfo.endCursor;
}

interface Row {
  scenario: string;
  requests: number;
  'p50 ms': string;
  'p95 ms': string;
  'p99 ms': string;
  'req/s': string;
}

async function measure(scenario: string, concurrency: number, run: (i: number) => Promise<void>): Promise<Row> {
  for (let i = 0; i < 20; i++) await run(i); // warm up query plans and SQLite pages
  const latencies: number[] = [];
  let next = 0;
  const began = performance.now();
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
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  return { scenario, requests: latencies.length, 'p50 ms': at(0.5), 'p95 ms': at(0.95), 'p99 ms': at(0.99), 'req/s': (latencies.length / seconds).toFixed(0) };
}

const rows = [
  await measure('headline query, 1 at a time', 1, (i) => post(CLIENT_OVERVIEW, { id: ids[i % ids.length] })),
  await measure(`headline query, ${CONCURRENCY} concurrent`, CONCURRENCY, (i) => post(CLIENT_OVERVIEW, { id: ids[i % ids.length] })),
  await measure('50-client list, 1 at a time', 1, () => post(LIST)),
];

console.log(`\nrecordgraph benchmark — ${ids.length} clients, store: ${config.databaseUrls.crm.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}`);
console.log(`start-up incl. seeding: ${startMs.toFixed(0)} ms; RSS after run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB\n`);
console.table(rows);

await running.stop();
rmSync(dir, { recursive: true, force: true });
