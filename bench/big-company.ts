/**
 * Big-company benchmark: seeds a big demo company (BIG_CLIENTS clients, default 100,000, and
 * BIG_INVOICES invoices, default 2,000,000; employees, projects, tasks and time entries in the
 * default company's proportions) with `recordgraph seed` on SQLite and on PostgreSQL (fresh
 * databases through PG_ADMIN_URL, dropped afterwards), then runs the product on the SQLite stores
 * as separate processes (five `recordgraph serve <subgraph>` and one `recordgraph serve gateway`,
 * so the gateway's memory is its own) and measures, through the gateway on 127.0.0.1:
 *
 * - the headline query one request at a time (p50, p99), with how much of it the subgraphs spent;
 * - paging every client (`clients(first: 100, after:)` to the end): the first and last ten pages;
 * - paging the change feed (`changes(first: 100, after:)` over BIG_EVENTS events) likewise;
 * - the gateway's resident memory under 8 concurrent connections, run within its memory budget
 *   (gateway/memory.ts) as deploy/ runs it;
 * - a soak of BIG_SOAK_SECONDS (default 600) of mixed load: the gateway's memory after a warm-up
 *   and at the end, and whether it grew beyond the bound.
 *
 * It stops by itself and deletes what it made. Run: npm run bench:big
 * (BIG_CLIENTS, BIG_INVOICES, BIG_EVENTS, BIG_SOAK_SECONDS, BIG_LOAD_SECONDS, BIG_STORES=sqlite,postgres;
 * BIG_SEEDED_DIR=<dir> serves SQLite stores seeded there before, `DATA_DIR=<dir> recordgraph seed`,
 * instead of seeding SQLite again, and leaves them)
 */
import { randomUUID } from 'node:crypto';
import { GATEWAY_MEMORY_ENV } from '../gateway/memory.ts';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';
import { openBus } from '../lib/events/open.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { residentMb } from '../test/support/memory.ts';
import { freePort, runRecordgraph, runToExit, waitUntilReady, type ServiceProcess } from '../test/support/processes.ts';
import { createTestStores, tempDir, type TestStoreKind, type TestStores } from '../test/support/stores.ts';
import { cpuMs } from './support/cpu-time.ts';

const CLIENTS = Number(process.env.BIG_CLIENTS ?? 100_000);
const INVOICES = Number(process.env.BIG_INVOICES ?? 2_000_000);
const EVENTS = Number(process.env.BIG_EVENTS ?? 50_000);
const SOAK_SECONDS = Number(process.env.BIG_SOAK_SECONDS ?? 600);
const LOAD_SECONDS = Number(process.env.BIG_LOAD_SECONDS ?? 30);
const STORES = (process.env.BIG_STORES ?? 'sqlite,postgres')
  .split(',')
  .filter((s): s is TestStoreKind => s === 'sqlite' || s === 'postgres');
const HEADLINE_REQUESTS = 300;
/** The soak's verdict: the gateway's memory may grow at most this much after the warm-up. */
const SOAK_GROWTH_BOUND_MB = 25;
const SEED_DEADLINE_MS = 60 * 60_000;
const SEEDED_DIR = process.env.BIG_SEEDED_DIR;

