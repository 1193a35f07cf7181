import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: compiles the runtime into dist/ before any test runs, because the tests
 * that start `recordgraph` processes run the compiled CLI, as production does. `tsc -b` is
 * incremental, so with nothing changed it only compares file stamps (well under a second).
 * Without type-checking (`--noCheck`): vitest runs sources it has not type-checked either, and a
 * type error is `npm run typecheck`'s to report, not a reason to run no test.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function compile(): Promise<void> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [TSC, '-b', 'tsconfig.build.json', '--noCheck'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`Compiling the runtime for the tests failed (tsc -b tsconfig.build.json --noCheck):\n${output}`));
        return;
      }
      const seconds = (performance.now() - began) / 1000;
      if (seconds > 2) console.log(`Compiled the runtime into dist/ for the tests that start recordgraph (${seconds.toFixed(1)} s).`);
      resolve();
    });
  });
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
