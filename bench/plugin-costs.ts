/**
 * What each of the gateway's own parts costs (issue 11): the product as separate `recordgraph
 * serve` processes (development mode, SQLite, the default demo company), the headline query for a
 * different client each request from BENCH_CONNECTIONS (8) connections for BENCH_SECONDS (20),
 * while the gateway is CPU-profiled (bench/support/cpu-profile.mjs). Each sample is charged to the
 * leaf-most frame that belongs to one of our parts (its own code and the libraries only it uses:
 * pino for logging, jose for auth, prom-client for metrics…); samples whose leaf-most known frame
 * is Apollo Gateway, Apollo Server, graphql-js, express or Node's HTTP server are the engine's.
 * Printed: each part's share of the gateway's busy CPU and its milliseconds per request (the
 * gateway's CPU time per request, read from /proc, times that share). The entity cache is off
 * unless BENCH_ENTITY_CACHE=on, so every request takes the whole path. Rate limits run with a
 * budget the load never reaches, so they are measured, not refusing.
 * Run: npm run bench:plugins   (builds first: the processes run what `npm run build` compiled)
 */
import { readFileSync } from 'node:fs';
import { cpuMs } from './support/cpu-time.ts';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { fullAccessToken } from '../test/support/auth.ts';
import { startProcessStack } from '../test/support/process-stack.ts';
import { withTeardown } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';
import { clientIds } from './support/demo-requests.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

/** Our parts, by where their frames come from: a path under dist/ or a package only that part uses. */
const PARTS: [part: string, sources: string[]][] = [
  ['auth (token verification)', ['dist/lib/auth/', 'node_modules/jose/']],
  ['logging', ['dist/lib/observability/logger.js', 'node_modules/pino', 'node_modules/sonic-boom/', 'node_modules/fast-redact/']],
  [
    'metrics',
    [
      'dist/lib/observability/metrics.js',
      'dist/lib/observability/operation-labels.js',
      'dist/lib/observability/plugin.js',
      'node_modules/prom-client/',
      'node_modules/tdigest/',
      'node_modules/bintrees/',
    ],
  ],
  [
    'request scope (ids, AsyncLocalStorage)',
    [
      'dist/lib/observability/request-scope.js',
      'dist/lib/observability/request-id.js',
      'dist/lib/observability/http.js',
      'node:async_hooks',
      'node:internal/async_hooks',
      'node:internal/async_local_storage',
    ],
  ],
  ['tracing (OpenTelemetry API, no exporter)', ['dist/lib/observability/tracing.js', 'node_modules/@opentelemetry/']],
  ['persisted queries', ['dist/lib/cache/', 'node_modules/@apollo/utils.keyvaluecache/', 'node_modules/keyv/', 'node_modules/@keyv/']],
  [
    'operation limits',
    ['dist/lib/http/operation-limits.js', 'dist/lib/http/operation-cost.js', 'node_modules/@escape.tech/', 'node_modules/lru-cache/'],
  ],
  ['input text check', ['dist/lib/http/input-text.js']],
  [
    'deadlines and shedding',
    ['dist/lib/http/shedding.js', 'dist/lib/http/deadline.js', 'dist/lib/http/abandoned-work.js', 'dist/lib/http/memory-ceiling.js'],
  ],
  ['rate limits', ['dist/gateway/rate-limits.js', 'node_modules/rate-limiter-flexible/']],
  ['security headers and HTTP errors', ['dist/lib/http/security-headers.js', 'dist/lib/http/http-errors.js', 'node_modules/helmet/']],
  ['response size', ['dist/lib/http/response-size.js']],
  [
    'data source (breaker, retries, deadline, errors)',
    [
      'dist/gateway/datasources/SubgraphDataSource.js',
      'dist/gateway/datasources/breaker.js',
      'dist/gateway/datasources/retries.js',
      'dist/gateway/datasources/deadline-fetch.js',
      'dist/gateway/datasources/downstream-errors.js',
      'dist/gateway/context.js',
      'dist/gateway/http-status.js',
    ],
  ],
  ['in-flight sharing', ['dist/gateway/sharing/']],
  ['entity cache', ['dist/gateway/entity-cache/', 'dist/lib/writes/announced.js']],
  ['subgraph HTTP client (undici)', ['dist/gateway/datasources/subgraph-http.js', 'node_modules/undici/']],
];
const ENGINE = 'engine: Apollo Gateway, Apollo Server, graphql-js, express, Node HTTP';
/** Frames charged to whoever called them: Node natives and helpers several parts use. */
const TRANSPARENT = ['node_modules/cockatiel/'];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function partOf(node: ProfileNode): string | null {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName === '(garbage collector)' ? 'garbage collection' : functionName === '(idle)' ? 'idle' : null;
  if (TRANSPARENT.some((source) => url.includes(source))) return null;
  return PARTS.find(([, sources]) => sources.some((source) => url.includes(source)))?.[0] ?? ENGINE;
}

