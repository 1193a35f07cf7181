/**
 * recordgraph's gateway against its peers (issue 11), on the same running subgraphs: the five
 * subgraphs start once (`recordgraph serve <name>`, the default demo company on SQLite), then, each
 * in its own process on 127.0.0.1, recordgraph's gateway (`recordgraph serve gateway`, defaults
 * except rate limits, which are off: the peers have none), stock @apollo/gateway, Hive Gateway, Hive
 * Gateway with the Rust query planner, and a zero-cost gateway (bench/peers/replay.ts). Every
 * gateway answers the same supergraph, and every request carries the demo token, which each
 * gateway forwards to the subgraphs (they verify it again).
 *
 * 1. Identical data: each workload's requests (every client's headline query) go to every gateway,
 *    and each answer's `data` must equal stock @apollo/gateway's; a difference stops the run.
 * 2. Fetches per request: each subgraph's `recordgraph_requests_total` before and after a few
 *    requests through each gateway.
 * 3. Load (autocannon, BENCH_CONNECTIONS connections): a warm-up, then BENCH_ROUNDS rounds of
 *    BENCH_SECONDS per gateway and workload, the gateways' order rotating from round to round so
 *    none always follows the same neighbour. Workloads: the headline query for one client, the
 *    headline query for a different client each request, the 50-client list.
 *
 * "Gateway share of p50" is (p50 of the gateway − p50 of the zero-cost gateway) / p50 of the
 * gateway under the same load: the zero-cost gateway sends the very subgraph fetches stock
 * @apollo/gateway sends for that request (recorded with its query plan, the same plan recordgraph's
 * gateway runs), wave by wave, and returns the recorded answer without any GraphQL work, so what it
 * measures is the time spent waiting on the subgraphs. The rest of a gateway's p50 is its own.
 *
 * Run: npm run bench:peers   (BENCH_SECONDS=10, BENCH_ROUNDS=3, BENCH_CONNECTIONS=8,
 * BENCH_WARMUP_SECONDS=3, BENCH_WORKERS=1; quick: BENCH_SECONDS=3 BENCH_ROUNDS=1)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD } from '../lib/domains.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { SUPERGRAPH_PATH } from '../lib/schema.ts';
import { tokenFor } from '../test/support/auth.ts';
import type { Defer } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';
import { captureAnswers } from './peers/capture.ts';
import { positiveIntFrom } from './peers/cluster.ts';
import { differences } from './peers/compare.ts';
import { quantile, runLoad } from './peers/load.ts';
import { describePlan, fetchCount, READINESS_BODY } from './peers/replay.ts';
import {
  peerSupergraph,
  startGateway,
  startSubgraphs,
  subgraphRequestCounts,
  type GatewayKind,
  type RunningGateway,
  type Subgraphs,
} from './peers/stack.ts';

const SECONDS = positiveIntFrom(process.env.BENCH_SECONDS, 10, 'BENCH_SECONDS');
const ROUNDS = positiveIntFrom(process.env.BENCH_ROUNDS, 3, 'BENCH_ROUNDS');
const CONNECTIONS = positiveIntFrom(process.env.BENCH_CONNECTIONS, 8, 'BENCH_CONNECTIONS');
const WARMUP_SECONDS = positiveIntFrom(process.env.BENCH_WARMUP_SECONDS, 3, 'BENCH_WARMUP_SECONDS');
const WORKERS = positiveIntFrom(process.env.BENCH_WORKERS, 1, 'BENCH_WORKERS');
/** Requests per gateway and workload whose subgraph fetches are counted. */
const COUNTED_REQUESTS = 20;

/** The 50-client list of bench/headline.ts (LIST), word for word. */
const LIST = `{ clients(first: 50) { edges { node { id name revenue(months: 12) { amount } projects { name health } accountManager { name } } } totalCount } }`;

const GATEWAYS: readonly { kind: GatewayKind; label: string }[] = [
  { kind: 'recordgraph', label: 'recordgraph' },
  { kind: 'stock', label: 'stock @apollo/gateway' },
  { kind: 'hive', label: 'Hive Gateway' },
  { kind: 'hive-rust', label: 'Hive Gateway, Rust planner' },
  { kind: 'direct', label: 'zero-cost gateway (subgraphs only)' },
];

interface Workload {
  name: string;
  bodies: string[];
}

interface Measured {
  seconds: number;
  succeeded: number;
  failed: number;
  failure?: string;
  latenciesMs: number[];
  roundRates: number[];
}

