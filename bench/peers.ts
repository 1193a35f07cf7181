/**
 * recordgraph's gateway against its peers (issue 11), on the same running subgraphs: the five
 * subgraphs start once (`recordgraph serve <name>`, the default demo company on SQLite), then, each
 * in its own process on 127.0.0.1, recordgraph's gateway (`recordgraph serve gateway`, defaults
 * except rate limits, which are off: the peers have none), stock @apollo/gateway, Hive Gateway, Hive
 * Gateway with the Rust query planner, and a zero-cost gateway (bench/peers/replay.ts). Every
 * gateway answers the same supergraph, and every request carries the demo token, which each
 * gateway forwards to the subgraphs (they verify it again).
 *
 * 1. Recording: a second instance of each gateway, behind recording proxies (bench/peers/recorder.ts),
 *    answers every request of every workload one at a time (every client's headline query); its
 *    subgraph fetches and its answer are kept. Each answer's `data` must equal stock
 *    @apollo/gateway's; a difference stops the run. The instances measured next answer each
 *    workload's first request identically too.
 * 2. Load (autocannon, BENCH_CONNECTIONS connections): a warm-up, then BENCH_ROUNDS rounds of
 *    BENCH_SECONDS per gateway and workload, the gateways' order rotating from round to round so
 *    none always follows the same neighbour. Workloads: the headline query for one client, the
 *    headline query for a different client each request, the 50-client list. Each subgraph's
 *    `recordgraph_requests_total` is read before and after each stretch: fetches per request under
 *    load, beside the fetches per request one at a time (the recording).
 *
 * "Gateway share of p50" is (p50 of the gateway − p50 of its zero-cost gateway) / p50 of the
 * gateway, under the same load. A zero-cost gateway (bench/peers/replay.ts) replays the very
 * subgraph fetches that gateway sent for each request, in the order it sent them, shares identical
 * fetches in flight when the gateway does (Hive's HTTP executor does by default), and returns the
 * recorded answer without any GraphQL work: what it measures is the time spent waiting on the
 * subgraphs. The rest of a gateway's p50 is its own (parsing, validating, planning, merging,
 * serialising, and whatever else it does per request).
 *
 * Run: npm run bench:peers   (BENCH_SECONDS=10, BENCH_ROUNDS=3, BENCH_CONNECTIONS=8,
 * BENCH_WARMUP_SECONDS=3, BENCH_WORKERS=1, BENCH_HIVE_DEDUPE=true; quick: BENCH_SECONDS=3 BENCH_ROUNDS=1)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { SUPERGRAPH_PATH } from '../lib/schema.ts';
import { tokenFor } from '../test/support/auth.ts';
import type { Defer } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';
import { clientIds, LIST } from './support/demo-requests.ts';
import { positiveIntFrom } from './peers/cluster.ts';
import { canonical, differences } from './peers/compare.ts';
import { quantile, runLoad } from './peers/load.ts';
import { startRecorders } from './peers/recorder.ts';
import { describeWaves, READINESS_BODY, type RecordedAnswer, type ReplayFile } from './peers/replay.ts';
import {
  peerSupergraph,
  startGateway,
  startSubgraphs,
  subgraphRequestCounts,
  type GatewayKind,
  type RunningGateway,
} from './peers/stack.ts';

const SECONDS = positiveIntFrom(process.env.BENCH_SECONDS, 10, 'BENCH_SECONDS');
const ROUNDS = positiveIntFrom(process.env.BENCH_ROUNDS, 3, 'BENCH_ROUNDS');
const CONNECTIONS = positiveIntFrom(process.env.BENCH_CONNECTIONS, 8, 'BENCH_CONNECTIONS');
const WARMUP_SECONDS = positiveIntFrom(process.env.BENCH_WARMUP_SECONDS, 3, 'BENCH_WARMUP_SECONDS');
const WORKERS = positiveIntFrom(process.env.BENCH_WORKERS, 1, 'BENCH_WORKERS');
/** BENCH_HIVE_DEDUPE=false: Hive Gateway without its default sharing of identical subgraph fetches in flight. */
const HIVE_DEDUPE = process.env.BENCH_HIVE_DEDUPE !== 'false';

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
  /** Subgraph requests while it ran (every subgraph's recordgraph_requests_total). */
  fetches: number;
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

  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const supergraphFor = (name: string, urls: Record<RecordSystem, string>) => {
    const path = join(dir.path, name);
    writeFileSync(path, peerSupergraph(sdl, urls));
    return path;
  };
  const base = {
    dir: dir.path,
    subgraphs,
    subgraphUrls: subgraphs.urls,
    peerSupergraphPath: supergraphFor('supergraph.graphql', subgraphs.urls),
    replayPath: join(dir.path, 'replays.json'),
    replayIds: [] as string[],
    workers: WORKERS,
    hiveDedupe: HIVE_DEDUPE,
    headers,
  };

  // Each gateway's own fetches, recorded by a second instance of it behind recording proxies.
  const recorders = await startRecorders(subgraphs.urls, defer);
  const recorded = {
    ...base,
    subgraphUrls: recorders.urls,
    peerSupergraphPath: supergraphFor('recorded.graphql', recorders.urls),
    workers: 1,
  };
  const bodies = [READINESS_BODY, ...workloads.flatMap((workload) => workload.bodies)];
  const recordings = new Map<GatewayKind, Record<string, RecordedAnswer>>();
  for (const { kind, label } of GATEWAYS) {
    if (kind === 'direct') continue;
    console.log(`Recording the subgraph fetches of ${label} (${bodies.length} requests, one at a time) …`);
    const instance = await startGateway(kind, { ...recorded, logSuffix: '-recording' }, defer);
    recorders.take('');
    const answers: Record<string, RecordedAnswer> = {};
    for (const body of bodies) answers[body] = recorders.take(await postText(instance.url, headers, body));
    await instance.service.kill();
    recordings.set(kind, answers);
  }
  checkIdentical(workloads, recordings);

  // Gateways that sent the very same fetches share one replay.
  const replays: ReplayFile = {};
  const replayOf = new Map<GatewayKind, string>();
  const members = new Map<string, string[]>();
  for (const [kind, answers] of recordings) {
    const dedupe = HIVE_DEDUPE && (kind === 'hive' || kind === 'hive-rust');
    const signature = canonical([dedupe, Object.entries(answers).map(([body, answer]) => [body, answer.fetches])]);
    const same = [...replayOf.entries()].find(([other]) => signatureOf(replays, replayOf.get(other) ?? '') === signature);
    const id = same ? same[1] : kind;
    if (!same) replays[id] = { dedupe, answers };
    replayOf.set(kind, id);
    members.set(id, [...(members.get(id) ?? []), GATEWAYS.find((gateway) => gateway.kind === kind)?.label ?? kind]);
  }
  writeFileSync(base.replayPath, JSON.stringify(replays));

  const running = new Map<GatewayKind, RunningGateway>();
  for (const { kind, label } of GATEWAYS) {
    console.log(`Starting ${label} …`);
    running.set(kind, await startGateway(kind, { ...base, replayIds: Object.keys(replays) }, defer));
  }
  const targets: Target[] = [];
  for (const { kind, label } of GATEWAYS) {
    const gateway = running.get(kind);
    if (!gateway) continue;
    if (kind !== 'direct') targets.push({ label, url: gateway.url, floor: replayOf.get(kind) });
    else
      for (const id of Object.keys(replays))
        targets.push({
          label: `zero-cost: fetches of ${(members.get(id) ?? []).join(' = ')}`,
          url: `${gateway.url}/${id}/graphql`,
          replay: id,
        });
  }
  await checkLive(workloads, targets, headers);

  console.log(`Warming up (${WARMUP_SECONDS} s per gateway and workload) …`);
  for (const workload of workloads)
    for (const target of targets)
      await runLoad({ url: target.url, bodies: workload.bodies, headers, connections: CONNECTIONS, seconds: WARMUP_SECONDS });

  const results = new Map<string, Measured>();
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`Round ${round + 1} of ${ROUNDS} …`);
    for (const workload of workloads) {
      const order = targets.map((_, index) => targets[(index + round) % targets.length]).filter((target) => target !== undefined);
      for (const target of order) {
        const before = await subgraphRequestCounts(subgraphs.origins);
        const result = await runLoad({ url: target.url, bodies: workload.bodies, headers, connections: CONNECTIONS, seconds: SECONDS });
        const after = await subgraphRequestCounts(subgraphs.origins);
        const key = `${target.label}|${workload.name}`;
        const sum = results.get(key) ?? { seconds: 0, succeeded: 0, failed: 0, fetches: 0, latenciesMs: [], roundRates: [] };
        sum.seconds += result.seconds;
        sum.succeeded += result.succeeded;
        sum.failed += result.failed;
        sum.failure ??= result.failure;
        sum.fetches += SYSTEMS_OF_RECORD.reduce((total, name) => total + after[name] - before[name], 0);
        for (const latency of result.latenciesMs) sum.latenciesMs.push(latency);
        sum.roundRates.push(result.succeeded / result.seconds);
        results.set(key, sum);
      }
    }
  }

  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  for (const workload of workloads) {
    const p50Of = (label: string) => quantile(results.get(`${label}|${workload.name}`)?.latenciesMs.sort((a, b) => a - b) ?? [], 0.5);
    const stock = results.get(`${GATEWAYS[1]?.label ?? ''}|${workload.name}`);
    const stockRate = stock ? stock.succeeded / stock.seconds : Number.NaN;
    for (const target of targets) {
      const measured = results.get(`${target.label}|${workload.name}`);
      if (!measured) continue;
      const sorted = measured.latenciesMs.sort((a, b) => a - b);
      const rate = measured.succeeded / measured.seconds;
      const p50 = quantile(sorted, 0.5);
      const floor = targets.find((other) => other.replay !== undefined && other.replay === target.floor);
      const recording = recordings.get(GATEWAYS.find((gateway) => gateway.label === target.label)?.kind ?? 'direct');
      const replay = target.replay ? replays[target.replay] : undefined;
      rows.push({
        gateway: target.label,
        workload: workload.name,
        'req/s': rate.toFixed(0),
        'req/s by round': measured.roundRates.map((value) => value.toFixed(0)).join(' '),
        'p50 ms': p50.toFixed(1),
        'p99 ms': quantile(sorted, 0.99).toFixed(1),
        'vs stock': `${(rate / stockRate).toFixed(2)}×`,
        'gateway share of p50': floor ? `${Math.round((100 * (p50 - p50Of(floor.label))) / p50)}%` : '',
        'fetches/request': fetchesAlone(workload, recording ?? replay?.answers),
        'fetches/request under load': (measured.fetches / (measured.succeeded + measured.failed)).toFixed(1),
        failed: measured.failed,
      });
      if (measured.failed > 0)
        failures.push(`${target.label}, ${workload.name}: ${measured.failed} failed, first: ${measured.failure ?? '?'}`);
    }
  }

  const loadAtEnd = loadavg();
  const stockAnswers = recordings.get('stock') ?? {};
  console.log(
    `\nrecordgraph and its peers on the same subgraphs (default demo company, SQLite, every process on 127.0.0.1):` +
      `\n  ${CONNECTIONS} connections, ${ROUNDS} round(s) of ${SECONDS} s per gateway and workload after ${WARMUP_SECONDS} s of warm-up; gateways interleaved` +
      `\n  gateway processes: ${WORKERS}${WORKERS > 1 ? ' (recordgraph: GATEWAY_WORKERS; stock and Hive: node:cluster)' : ''}; the zero-cost gateway always runs one` +
      `\n  recordgraph's gateway: \`recordgraph serve gateway\` with its defaults, except RATE_LIMIT_ENABLED=false and ENTITY_CACHE=off (the peers have neither)` +
      `\n  Hive Gateway: its defaults${HIVE_DEDUPE ? ', sharing identical subgraph fetches in flight (deduplicateInflightRequests)' : ', except deduplicateInflightRequests=false (BENCH_HIVE_DEDUPE=false)'}` +
      `\n  load average (1, 5, 15 min): ${loadAtStart.map((value) => value.toFixed(2)).join(', ')} at the start, ${loadAtEnd.map((value) => value.toFixed(2)).join(', ')} at the end` +
      [...recordings.entries()]
        .flatMap(([kind, answers]) =>
          workloads.map((workload) => `\n  ${kind}, ${workload.name}: ${describeWaves(answers[workload.bodies[0] ?? '']?.fetches ?? [])}`),
        )
        .join('') +
      `\n  gateway share of p50 = (p50 − p50 of the zero-cost gateway replaying its own fetches) / p50: the part of a request's median time not spent waiting on subgraphs` +
      `\n  identical data: every gateway's answer to each of the ${Object.keys(stockAnswers).length - 1} requests equals stock @apollo/gateway's\n`,
  );
  console.table(rows);
  for (const line of failures) console.log(`  FAILED ${line}`);
  if (failures.length > 0) process.exitCode = 1;
}

