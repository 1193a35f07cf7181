/**
 * Gateway memory benchmark: the five subgraphs once (`recordgraph serve <name>`, the default demo
 * company on SQLite), then the gateway (`recordgraph serve gateway`) in its own process, four
 * times: with Node's defaults and with its memory budget (gateway/memory.ts, as deploy/ runs it),
 * each with the entity cache off and on. Each is loaded with the headline query for a different
 * client each request from 8 connections for BENCH_SECONDS (default 20), its resident memory
 * sampled every 200 ms from /proc. Prints a table: RSS idle, peak and at the end, req/s.
 * Run: npm run bench:memory   (BENCH_SECONDS, BENCH_CONNECTIONS)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_MEMORY_ENV } from '../gateway/memory.ts';
import { loadConfig } from '../lib/config.ts';
import { SYSTEMS_OF_RECORD } from '../lib/domains.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { tokenFor } from '../test/support/auth.ts';
import { residentMb } from '../test/support/memory.ts';
import { freePort } from '../test/support/processes.ts';
import { runLoad } from './peers/load.ts';
import { spawnRecordgraph, waitUntilAnswering } from './peers/processes.ts';
import { startSubgraphs } from './peers/stack.ts';
import { clientIds } from './support/demo-requests.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
/** The bound on the gateway's resident memory under load. */
const TARGET_MB = 250;

const SETTINGS = {
  'Node defaults': {},
  'memory budget (gateway/memory.ts)': GATEWAY_MEMORY_ENV,
} as const;

const cleanups: (() => unknown)[] = [];
const dir = mkdtempSync(join(tmpdir(), 'recordgraph-memory-'));
cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
const rows: Record<string, string | number>[] = [];
try {
  console.log('recordgraph gateway: resident memory under load, the default demo company');
  const subgraphs = await startSubgraphs(dir, (stop) => void cleanups.push(stop));
  const token = await tokenFor(['read'], { subject: 'bench-memory', ttl: '1h', auth: loadConfig({ NODE_ENV: 'development' }).auth });
  const headers = { authorization: `Bearer ${token}` };
  const bodies = (await clientIds(subgraphs.urls.crm, headers)).map((id) => JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id } }));
  for (const [settings, env] of Object.entries(SETTINGS)) {
    for (const cache of ['off', 'on'] as const) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/graphql`;
      const gateway = spawnRecordgraph(
        'gateway',
        ['serve', 'gateway'],
        {
          ...subgraphs.env,
          ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, subgraphs.urls[name]])),
          NODE_ENV: 'development',
          GATEWAY_PORT: String(port),
          RATE_LIMIT_ENABLED: 'false',
          ENTITY_CACHE: cache,
          ...env,
        },
        join(dir, `gateway-${port}.log`),
      );
      try {
        await waitUntilAnswering(url, gateway, headers);
        const idle = residentMb(gateway.child.pid) ?? 0;
        let peak = idle;
        const sampler = setInterval(() => (peak = Math.max(peak, residentMb(gateway.child.pid) ?? 0)), 200);
        const result = await runLoad({ url, bodies, headers, connections: CONNECTIONS, seconds: SECONDS });
        clearInterval(sampler);
        rows.push({
          settings,
          'entity cache': cache,
          'idle MB': idle,
          'peak MB': peak,
          'end MB': residentMb(gateway.child.pid) ?? 0,
          'req/s': Math.round(result.succeeded / result.seconds),
          failed: result.failed,
        });
        console.log(`  ${settings}, cache ${cache}: peak ${peak} MB`);
      } finally {
        await gateway.kill();
      }
    }
  }
  console.table(rows);
  console.log(`  target: at most ${TARGET_MB} MB under load, with the memory budget`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