function attribute(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const charged = new Map<number, string>();
  const chargeOf = (id: number): string => {
    const known = charged.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const part = (node && partOf(node)) ?? (up === undefined ? ENGINE : chargeOf(up));
    charged.set(id, part);
    return part;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const part = chargeOf(id);
    totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

const dir = tempDir('recordgraph-plugin-costs-');
const profilePath = join(dir.path, 'gateway.cpuprofile');
const rows: Record<string, string | number>[] = [];
let summary = '';
const teardown = await withTeardown(async (defer) => {
  const stack = await startProcessStack(defer, {
    gatewayEnv: {
      NODE_OPTIONS: `--import ${new URL('./support/cpu-profile.mjs', import.meta.url).href}`,
      CPU_PROFILE_PATH: profilePath,
      RATE_LIMIT_ENABLED: 'true',
      // Off by default: every request then takes the whole path, as it does for the peers (BENCH_ENTITY_CACHE=on: warm).
      ENTITY_CACHE: process.env.BENCH_ENTITY_CACHE ?? 'off',
      RATE_LIMIT_POINTS: '1000000000',
    },
  });
  const token = await fullAccessToken();
  const url = stack.gatewayUrl;
  const ids = await clientIds(url, { authorization: `Bearer ${token}` });
  const gateway = stack.service('gateway').child;
  const body = (i: number) => JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id: ids[i % ids.length] } });
  const load = async (seconds: number) => {
    let i = 0;
    return autocannon({
      url,
      method: 'POST',
      connections: CONNECTIONS,
      duration: seconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [{ setupRequest: (request) => ({ ...request, body: body(i++) }) }],
    });
  };
  await load(3); // warm-up: plans, caches, JIT
  gateway.kill('SIGUSR2');
  const before = cpuMs(gateway.pid);
  const result = await load(SECONDS);
  const perRequest = (cpuMs(gateway.pid) - before) / result.requests.total;
  await stack.service('gateway').kill('SIGTERM');
  const totals = attribute(JSON.parse(readFileSync(profilePath, 'utf8')) as Profile);
  const busy = [...totals].filter(([part]) => part !== 'idle').reduce((sum, [, us]) => sum + us, 0);
  for (const [part, us] of [...totals].filter(([name]) => name !== 'idle').sort((a, b) => b[1] - a[1])) {
    rows.push({
      part,
      'share of gateway CPU': `${((100 * us) / busy).toFixed(1)} %`,
      'ms per request': ((perRequest * us) / busy).toFixed(2),
    });
  }
  const failed = result.non2xx + result.errors;
  summary = `${result.requests.total} requests in ${SECONDS} s (${result.requests.average} req/s, p50 ${result.latency.p50} ms), ${failed} failed; gateway CPU ${perRequest.toFixed(1)} ms per request`;
});
await teardown();
dir.remove();
console.log(
  `\nrecordgraph gateway: the cost of each part — headline query, a different client each request, ${CONNECTIONS} connections, entity cache ${process.env.BENCH_ENTITY_CACHE ?? 'off'}`,
);
console.log(`  ${summary}\n`);
console.table(rows);