const PAGE_CLIENTS = `query ($after: String) { clients(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PAGE_CHANGES = `query ($after: String) { changes(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

interface Row {
  measure: string;
  store: string;
  result: string;
}

const measured: Row[] = [];
/** Every row is printed as soon as it is measured too, so a run cut short still shows what it had. */
const rows = {
  push(row: Row) {
    measured.push(row);
    console.log(`  ${row.measure} [${row.store}]: ${row.result}`);
  },
};
const cleanups: (() => unknown)[] = [];

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`benchmark query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** `recordgraph seed` on fresh stores of `kind`: wall time and rows written (from its log). */
async function seed(kind: TestStoreKind, stores: TestStores, dataDir: string): Promise<void> {
  const started = performance.now();
  const done = await Promise.race([
    runToExit(['seed'], {
      ...stores.env,
      DATA_DIR: dataDir,
      SEED_CLIENTS: String(CLIENTS),
      SEED_INVOICES: String(INVOICES),
      LOG_LEVEL: 'warn',
    }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('seed took over an hour')), SEED_DEADLINE_MS).unref()),
  ]);
  const seconds = (performance.now() - started) / 1000;
  if (done.status !== 0) throw new Error(`seed on ${kind} failed:\n${done.stdout}\n${done.stderr}`);
  const written = [...done.stdout.matchAll(/seeded (\w+) demo data in (\d+) ms(?:: (\d+) rows)?/g)];
  const total = written.reduce((sum, match) => sum + Number(match[3] ?? 0), 0);
  const perDomain = written.map((match) => `${match[1]} ${(Number(match[2]) / 1000).toFixed(0)} s`).join(', ');
  rows.push({
    measure: `seed ${CLIENTS} clients / ${INVOICES} invoices`,
    store: kind,
    result: `${seconds.toFixed(0)} s, ${total} rows, ${Math.round(total / seconds)} rows/s (${perDomain})`,
  });
  console.log(`seeded ${kind} in ${seconds.toFixed(0)} s`);
}

interface Stack {
  gatewayUrl: string;
  gateway: ServiceProcess;
  services: Record<RecordSystem | 'gateway', ServiceProcess>;
  origins: Record<RecordSystem | 'gateway', string>;
}

/** The five subgraphs and the gateway as their own processes on the seeded SQLite stores. */
async function startStack(stores: TestStores, dataDir: string): Promise<Stack> {
  const ports = {} as Record<RecordSystem | 'gateway', number>;
  for (const name of [...SYSTEMS_OF_RECORD, 'gateway'] as const) ports[name] = await freePort();
  const origins = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`])) as Stack['origins'];
  const common = {
    ...stores.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    // The load is one anonymous caller; the gateway's per-caller limits would refuse most of it.
    RATE_LIMIT_ENABLED: 'false',
    ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, `${origins[name]}/graphql`])),
  };
  const processes: ServiceProcess[] = [];
  const services = {} as Stack['services'];
  cleanups.push(() => Promise.all(processes.map((service) => service.kill('SIGKILL'))));
  for (const name of SYSTEMS_OF_RECORD) {
    const service = runRecordgraph(name, ['serve', name], { ...common, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
    processes.push(service);
    services[name] = service;
    await waitUntilReady(`${origins[name]}/readyz`, service, 300_000);
  }
  // Within its memory budget, as deploy/ runs it (gateway/memory.ts).
  const gateway = runRecordgraph('gateway', ['serve', 'gateway'], {
    ...common,
    ...GATEWAY_MEMORY_ENV,
    GATEWAY_PORT: String(ports.gateway),
  });
  processes.push(gateway);
  services.gateway = gateway;
  await waitUntilReady(`${origins.gateway}/readyz`, gateway, 120_000);
  return { gatewayUrl: `${origins.gateway}/graphql`, gateway, services, origins };
}

/** Writes `count` events to the embedded bus the gateway reads, so the change feed has something to page. */
async function fillChangeFeed(stores: TestStores, count: number): Promise<void> {
  const config = loadConfig({ ...process.env, ...stores.env, LOG_LEVEL: 'warn' });
  const bus = await openBus(config.events);
  try {
    for (let i = 0; i < count; i++) {
      await bus.publish({
        id: `evt_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
        source: 'crm',
        type: 'Client.updated',
        entityType: 'Client',
        entityId: `cli_bench${String(i % 1000).padStart(11, '0')}`,
        entityVersion: 2 + Math.floor(i / 1000),
        occurredAt: new Date().toISOString(),
        actor: { subject: 'bench', mutation: 'updateClient' },
        changes: { name: `Bench client ${i}` },
        redacted: [],
        requestId: null,
      });
    }
  } finally {
    await bus.close();
  }
}

/** Pages `query` from the start to the end: every page's wall time, the CPU `serving` spent on it, the cursors it went through. */
async function pageThrough(
  url: string,
  query: string,
  field: string,
  serving: ServiceProcess,
): Promise<{ ms: number[]; cpu: number[]; cursors: string[]; ids: string[] }> {
  const ms: number[] = [];
  const cpu: number[] = [cpuMs(serving.child.pid)];
  const cursors: string[] = [];
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const started = performance.now();
    const data = await post(url, query, { after });
    ms.push(performance.now() - started);
    cpu.push(cpuMs(serving.child.pid));
    const page = data[field] as { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { ms, cpu, cursors, ids };
    after = page.pageInfo.endCursor;
    cursors.push(after);
  }
}

function pagingRow(measure: string, paged: { ms: number[]; cpu: number[]; ids: string[] }, serving: string): Row {
  const { ms, cpu } = paged;
  // CPU over the first and the last 50 pages (ticks are 10 ms, so one page alone is too fine to see).
  const span = Math.min(50, Math.floor(ms.length / 2));
  const cpuPerPage = (from: number, to: number) => (((cpu[to] ?? 0) - (cpu[from] ?? 0)) / Math.max(1, to - from)).toFixed(1);
  return {
    measure,
    store: 'sqlite',
    result:
      `${ms.length} pages, ${paged.ids.length} rows; wall median of the first 10 pages ${median(ms.slice(0, 10)).toFixed(1)} ms, ` +
      `of the last 10 ${median(ms.slice(-10)).toFixed(1)} ms (mean of all ${mean(ms).toFixed(1)} ms); ` +
      `${serving} CPU per page over the first ${span} ${cpuPerPage(0, span)} ms, over the last ${span} ${cpuPerPage(ms.length - span, ms.length)} ms`,
  };
}

/** Sums and counts of a Prometheus histogram, by its first label's value. */
async function histogram(origin: string, name: string): Promise<Map<string, { sum: number; count: number }>> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const found = new Map<string, { sum: number; count: number }>();
  for (const match of text.matchAll(new RegExp(`^${name}_(sum|count)\\{[^}]*?\\w+="([^"]*)"[^}]*\\} (\\S+)$`, 'gm'))) {
    const [, kind, label = '', value] = match;
    const entry = found.get(label) ?? { sum: 0, count: 0 };
    if (kind === 'sum') entry.sum += Number(value);
    else entry.count += Number(value);
    found.set(label, entry);
  }
  return found;
}

async function subgraphSeconds(stack: Stack): Promise<number> {
  let total = 0;
  for (const name of SYSTEMS_OF_RECORD) {
    for (const entry of (await histogram(stack.origins[name], 'recordgraph_request_duration_seconds')).values()) total += entry.sum;
  }
  return total;
}

async function headline(stack: Stack, ids: string[]): Promise<void> {
  const pick = (i: number) => ids[(i * 7919) % ids.length];
  for (let i = 0; i < 30; i++) await post(stack.gatewayUrl, CLIENT_OVERVIEW, { id: pick(i + 1_000) });
  const before = await subgraphSeconds(stack);
  const names = [...SYSTEMS_OF_RECORD, 'gateway'] as const;
  const cpuBefore = names.map((name) => cpuMs(stack.services[name].child.pid));
  const fetchesBefore = await histogram(stack.origins.gateway, 'recordgraph_subgraph_fetch_duration_seconds');
  const latencies: number[] = [];
  for (let i = 0; i < HEADLINE_REQUESTS; i++) {
    const started = performance.now();
    await post(stack.gatewayUrl, CLIENT_OVERVIEW, { id: pick(i) });
    latencies.push(performance.now() - started);
  }
  const cpuSpent = names.map(
    (name, index) => [name, (cpuMs(stack.services[name].child.pid) - (cpuBefore[index] ?? 0)) / HEADLINE_REQUESTS] as const,
  );
  const inSubgraphs = ((await subgraphSeconds(stack)) - before) * 1000;
  const fetchesAfter = await histogram(stack.origins.gateway, 'recordgraph_subgraph_fetch_duration_seconds');
  const fetchMs = [...fetchesAfter].map(([name, after]) => {
    const earlier = fetchesBefore.get(name) ?? { sum: 0, count: 0 };
    return `${name} ${(((after.sum - earlier.sum) * 1000) / HEADLINE_REQUESTS).toFixed(1)}`;
  });
  const sorted = [...latencies].sort((a, b) => a - b);
  rows.push({
    measure: 'headline query, 1 at a time, uncached (each client asked for the first time)',
    store: 'sqlite',
    result: `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, mean ${mean(latencies).toFixed(1)} ms`,
  });
  rows.push({
    measure: 'headline query: where the time goes',
    store: 'sqlite',
    result:
      `subgraphs' own time ${(inSubgraphs / HEADLINE_REQUESTS).toFixed(1)} ms/request (7 fetches, summed; some overlap), ` +
      `fetches as the gateway saw them, ms/request: ${fetchMs.join(', ')}`,
  });
  const subgraphCpu = cpuSpent.filter(([name]) => name !== 'gateway').reduce((sum, [, ms]) => sum + ms, 0);
  rows.push({
    measure: 'headline query: CPU per request, by process',
    store: 'sqlite',
    result: `gateway ${(cpuSpent.find(([name]) => name === 'gateway')?.[1] ?? 0).toFixed(1)} ms, subgraphs ${subgraphCpu.toFixed(1)} ms (${cpuSpent
      .filter(([name]) => name !== 'gateway')
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ')})`,
  });
  // The same clients again: what a team that looks at its clients every morning gets from the
  // entity cache (nothing was written meanwhile, so every answer is still the store's).
  const warm: number[] = [];
  for (let i = 0; i < HEADLINE_REQUESTS; i++) {
    const started = performance.now();
    await post(stack.gatewayUrl, CLIENT_OVERVIEW, { id: pick(i) });
    warm.push(performance.now() - started);
  }
  const warmSorted = [...warm].sort((a, b) => a - b);
  rows.push({
    measure: 'headline query, 1 at a time, entity cache warm (the same clients again)',
    store: 'sqlite',
    result: `p50 ${percentile(warmSorted, 0.5).toFixed(1)} ms, p99 ${percentile(warmSorted, 0.99).toFixed(1)} ms, mean ${mean(warm).toFixed(1)} ms`,
  });
}

/** Runs `work` from `concurrency` loops until `seconds` pass, sampling the gateway's RSS every `sampleMs`. */
async function load(
  stack: Stack,
  seconds: number,
  concurrency: number,
  work: (i: number) => Promise<unknown>,
  sampleMs: number,
): Promise<{ samples: number[]; requests: number; failures: number }> {
  const samples: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const sampler = setInterval(() => {
    const mb = residentMb(stack.gateway.child.pid);
    if (mb !== null) samples.push(mb);
  }, sampleMs);
  let requests = 0;
  let failures = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const i = requests++;
          await work(i).catch(() => (failures += 1));
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  return { samples, requests, failures };
}

async function underLoad(kind: TestStoreKind, stack: Stack, ids: string[], clientCursors: string[], feedCursors: string[]): Promise<void> {
  const mixed = (i: number) => {
    const at = (list: string[]) => list[(i * 104_729) % Math.max(1, list.length)] ?? null;
    if (i % 10 < 6) return post(stack.gatewayUrl, CLIENT_OVERVIEW, { id: at(ids) });
    if (i % 10 < 8) return post(stack.gatewayUrl, PAGE_CLIENTS, { after: at(clientCursors) });
    return post(stack.gatewayUrl, PAGE_CHANGES, { after: at(feedCursors) });
  };
  const loaded = await load(
    stack,
    LOAD_SECONDS,
    8,
    (i) => post(stack.gatewayUrl, CLIENT_OVERVIEW, { id: ids[(i * 7919) % ids.length] }),
    200,
  );
  rows.push({
    measure: `gateway RSS, headline query from 8 connections for ${LOAD_SECONDS} s`,
    store: kind,
    result: `max ${Math.max(...loaded.samples)} MB, at the end ${loaded.samples.at(-1)} MB; ${(loaded.requests / LOAD_SECONDS).toFixed(0)} req/s, ${loaded.failures} failed`,
  });

  // The soak: a warm-up of a tenth (at least 30 s), then the gateway's memory is watched to the end.
  const warmUp = Math.min(SOAK_SECONDS / 2, Math.max(30, SOAK_SECONDS / 10));
  await load(stack, warmUp, 4, mixed, 1000);
  const soak = await load(stack, SOAK_SECONDS - warmUp, 4, mixed, 1000);
  const window = Math.max(1, Math.min(30, Math.floor(soak.samples.length / 4)));
  const start = median(soak.samples.slice(0, window));
  const end = median(soak.samples.slice(-window));
  const growth = end - start;
  rows.push({
    measure: `soak: ${SOAK_SECONDS} s of mixed load from 4 connections (${warmUp.toFixed(0)} s warm-up)`,
    store: kind,
    result:
      `gateway RSS ${start} MB after warm-up, ${end} MB at the end (max ${Math.max(...soak.samples)} MB): ` +
      `${growth > SOAK_GROWTH_BOUND_MB ? 'GREW' : 'flat'} (bound +${SOAK_GROWTH_BOUND_MB} MB); ` +
      `${soak.requests} requests, ${soak.failures} failed`,
  });
}

/** The SQLite stores `DATA_DIR=<dir> recordgraph seed` made (kept: the caller seeded them). */
function seededStores(dir: string): TestStores {
  const urls = Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [name, `${dir}/${name}.sqlite`])) as Record<RecordSystem, string>;
  return {
    urls,
    eventLogPath: `${dir}/events.sqlite`,
    env: {
      ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, urls[name]])),
      EVENT_LOG_PATH: `${dir}/events.sqlite`,
    },
    drop: async () => {},
  };
}