async function main(defer: Defer): Promise<void> {
  const loadAtStart = loadavg();
  const dir = tempDir('recordgraph-peers-');
  defer(() => dir.remove());
  console.log(`Starting the subgraphs (default demo company, SQLite; logs in ${dir.path}) …`);
  const subgraphs = await startSubgraphs(dir.path, defer);
  const token = await tokenFor(['read'], { subject: 'bench-peers', ttl: '12h', auth: loadConfig({ NODE_ENV: 'development' }).auth });
  const headers = { authorization: `Bearer ${token}` };

  const ids = await clientIds(subgraphs.urls.crm, headers);
  const headline = (id: string) => JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id } });
  const workloads: Workload[] = [
    { name: 'headline, same client', bodies: [headline(ids[0] ?? '')] },
    { name: `headline, a different client each request (${ids.length})`, bodies: ids.map(headline) },
    { name: '50-client list', bodies: [JSON.stringify({ query: LIST })] },
  ];

  const sdl = peerSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphs.urls);
  const peerSupergraphPath = join(dir.path, 'supergraph.graphql');
  writeFileSync(peerSupergraphPath, sdl);
  console.log('Recording stock @apollo/gateway’s subgraph fetches for the zero-cost gateway …');
  const replay = await captureAnswers(sdl, [READINESS_BODY, ...workloads.flatMap((workload) => workload.bodies)], headers.authorization);
  const replayPath = join(dir.path, 'replay.json');
  writeFileSync(replayPath, JSON.stringify(replay));

  const start = { dir: dir.path, subgraphs, peerSupergraphPath, replayPath, workers: WORKERS, headers };
  const gateways: RunningGateway[] = [];
  for (const { kind, label } of GATEWAYS) {
    console.log(`Starting ${label} …`);
    gateways.push(await startGateway(kind, start, defer));
  }

  console.log('Checking that every gateway returns identical data …');
  for (const workload of workloads) await checkIdentical(workload, gateways, headers);

  const fetches = new Map<string, string>();
  for (const gateway of gateways)
    for (const workload of workloads)
      fetches.set(`${gateway.kind}|${workload.name}`, await countFetches(gateway, workload, subgraphs, headers));

  console.log(`Warming up (${WARMUP_SECONDS} s per gateway and workload) …`);
  for (const workload of workloads)
    for (const gateway of gateways)
      await runLoad({ url: gateway.url, bodies: workload.bodies, headers, connections: CONNECTIONS, seconds: WARMUP_SECONDS });

  const results = new Map<string, Measured>();
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`Round ${round + 1} of ${ROUNDS} …`);
    for (const workload of workloads) {
      const order = gateways.map((_, index) => gateways[(index + round) % gateways.length]).filter((gateway) => gateway !== undefined);
      for (const gateway of order) {
        const result = await runLoad({ url: gateway.url, bodies: workload.bodies, headers, connections: CONNECTIONS, seconds: SECONDS });
        const key = `${gateway.kind}|${workload.name}`;
        const sum = results.get(key) ?? { seconds: 0, succeeded: 0, failed: 0, latenciesMs: [], roundRates: [] };
        sum.seconds += result.seconds;
        sum.succeeded += result.succeeded;
        sum.failed += result.failed;
        sum.failure ??= result.failure;
        for (const latency of result.latenciesMs) sum.latenciesMs.push(latency);
        sum.roundRates.push(result.succeeded / result.seconds);
        results.set(key, sum);
      }
    }
  }

  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  for (const workload of workloads) {
    const stock = results.get(`stock|${workload.name}`);
    const direct = results.get(`direct|${workload.name}`);
    const stockRate = stock ? stock.succeeded / stock.seconds : Number.NaN;
    const directP50 = direct
      ? quantile(
          direct.latenciesMs.sort((a, b) => a - b),
          0.5,
        )
      : Number.NaN;
    for (const { kind, label } of GATEWAYS) {
      const measured = results.get(`${kind}|${workload.name}`);
      if (!measured) continue;
      const sorted = measured.latenciesMs.sort((a, b) => a - b);
      const rate = measured.succeeded / measured.seconds;
      const p50 = quantile(sorted, 0.5);
      rows.push({
        gateway: label,
        workload: workload.name,
        'req/s': rate.toFixed(0),
        'req/s by round': measured.roundRates.map((value) => value.toFixed(0)).join(' '),
        'p50 ms': p50.toFixed(1),
        'p99 ms': quantile(sorted, 0.99).toFixed(1),
        'vs stock': `${(rate / stockRate).toFixed(2)}×`,
        'gateway share of p50': kind === 'direct' ? '(floor)' : `${Math.round((100 * (p50 - directP50)) / p50)}%`,
        'fetches/request': fetches.get(`${kind}|${workload.name}`) ?? '',
        failed: measured.failed,
      });
      if (measured.failed > 0) failures.push(`${label}, ${workload.name}: ${measured.failed} failed, first: ${measured.failure ?? '?'}`);
    }
  }

  const loadAtEnd = loadavg();
  console.log(
    `\nrecordgraph and its peers on the same subgraphs (default demo company, SQLite, every process on 127.0.0.1):` +
      `\n  ${CONNECTIONS} connections, ${ROUNDS} round(s) of ${SECONDS} s per gateway and workload after ${WARMUP_SECONDS} s of warm-up; gateways interleaved` +
      `\n  gateway processes: ${WORKERS}${WORKERS > 1 ? workersNote() : ''}; the zero-cost gateway always runs one` +
      `\n  recordgraph's gateway: \`recordgraph serve gateway\` with its defaults, except RATE_LIMIT_ENABLED=false (the peers have no rate limits)` +
      `\n  load average (1, 5, 15 min): ${loadAtStart.map((value) => value.toFixed(2)).join(', ')} at the start, ${loadAtEnd.map((value) => value.toFixed(2)).join(', ')} at the end` +
      workloads
        .map((workload) => `\n  ${workload.name}: plan ${describePlan(replay.answers[workload.bodies[0] ?? '']?.plan ?? null)}`)
        .join('') +
      `\n  gateway share of p50 = (p50 − zero-cost p50) / p50: the part of a request's median time not spent waiting on subgraphs\n`,
  );
  console.table(rows);
  for (const line of failures) console.log(`  FAILED ${line}`);
  const planFetches = fetchCount(replay.answers[workloads[0]?.bodies[0] ?? '']?.plan ?? null);
  console.log(`  (stock @apollo/gateway's plan for the headline query sends ${planFetches} fetches)`);
  if (failures.length > 0) process.exitCode = 1;
}

