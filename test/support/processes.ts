import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/**
 * `recordgraph` as separate processes, the way production runs each service: the compiled CLI
 * (test/support/build.ts compiles it before the tests run).
 */

const BIN = new URL('../../bin/recordgraph.js', import.meta.url).pathname;

/**
 * How long a test waits for a process to be ready before failing with what it printed. Generous
 * on purpose: a machine shared with other jobs can be many times slower than a quiet one, and
 * waiting on readiness costs nothing when start-up is quick. Tests that start processes set
 * their timeouts above it (PROCESS_TEST_TIMEOUT_MS), so this deadline's message is the one seen.
 */
export const STARTUP_DEADLINE_MS = 60_000;
export const PROCESS_TEST_TIMEOUT_MS = 3 * STARTUP_DEADLINE_MS;

/** The environment a user's shell has: without vitest's NODE_ENV=test. */
export function userEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = process.env;
  return env;
}

/** True when something accepts TCP connections on 127.0.0.1:`port` (a service the tests need). */
export function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', timeout: 1_000 });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or null when killed by a signal). */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Completed {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `recordgraph <args>` to its end, with `env` added to the user's environment. Not spawnSync:
 * this process keeps serving its sockets and vitest's timeouts while the command runs.
 */
export function runToExit(args: string[], env: Record<string, string> = {}): Promise<Completed> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...userEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Spawns `recordgraph <args>` with `env` added to the user's environment. */
export function runRecordgraph(name: string, args: string[], env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...userEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    output: () => output,
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `url` (its /readyz) until it answers 200, or fails after `timeoutMs` with what the process printed. */
export async function waitUntilReady(url: string, service: ServiceProcess, timeoutMs = STARTUP_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null)
      throw new Error(`${service.name} exited early:\n${service.output()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs} ms:\n${service.output()}`);
}

/** Registers the cleanup of something a set-up has just started. */
export type Defer = (cleanup: () => unknown) => void;

/**
 * Runs a `beforeAll` set-up that starts several things, and gives back one teardown for vitest to
 * run after the suite (`beforeAll(() => withTeardown(async (defer) => { … }))`). The set-up
 * registers each thing's cleanup with `defer` as soon as it has started it: vitest runs a
 * teardown only when the hook returns one, so when the set-up fails halfway (a process that never
 * gets ready) what it had started is stopped here, before the error is passed on. Cleanups run
 * last first; each runs even when an earlier one fails, and the first failure is reported.
 */
export async function withTeardown(setUp: (defer: Defer) => Promise<void>): Promise<() => Promise<void>> {
  const cleanups: (() => unknown)[] = [];
  const teardown = async () => {
    const failures: unknown[] = [];
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error: unknown) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw failures[0];
  };
  try {
    await setUp((cleanup) => cleanups.push(cleanup));
  } catch (error: unknown) {
    await teardown().catch(() => undefined);
    throw error;
  }
  return teardown;
}
