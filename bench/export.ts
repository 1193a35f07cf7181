/**
 * Export benchmark: seeds a company big enough that the invoice export is over 200,000 rows
 * (EXPORT_CLIENTS clients, default 2,000; EXPORT_INVOICES invoices, default 250,000, of which
 * all but the few drafts are issued; EXPORT_PROJECTS projects, default 400) with
 * `recordgraph seed` on SQLite, runs the five subgraphs and the gateway as separate processes (the
 * gateway within its memory budget, gateway/memory.ts, as deploy/ runs it), and streams each
 * export from GET /export/<report>.<format> with a bearer token, reading as fast as it can. For
 * each: rows, wall time, rows/s, MB/s, and the gateway's resident memory before and at its peak
 * during the export (sampled from /proc every 50 ms): constant memory means the peak does not
 * grow with the rows. Nothing is kept: the client counts line ends as they arrive.
 *
 * Run: npm run bench:export (EXPORT_CLIENTS, EXPORT_INVOICES, EXPORT_PROJECTS;
 * EXPORT_SEEDED_DIR=<dir> serves SQLite stores seeded there before with `DATA_DIR=<dir> recordgraph seed`).
 */
import { GATEWAY_MEMORY_ENV } from '../gateway/memory.ts';
import { mintToken } from '../lib/auth/tokens.ts';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';
import { residentMb } from '../test/support/memory.ts';
import { freePort, runRecordgraph, runToExit, waitUntilReady, type ServiceProcess } from '../test/support/processes.ts';
import { createTestStores, tempDir, type TestStores } from '../test/support/stores.ts';

const CLIENTS = Number(process.env.EXPORT_CLIENTS ?? 2_000);
const INVOICES = Number(process.env.EXPORT_INVOICES ?? 250_000);
const PROJECTS = Number(process.env.EXPORT_PROJECTS ?? 400);
const SEEDED_DIR = process.env.EXPORT_SEEDED_DIR;
const EXPORTS = ['invoices.csv', 'invoices.ndjson', 'revenue-by-month.csv', 'time-by-week.csv'];

interface Row {
  export: string;
  rows: number;
  seconds: string;
  'rows/s': number;
  'MB/s': string;
  'gateway RSS before (MB)': number | null;
  'gateway RSS peak (MB)': number | null;
}

const cleanups: (() => unknown)[] = [];
const measured: Row[] = [];

async function seed(stores: TestStores, dataDir: string): Promise<void> {
  const started = performance.now();
  const done = await runToExit(['seed'], {
    ...stores.env,
    DATA_DIR: dataDir,
    SEED_CLIENTS: String(CLIENTS),
    SEED_INVOICES: String(INVOICES),
    SEED_PROJECTS: String(PROJECTS),
    LOG_LEVEL: 'warn',
  });
  if (done.status !== 0) throw new Error(`seed failed:\n${done.stdout}\n${done.stderr}`);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
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

/** The five subgraphs and the gateway as their own processes; the gateway's origin and process. */
async function start(stores: TestStores, dataDir: string): Promise<{ origin: string; gateway: ServiceProcess }> {
  const ports = {} as Record<RecordSystem | 'gateway', number>;
  for (const name of [...SYSTEMS_OF_RECORD, 'gateway'] as const) ports[name] = await freePort();
  const origin = (name: RecordSystem | 'gateway') => `http://127.0.0.1:${ports[name]}`;
  const common = {
    ...stores.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, `${origin(name)}/graphql`])),
  };
  const processes: ServiceProcess[] = [];
  cleanups.push(() => Promise.all(processes.map((service) => service.kill('SIGKILL'))));
  for (const name of SYSTEMS_OF_RECORD) {
    const service = runRecordgraph(name, ['serve', name], { ...common, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
    processes.push(service);
    await waitUntilReady(`${origin(name)}/readyz`, service, 300_000);
  }
  const gateway = runRecordgraph('gateway', ['serve', 'gateway'], {
    ...common,
    ...GATEWAY_MEMORY_ENV,
    GATEWAY_PORT: String(ports.gateway),
  });
  processes.push(gateway);
  await waitUntilReady(`${origin('gateway')}/readyz`, gateway, 120_000);
  return { origin: origin('gateway'), gateway };
}

/** Streams one export to its end, counting rows and bytes as they pass; the gateway's RSS sampled throughout. */
async function measure(url: string, token: string, gateway: ServiceProcess): Promise<Omit<Row, 'export'>> {
  const before = residentMb(gateway.child.pid);
  let peak = before ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMb(gateway.child.pid) ?? 0)), 50);
  const started = performance.now();
  let lines = 0;
  let bytes = 0;
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.byteLength;
      for (const byte of read.value) if (byte === 0x0a) lines += 1;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = url.includes('.csv') ? lines - 1 : lines; // the CSV header row
  return {
    rows,
    seconds: seconds.toFixed(1),
    'rows/s': Math.round(rows / seconds),
    'MB/s': (bytes / 1024 / 1024 / seconds).toFixed(1),
    'gateway RSS before (MB)': before,
    'gateway RSS peak (MB)': peak || null,
  };
}

async function main(): Promise<void> {
  let serving: { stores: TestStores; dataDir: string };
  if (SEEDED_DIR) serving = { stores: seededStores(SEEDED_DIR), dataDir: SEEDED_DIR };
  else {
    const stores = await createTestStores('sqlite');
    const data = tempDir('recordgraph-export-');
    cleanups.push(
      () => data.remove(),
      () => stores.drop(),
    );
    console.log(`seeding ${CLIENTS} clients, ${INVOICES} invoices and ${PROJECTS} projects on SQLite …`);
    await seed(stores, data.path);
    serving = { stores, dataDir: data.path };
  }
  const { origin, gateway } = await start(serving.stores, serving.dataDir);
  const token = await mintToken(loadConfig({}).auth, { scopes: ['read'], subject: 'bench-export', ttl: '2h' });
  // Warms the processes and the stores' caches; not measured.
  await measure(`${origin}/export/revenue-by-month.csv`, token, gateway);
  for (const name of EXPORTS) {
    console.log(`exporting ${name} …`);
    const row = { export: name, ...(await measure(`${origin}/export/${name}`, token, gateway)) };
    measured.push(row);
    console.log(
      `  ${row.rows} rows in ${row.seconds} s: ${row['rows/s']} rows/s, gateway RSS ${row['gateway RSS before (MB)']} → peak ${row['gateway RSS peak (MB)']} MB`,
    );
  }
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  console.log(
    `\nrecordgraph export benchmark — ${CLIENTS} clients, ${INVOICES} invoices, ${PROJECTS} projects; SQLite, separate processes on 127.0.0.1`,
  );
  console.table(measured);
}
