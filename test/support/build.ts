import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: compiles the runtime into dist/ before any test runs, because the tests
 * that start `recordgraph` processes run the compiled CLI, as production does. `tsc -b` is
 * incremental, so with nothing changed it only compares file stamps (well under a second).
 * Without type-checking (`--noCheck`): vitest runs sources it has not type-checked either, and a
 * type error is `npm run typecheck`'s to report, not a reason to run no test. The web app's pages
 * (web/, served from dist/web) are built again only when a file under web/ is newer than the build.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const requireHere = createRequire(import.meta.url);
const TSC = requireHere.resolve('typescript/bin/tsc');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const WEB_BUILT = join(ROOT, 'dist', 'web', 'app', 'index.html');

/** The newest modification time of any file under `dir` (0 when there is none). */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function webIsStale(): boolean {
  try {
    return newestUnder(join(ROOT, 'web')) > statSync(WEB_BUILT).mtimeMs;
  } catch {
    return true;
  }
}

function run(what: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${what} failed (${args.slice(1).join(' ')}):\n${output}`));
        return;
      }
      const seconds = (performance.now() - began) / 1000;
      if (seconds > 2) console.log(`${what} (${seconds.toFixed(1)} s).`);
      resolve();
    });
  });
}

async function compile(): Promise<void> {
  await run('Compiled the runtime into dist/ for the tests that start recordgraph', [TSC, '-b', 'tsconfig.build.json', '--noCheck']);
  if (webIsStale()) await run('Built the web pages into dist/web', [VITE, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
}

/** Every project runs this setup (and again on each watch-mode rerun); concurrent calls share one compilation. */
const shared = globalThis as { recordgraphCompiling?: Promise<void> };
function compileOnce(): Promise<void> {
  return (shared.recordgraphCompiling ??= compile().finally(() => (shared.recordgraphCompiling = undefined)));
}

export default async function setup(project: TestProject): Promise<void> {
  project.onTestsRerun(compileOnce);
  await compileOnce();
}
