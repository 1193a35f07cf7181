/**
 * What a headline query costs in CPU, in every process it touches: the gateway and each subgraph,
 * for recordgraph's gateway (with entity batching and without), stock @apollo/gateway and Hive
 * Gateway with the Rust query planner, on the same running subgraphs (bench/peers/stack.ts: the
 * default demo company on SQLite, each process on 127.0.0.1). The load is the headline query for a
 * different client each request, from BENCH_CONNECTIONS connections. On a 2-core machine that runs
 * the subgraphs too, throughput is about 2 cores divided by the total: the gateway's own CPU and
 * the work its fetches make the subgraphs do both count, so this says where a gateway's ratio to
 * the peers (`npm run bench:peers`) comes from.
 *
 * The subgraphs are warmed up first (BENCH_WARMUP_SECONDS through stock @apollo/gateway), then each
 * gateway in turn gets BENCH_SECONDS of load, BENCH_ROUNDS times, interleaved; CPU time is read from
 * /proc before and after each stretch and divided by the answers.
 *
 * Run: npm run bench:cpu   (BENCH_SECONDS=8, BENCH_ROUNDS=2, BENCH_CONNECTIONS=8, BENCH_WARMUP_SECONDS=20)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD } from '../lib/domains.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { SUPERGRAPH_PATH } from '../lib/schema.ts';
import { tokenFor } from '../test/support/auth.ts';
import type { Defer } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';
import { positiveIntFrom } from './peers/cluster.ts';
import { runLoad } from './peers/load.ts';
import { peerSupergraph, startGateway, startSubgraphs, type GatewayKind, type GatewayStart } from './peers/stack.ts';
import { cpuMs } from './support/cpu-time.ts';
import { clientIds } from './support/demo-requests.ts';

const SECONDS = positiveIntFrom(process.env.BENCH_SECONDS, 8, 'BENCH_SECONDS');
const ROUNDS = positiveIntFrom(process.env.BENCH_ROUNDS, 2, 'BENCH_ROUNDS');
const CONNECTIONS = positiveIntFrom(process.env.BENCH_CONNECTIONS, 8, 'BENCH_CONNECTIONS');
const WARMUP_SECONDS = positiveIntFrom(process.env.BENCH_WARMUP_SECONDS, 20, 'BENCH_WARMUP_SECONDS');

const GATEWAYS: { label: string; kind: GatewayKind; env?: Record<string, string> }[] = [
  { label: 'recordgraph', kind: 'recordgraph' },
  { label: 'recordgraph, BATCH_ENTITY_FETCHES=false', kind: 'recordgraph', env: { BATCH_ENTITY_FETCHES: 'false' } },
  { label: 'stock @apollo/gateway', kind: 'stock' },
  { label: 'Hive Gateway, Rust planner', kind: 'hive-rust' },
];

interface Stretch {
  requests: number;
  seconds: number;
  /** CPU ms per answered request, per process. */
  perRequest: Record<string, number>;
}

async function main(defer: Defer): Promise<void> {
  const dir = tempDir('recordgraph-cpu-');
  defer(() => dir.remove());
  console.log(`Starting the subgraphs (logs in ${dir.path}) …`);
  const subgraphs = await startSubgraphs(dir.path, defer);
  const token = await tokenFor(['read'], { subject: 'bench-cpu', ttl: '12h', auth: loadConfig({ NODE_ENV: 'development' }).auth });
  const headers = { authorization: `Bearer ${token}` };
  const bodies = (await clientIds(subgraphs.urls.crm, headers)).map((id) => JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id } }));
  const peerSupergraphPath = join(dir.path, 'supergraph.graphql');
  writeFileSync(peerSupergraphPath, peerSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphs.urls));
  const start = (env: Record<string, string> = {}): GatewayStart => ({
    dir: dir.path,
    subgraphs: { ...subgraphs, env: { ...subgraphs.env, ...env } },
    subgraphUrls: subgraphs.urls,
    peerSupergraphPath,
    replayPath: '',
    replayIds: [],
    workers: 1,
    hiveDedupe: true,
    headers,
  });

  console.log(`Warming the subgraphs up (${WARMUP_SECONDS} s) …`);
  const warm = await startGateway('stock', start(), defer);
  await runLoad({ url: warm.url, bodies, headers, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
  await warm.service.kill();

  const stretches = new Map<string, Stretch[]>();
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`Round ${round + 1} of ${ROUNDS} …`);
    for (const gateway of GATEWAYS) {
      const running = await startGateway(gateway.kind, start(gateway.env), defer);
      // Its own warm-up: a gateway's first seconds (JIT, plan cache) are not what it costs.
      await runLoad({ url: running.url, bodies, headers, connections: CONNECTIONS, seconds: 3 });
      const pids: Record<string, number | undefined> = { gateway: running.service.child.pid };
      for (const name of SYSTEMS_OF_RECORD) pids[name] = subgraphs.processes[name].child.pid;
      const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
      const result = await runLoad({ url: running.url, bodies, headers, connections: CONNECTIONS, seconds: SECONDS });
      if (result.failed > 0) throw new Error(`${gateway.label}: ${result.failed} requests failed (${result.failure ?? ''})`);
      const perRequest = Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => [name, (cpuMs(pid) - (before[name] ?? 0)) / result.succeeded]),
      );
      stretches.set(gateway.label, [
        ...(stretches.get(gateway.label) ?? []),
        { requests: result.succeeded, seconds: result.seconds, perRequest },
      ]);
      await running.service.kill();
    }
  }

  const rows = GATEWAYS.map(({ label }) => {
    const runs = stretches.get(label) ?? [];
    const requests = runs.reduce((sum, run) => sum + run.requests, 0);
    const mean = (name: string) => runs.reduce((sum, run) => sum + (run.perRequest[name] ?? 0) * run.requests, 0) / requests;
    const names = ['gateway', ...SYSTEMS_OF_RECORD];
    const total = names.reduce((sum, name) => sum + mean(name), 0);
    return {
      gateway: label,
      'req/s by round': runs.map((run) => Math.round(run.requests / run.seconds)).join(' '),
      ...Object.fromEntries(names.map((name) => [`${name} ms`, mean(name).toFixed(2)])),
      'total CPU ms': total.toFixed(2),
    };
  });
  console.log(
    `\nCPU per headline query (a different client each request), ${CONNECTIONS} connections, ${ROUNDS} round(s) of ${SECONDS} s per gateway, interleaved:`,
  );
  console.table(rows);
}

const cleanups: (() => unknown)[] = [];
try {
  await main((cleanup) => cleanups.push(cleanup));
} finally {
  for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
}