/** Every client id, paged straight from the crm subgraph. */
async function clientIds(crmUrl: string, headers: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const body = (await post(crmUrl, headers, {
      query: `query ($after: String) { clients(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      variables: { after },
    })) as { data: { clients: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    ids.push(...body.data.clients.edges.map((edge) => edge.node.id));
    if (!body.data.clients.pageInfo.hasNextPage) return ids;
    after = body.data.clients.pageInfo.endCursor;
  }
}

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return response.json();
}

/** Fails loudly when a gateway's `data` differs from stock @apollo/gateway's, or when it answers with errors. */
async function checkIdentical(workload: Workload, gateways: RunningGateway[], headers: Record<string, string>): Promise<void> {
  const stock = gateways.find((gateway) => gateway.kind === 'stock');
  if (!stock) throw new Error('stock @apollo/gateway is not running');
  for (const body of workload.bodies) {
    const expected = (await post(stock.url, headers, body)) as { data?: unknown; errors?: unknown };
    for (const gateway of gateways) {
      const actual = gateway === stock ? expected : ((await post(gateway.url, headers, body)) as { data?: unknown; errors?: unknown });
      const problems = actual.errors ? [`errors: ${JSON.stringify(actual.errors).slice(0, 400)}`] : differences(expected.data, actual.data);
      if (expected.data === undefined || expected.data === null) problems.push('stock @apollo/gateway returned no data');
      if (problems.length > 0)
        throw new Error(
          `${gateway.kind} does not return identical data for ${workload.name} (${body.slice(0, 160)}…):\n  ${problems.join('\n  ')}`,
        );
    }
  }
  console.log(`  ${workload.name}: ${workload.bodies.length} request(s), identical data from all ${gateways.length}`);
}

/** Subgraph fetches per request through `gateway`, in total and by subgraph. */
async function countFetches(
  gateway: RunningGateway,
  workload: Workload,
  subgraphs: Subgraphs,
  headers: Record<string, string>,
): Promise<string> {
  const before = await subgraphRequestCounts(subgraphs.origins);
  for (let i = 0; i < COUNTED_REQUESTS; i++) await post(gateway.url, headers, workload.bodies[i % workload.bodies.length] ?? '');
  const after = await subgraphRequestCounts(subgraphs.origins);
  const per = SYSTEMS_OF_RECORD.map((name) => [name, (after[name] - before[name]) / COUNTED_REQUESTS] as const).filter(
    ([, count]) => count > 0,
  );
  const total = per.reduce((sum, [, count]) => sum + count, 0);
  return `${format(total)} (${per.map(([name, count]) => `${name} ${format(count)}`).join(', ')})`;
}

function format(count: number): string {
  return Number.isInteger(count) ? String(count) : count.toFixed(1);
}

function workersNote(): string {
  // GATEWAY_WORKERS is being added to recordgraph's gateway; until the compiled gateway reads it, it runs one process.
  const compiled = readFileSync(new URL('../dist/lib/config.js', import.meta.url), 'utf8');
  return compiled.includes('GATEWAY_WORKERS')
    ? ' (recordgraph: GATEWAY_WORKERS; stock and Hive: node:cluster)'
    : ' for stock and Hive (node:cluster); recordgraph runs ONE: this build does not read GATEWAY_WORKERS';
}

// Cleanups run last first, on success, on an exception and on Ctrl-C / SIGTERM.
const cleanups: (() => unknown)[] = [];
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: stopping every process and removing the temporary files …`);
    void cleanUp().then(() => process.exit(130));
  });
try {
  await main((cleanup) => cleanups.push(cleanup));
} finally {
  await cleanUp();
}
