/**
 * Commit-to-delivery latency of announced changes: the product runs in-process (all four
 * subgraphs and the gateway, no demo data), writes go to the gateway over HTTP, and a durable
 * consumer on the bus notes when each event arrives. Latency is arrival time minus the event's
 * `occurredAt`, which the write stamps inside its transaction just before it commits (so the
 * figure includes the commit itself; millisecond resolution). Once with the embedded bus on
 * SQLite, once with NATS JetStream on PostgreSQL (skipped with a note when either is missing).
 * Run: npm run bench:events   (BENCH_EVENTS, default 300 per scenario)
 */
import { startServices, type RunningServices } from '../cli/services.ts';
import { loadConfig } from '../lib/config.ts';
import { deleteStream, natsReachable, NATS_TEST_URL, uniqueStreamName } from '../test/support/nats.ts';
import { ANY_FREE_PORT, createTestStores, PG_ADMIN_URL, type TestStoreKind } from '../test/support/stores.ts';
import { fullAccessToken } from '../test/support/auth.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300);
const CONCURRENCY = 8;

interface Row {
  bus: string;
  store: TestStoreKind;
  scenario: string;
  events: number;
  'p50 ms': string;
  'p99 ms': string;
  'max ms': string;
}

const now = () => performance.timeOrigin + performance.now();

async function write(url: string, token: string, id: string, name: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($id: ID!, $name: String!) { updateClient(id: $id, input: { name: $name }) { version } }`,
      variables: { id, name },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`benchmark write failed: ${JSON.stringify(body.errors)}`);
}

async function createClient(url: string, token: string, name: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation ($name: String!) { createClient(input: { name: $name }) { id } }`, variables: { name } }),
  });
  const body = (await response.json()) as { data?: { createClient: { id: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`benchmark write failed: ${JSON.stringify(body.errors)}`);
  return body.data.createClient.id;
}

/** Runs `count` writes, `concurrency` at a time, and waits until the consumer has seen each one's event. */
async function scenario(
  running: RunningServices,
  arrivals: Map<string, number[]>,
  label: { bus: string; store: TestStoreKind; scenario: string },
  concurrency: number,
): Promise<Row> {
  const url = running.gatewayUrl ?? '';
  const token = await fullAccessToken();
  arrivals.clear();
  const ids = await Promise.all(Array.from({ length: concurrency }, (_, i) => createClient(url, token, `Latency ${label.scenario} ${i}`)));
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    ids.map(async (id) => {
      while (next < EVENTS) {
        next += 1;
        await write(url, token, id, `Latency ${next}`);
        // One at a time means one event in flight: the next write waits for this one's arrival.
        if (concurrency === 1) await waitFor(() => (arrivals.get(id)?.length ?? 0) >= next + 1);
      }
    }),
  );
  await waitFor(() => [...arrivals.values()].reduce((sum, list) => sum + list.length, 0) >= EVENTS + concurrency);
  for (const list of arrivals.values()) latencies.push(...list);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  return { ...label, events: latencies.length, 'p50 ms': at(0.5), 'p99 ms': at(0.99), 'max ms': (latencies.at(-1) ?? 0).toFixed(1) };
}

async function waitFor(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('benchmark: events did not arrive within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function benchmark(bus: 'embedded' | 'nats', store: TestStoreKind): Promise<Row[]> {
  const stores = await createTestStores(store);
  const stream = uniqueStreamName();
  const ports = ANY_FREE_PORT;
  const config = loadConfig({
    ...ports,
    ...stores.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    ...(bus === 'nats' ? { NATS_URL: NATS_TEST_URL, NATS_STREAM: stream } : {}),
  });
  const running = await startServices({ config });
  const arrivals = new Map<string, number[]>();
  const consumer = running.bus.consume('bench-latency', { types: ['Client.*'] }, async ({ event }) => {
    const list = arrivals.get(event.entityId) ?? [];
    list.push(now() - Date.parse(event.occurredAt));
    arrivals.set(event.entityId, list);
  });
  try {
    const label = { bus: bus === 'nats' ? 'NATS JetStream' : 'embedded (SQLite log)', store };
    return [
      await scenario(running, arrivals, { ...label, scenario: 'one write at a time' }, 1),
      await scenario(running, arrivals, { ...label, scenario: `${CONCURRENCY} concurrent writers` }, CONCURRENCY),
    ];
  } finally {
    await consumer.stop();
    await running.stop();
    await stores.drop();
    if (bus === 'nats') await deleteStream(stream);
  }
}

const rows: Row[] = [];
const notes: string[] = [];
rows.push(...(await benchmark('embedded', 'sqlite')));
if (!(await natsReachable())) notes.push(`NATS JetStream: skipped (${NATS_TEST_URL} unreachable)`);
else {
  try {
    rows.push(...(await benchmark('nats', 'postgres')));
  } catch (error: unknown) {
    notes.push(`NATS on PostgreSQL: skipped (${PG_ADMIN_URL}: ${error instanceof Error ? error.message : String(error)})`);
  }
}
console.log(
  `\nrecordgraph events benchmark — commit-to-delivery latency to a durable bus consumer, everything in one process on 127.0.0.1`,
);
for (const note of notes) console.log(`  ${note}`);
console.table(rows);
