/**
 * Import speed: `recordgraph import` exactly as a user runs it (the compiled CLI, its own process)
 * sending BENCH_IMPORT_ROWS generated client rows (default 100,000; the generic spreadsheet
 * profile, CSV) to a fresh SQLite stack running in this process (four subgraphs and the gateway,
 * no demo data). Timed from spawn to exit, twice: the first import (every row CREATED), then the
 * same file again (every row UNCHANGED, as after an interrupted run is started again).
 * Target (issue 12): 100,000 clients in under a minute.
 * CPU per 1,000 rows is the steadier figure on a busy machine: the CLI's own (process.cpuUsage,
 * reported at its exit by a preloaded one-line module) and this process's, which runs the
 * gateway and the subgraphs (crm's importClients, its outbox relay and the others, idle).
 * Run: npm run bench:import   (runs what `npm run build` compiled; BENCH_IMPORT_ROWS, and
 * BENCH_IMPORT_CLI_PROFILE=DIR to write the CLI's --cpu-prof profiles there)
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../test/support/stack.ts';
import { tempDir } from '../test/support/stores.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_S = 60;
const BIN = new URL('../bin/recordgraph.js', import.meta.url).pathname;
const COUNTRIES = ['United Kingdom', 'DE', 'USA', 'France', 'NL'];
const PROFILE_DIR = process.env.BENCH_IMPORT_CLI_PROFILE;

interface Timed {
  seconds: number;
  totals: string;
  /** CPU ms (user + system) of the CLI process, and of this one (gateway and subgraphs) meanwhile. */
  cliCpuMs: number;
  serverCpuMs: number;
}

/** The CLI's run: wall time, CPU and the totals line it printed. */
function timedImport(args: string[], cpuFile: string): Promise<Timed> {
  // Written by the CLI process itself as it exits: its own CPU time, which no parent can read once it is gone.
  const source = `import { writeFileSync } from 'node:fs';
process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(${JSON.stringify(cpuFile)}, String(u.user + u.system)); });`;
  const reportCpu = `data:text/javascript,${encodeURIComponent(source)}`;
  const node = [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), '--import', reportCpu];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const serverCpu = process.cpuUsage();
    const child = spawn(process.execPath, [...node, BIN, 'import', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let errors = '';
    // Only the last lines are kept: the per-row report of 100,000 rows is not worth holding.
    child.stdout.on('data', (chunk: Buffer) => (last = (last + chunk.toString()).slice(-2_000)));
    child.stderr.on('data', (chunk: Buffer) => {
      // The CLI's plain progress line per 10,000 rows, passed on so a long run shows it is moving.
      process.stderr.write(chunk);
      errors = (errors + chunk.toString()).slice(-2_000);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - began) / 1000;
      const server = process.cpuUsage(serverCpu);
      const totals = last.split('\n').find((line) => line.startsWith('imported')) ?? '';
      if (code !== 0) reject(new Error(`recordgraph import exited with ${code}:\n${last}\n${errors}`));
      else
        resolve({
          seconds,
          totals,
          cliCpuMs: Number(readFileSync(cpuFile, 'utf8')) / 1000,
          serverCpuMs: (server.user + server.system) / 1000,
        });
    });
  });
}

const dir = tempDir('recordgraph-bench-import-');
const file = join(dir.path, 'clients.csv');
const lines = ['ID,Client,Website,Country,Status'];
for (let i = 1; i <= ROWS; i++)
  lines.push(`B-${i},"Bench Client ${i}, Ltd",https://www.bench-client-${i}.example.com,${COUNTRIES[i % COUNTRIES.length]},Active`);
writeFileSync(file, `${lines.join('\n')}\n`);

// A generous subgraph timeout: a 1,000-row call on a busy machine must not be cut short and retried.
const stack = await startStack({ seed: null, env: { SUBGRAPH_TIMEOUT_MS: '60000', LOG_LEVEL: 'error' } });
try {
  const args = [
    'crm',
    'clients',
    file,
    '--profile',
    'spreadsheet',
    '--gateway',
    stack.gatewayUrl,
    '--report',
    join(dir.path, 'refused.csv'),
  ];
  const rows = [];
  for (const run of ['first import (all created)', 'same file again (all unchanged)']) {
    const { seconds, totals, cliCpuMs, serverCpuMs } = await timedImport(args, join(dir.path, 'cli-cpu'));
    rows.push({
      run,
      rows: ROWS,
      seconds: seconds.toFixed(1),
      'rows/s': Math.round(ROWS / seconds),
      'CLI CPU ms/1k rows': Math.round((cliCpuMs / ROWS) * 1000),
      'server CPU ms/1k rows': Math.round((serverCpuMs / ROWS) * 1000),
      [`under ${TARGET_S} s`]: seconds < TARGET_S ? 'yes' : 'NO',
      totals: totals.replace(/^imported /, ''),
    });
  }
  console.log(
    `recordgraph import of ${ROWS} client rows into a fresh SQLite stack (CLI process → gateway → crm importClients, 1,000 rows a call, the next read while one is in flight; CPU: the CLI process, and this one running the gateway and subgraphs):`,
  );
  console.table(rows);
} finally {
  await stack.stop();
  dir.remove();
}