interface Target {
  label: string;
  url: string;
  /** The replay that measures this gateway's subgraph waits. */
  floor?: string;
  /** For the zero-cost gateway: the replay it serves. */
  replay?: string;
}

function signatureOf(replays: ReplayFile, id: string): string | undefined {
  const replay = replays[id];
  return replay && canonical([replay.dedupe, Object.entries(replay.answers).map(([body, answer]) => [body, answer.fetches])]);
}

/** Fetches per request when requests come one at a time (the recording), in total and by subgraph. */
function fetchesAlone(workload: Workload, answers: Record<string, RecordedAnswer> | undefined): string {
  if (!answers) return '';
  const by = new Map<string, number>();
  for (const body of workload.bodies)
    for (const fetch of answers[body]?.fetches ?? []) by.set(fetch.service, (by.get(fetch.service) ?? 0) + 1);
  const per = (count: number) => format(count / workload.bodies.length);
  const total = [...by.values()].reduce((sum, count) => sum + count, 0);
  return `${per(total)} (${[...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, count]) => `${service} ${per(count)}`)
    .join(', ')})`;
}

async function postText(url: string, headers: Record<string, string>, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return response.text();
}

/** Fails loudly when a gateway's `data` differs from stock @apollo/gateway's, or when it answers with errors. */
function compareAnswers(label: string, body: string, expectedText: string, actualText: string): void {
  const expected = JSON.parse(expectedText) as { data?: unknown; errors?: unknown };
  const actual = JSON.parse(actualText) as { data?: unknown; errors?: unknown };
  const problems = actual.errors ? [`errors: ${JSON.stringify(actual.errors).slice(0, 400)}`] : differences(expected.data, actual.data);
  if (expected.errors || expected.data === undefined || expected.data === null)
    problems.push(`stock @apollo/gateway answered ${expectedText.slice(0, 400)}`);
  if (problems.length > 0)
    throw new Error(`${label} does not return identical data for ${body.slice(0, 160)}…:\n  ${problems.join('\n  ')}`);
}

/** Every recorded answer of every gateway against stock's, for every request of every workload. */
function checkIdentical(workloads: Workload[], recordings: Map<GatewayKind, Record<string, RecordedAnswer>>): void {
  const stock = recordings.get('stock') ?? {};
  for (const workload of workloads) {
    for (const body of workload.bodies)
      for (const [kind, answers] of recordings) compareAnswers(kind, body, stock[body]?.response ?? '{}', answers[body]?.response ?? '{}');
    console.log(`  identical data: ${workload.name}, ${workload.bodies.length} request(s), all ${recordings.size} gateways`);
  }
}

/** The running instances (and every replay) answer each workload's first request as stock did. */
async function checkLive(workloads: Workload[], targets: Target[], headers: Record<string, string>): Promise<void> {
  const stock = targets[1];
  if (!stock) throw new Error('stock @apollo/gateway is not running');
  for (const workload of workloads) {
    const body = workload.bodies[0] ?? '';
    const expected = await postText(stock.url, headers, body);
    for (const target of targets) compareAnswers(target.label, body, expected, await postText(target.url, headers, body));
  }
}

function format(count: number): string {
  return Number.isInteger(count) ? String(count) : count.toFixed(1);
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
