import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { userEnv, type ServiceProcess } from '../../test/support/processes.ts';

/**
 * The benchmark's processes. Like test/support/processes.ts's runRecordgraph, except that what a
 * process prints goes to a file rather than into this process's memory: at their default log level
 * the services write a line per request, hundreds of megabytes over a full run, and a load
 * generator that concatenates them would measure itself.
 */

const RECORDGRAPH_BIN = new URL('../../bin/recordgraph.js', import.meta.url).pathname;

/** Spawns `node <args>` with `env` added to the user's environment, writing its output to `logPath`. */
export function spawnLogged(name: string, args: string[], env: Record<string, string>, logPath: string): ServiceProcess {
  const log = openSync(logPath, 'a');
  const child = spawn(process.execPath, args, { env: { ...userEnv(), ...env }, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    output: () => tail(logPath),
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      // A service drains in-flight requests on SIGTERM; one that takes too long is killed.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** `recordgraph <args>` (the compiled CLI), logging to `logPath`. */
export function spawnRecordgraph(name: string, args: string[], env: Record<string, string>, logPath: string): ServiceProcess {
  return spawnLogged(name, [RECORDGRAPH_BIN, ...args], env, logPath);
}

/** A TypeScript file of the benchmark as its own process (through tsx's loader, as `npm run bench:*` runs them). */
export function spawnScript(name: string, file: URL, env: Record<string, string>, logPath: string): ServiceProcess {
  return spawnLogged(name, ['--import', 'tsx', file.pathname], env, logPath);
}

/** Polls until `url` answers `{ __typename }` with data, or fails after `timeoutMs` with what the process printed. */
export async function waitUntilAnswering(
  url: string,
  service: ServiceProcess,
  headers: Record<string, string>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null)
      throw new Error(`${service.name} exited early:\n${service.output()}`);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(5_000),
    })
      .then(async (response) => response.ok && ((await response.json()) as { data?: unknown }).data !== undefined)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${service.name} did not answer at ${url} within ${timeoutMs} ms:\n${service.output()}`);
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').slice(-4_000);
  } catch {
    return '';
  }
}
