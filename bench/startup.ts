/**
 * Start-up benchmark: the `recordgraph` command exactly as a user or an orchestrator runs it
 * (`node bin/recordgraph.js …`, a new process each time), timed from spawn until it has done its
 * job: `--help` and `token` until they exit, `serve crm` until /readyz answers 200 on a store
 * already holding the default demo company, `serve gateway` until it listens (/healthz). Each case
 * runs BENCH_STARTUP_RUNS times (default 5); the table shows the median and the slowest run, in
 * wall time and in CPU time (user + system, the process's own threads included).
 * Run: npm run bench:startup   (runs what `npm run build` compiled)
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../test/support/processes.ts';
import { tempDir } from '../test/support/stores.ts';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const BIN = new URL('../bin/recordgraph.js', import.meta.url).pathname;

/** Reports the process's CPU time on fd 3 as it exits: loaded before the command, so it costs nothing measurable. */
const CPU_ON_EXIT = `data:text/javascript,${encodeURIComponent(
  `import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); try { writeSync(3, String((u.user + u.system) / 1000)); } catch {} });`,
)}`;

interface Sample {
  wallMs: number;
  cpuMs: number | null;
}

interface Case {
  name: string;
  /** Issue 9's target for the median, where it set one. */
  targetMs?: number;
  run(): Promise<Sample>;
}

/** Runs a command that exits by itself; its CPU time comes from the exit hook. */
function untilExit(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, ['--import', CPU_ON_EXIT, BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let output = '';
    let cpu = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdio[3]?.on('data', (chunk: Buffer) => (cpu += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - began;
      if (code !== 0) reject(new Error(`recordgraph ${args.join(' ')} exited with ${code}:\n${output}`));
      else resolve({ wallMs, cpuMs: cpu ? Number(cpu) : null });
    });
  });
}

/** CPU time a running process has used so far, from /proc (Linux; null elsewhere). */
function cpuSoFar(pid: number): number | null {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks (USER_HZ, 100 on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Runs a service until `url` answers 200, then stops it; CPU time is what it used up to that moment. */
async function untilReady(args: string[], env: NodeJS.ProcessEnv, url: (port: number) => string, portVariable: string): Promise<Sample> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`recordgraph ${args.join(' ')} exited with ${child.exitCode}:\n${output}`);
      const ok = await fetch(url(port)).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return { wallMs: performance.now() - began, cpuMs: child.pid ? cpuSoFar(child.pid) : null };
      if (performance.now() - began > 120_000) throw new Error(`recordgraph ${args.join(' ')} was not ready within 2 minutes:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function summary(samples: number[]): { median: string; max: string } {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median: (median ?? 0).toFixed(0), max: (sorted.at(-1) ?? 0).toFixed(0) };
}

const dir = tempDir('recordgraph-bench-startup-');
// The environment a user's shell has, with one data directory; warnings only, so the output is the command's own.
const { NODE_ENV: _ignored, ...shell } = process.env;
const env: NodeJS.ProcessEnv = { ...shell, DATA_DIR: dir.path, LOG_LEVEL: 'warn' };
try {
  const seeded = spawnSync(process.execPath, [BIN, 'seed', 'crm'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`recordgraph seed crm failed:\n${seeded.stdout}${seeded.stderr}`);

  const cases: Case[] = [
    { name: 'recordgraph --help', targetMs: 500, run: () => untilExit(['--help'], env) },
    { name: 'recordgraph token --scopes read', targetMs: 500, run: () => untilExit(['token', '--scopes', 'read'], env) },
    {
      name: 'recordgraph serve crm (until /readyz is 200)',
      targetMs: 2_000,
      run: () => untilReady(['serve', 'crm'], { ...env, SEED_ON_START: 'false' }, (port) => `http://127.0.0.1:${port}/readyz`, 'CRM_PORT'),
    },
    {
      name: 'recordgraph serve gateway (until listening)',
      run: () => untilReady(['serve', 'gateway'], env, (port) => `http://127.0.0.1:${port}/healthz`, 'GATEWAY_PORT'),
    },
  ];

  const rows = [];
  for (const test of cases) {
    await test.run(); // once unmeasured: warms the file cache, and the gateway creates its store
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await test.run());
    const wall = summary(samples.map((sample) => sample.wallMs));
    const cpu = samples.every((sample) => sample.cpuMs !== null)
      ? summary(samples.map((sample) => sample.cpuMs ?? 0))
      : { median: '–', max: '–' };
    rows.push({
      command: test.name,
      runs: RUNS,
      'median ms': wall.median,
      'max ms': wall.max,
      'median CPU ms': cpu.median,
      'max CPU ms': cpu.max,
      target: test.targetMs ? `< ${test.targetMs} ms ${Number(wall.median) < test.targetMs ? '✓' : '✗'}` : '',
    });
  }
  console.log(`\nrecordgraph start-up — ${BIN}, ${RUNS} runs each after one warm-up, demo company in ${dir.path}\n`);
  console.table(rows);
} finally {
  dir.remove();
}