async function main(): Promise<void> {
  let serving: { stores: TestStores; dataDir: string } | null = null;
  for (const kind of STORES) {
    if (kind === 'sqlite' && SEEDED_DIR) {
      serving = { stores: seededStores(SEEDED_DIR), dataDir: SEEDED_DIR };
      continue;
    }
    const stores = await createTestStores(kind);
    const data = tempDir('recordgraph-big-');
    cleanups.push(
      () => data.remove(),
      () => stores.drop(),
    );
    console.log(`seeding ${CLIENTS} clients and ${INVOICES} invoices on ${kind} …`);
    await seed(kind, stores, data.path);
    if (kind === 'sqlite') serving = { stores, dataDir: data.path };
  }
  if (!serving) return;
  await fillChangeFeed(serving.stores, EVENTS);
  const stack = await startStack(serving.stores, serving.dataDir);
  console.log('paging every client …');
  // Once to warm the caches and the query plans, once measured.
  await pageThrough(stack.gatewayUrl, PAGE_CLIENTS, 'clients', stack.services.crm);
  const clients = await pageThrough(stack.gatewayUrl, PAGE_CLIENTS, 'clients', stack.services.crm);
  rows.push(pagingRow('paging all clients, clients(first: 100, after:)', clients, 'crm'));
  await pageThrough(stack.gatewayUrl, PAGE_CHANGES, 'changes', stack.gateway);
  const feed = await pageThrough(stack.gatewayUrl, PAGE_CHANGES, 'changes', stack.gateway);
  rows.push(pagingRow('paging the change feed, changes(first: 100, after:)', feed, 'gateway'));
  console.log('headline query …');
  await headline(stack, clients.ids);
  console.log(`load and a ${SOAK_SECONDS} s soak …`);
  await underLoad('sqlite', stack, clients.ids, clients.cursors, feed.cursors);
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  console.log(`\nrecordgraph big-company benchmark — ${CLIENTS} clients, ${INVOICES} invoices; separate processes on 127.0.0.1`);
  console.table(measured);
}
