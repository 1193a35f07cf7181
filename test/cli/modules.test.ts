import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, PROCESS_TEST_TIMEOUT_MS, runRecordgraph, runToExit, waitUntilReady, type ServiceProcess } from '../support/processes.ts';
import { tempDir } from '../support/stores.ts';

/**
 * Each command loads only what it needs, so `--help` is instant and a process serving one domain
 * carries no other service's code. The compiled CLI runs with test/support/trace-modules.mjs,
 * which lists every module the process loaded.
 */

const TRACER = fileURLToPath(new URL('../support/trace-modules.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

interface Loaded {
  /** npm packages, by name. */
  packages: string[];
  /** Our compiled modules, relative to dist/. */
  ours: string[];
}

function loaded(traceFile: string): Loaded {
  const paths = readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/') || line.startsWith('file:'))
    .map((line) => (line.startsWith('file:') ? fileURLToPath(line) : line));
  const packages = paths.flatMap((path) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []);
  const ours = paths.filter((path) => path.startsWith(DIST)).map((path) => path.slice(DIST.length));
  return { packages: [...new Set(packages)].sort(), ours: [...new Set(ours)].sort() };
}

let dir: ReturnType<typeof tempDir> | undefined;
let service: ServiceProcess | undefined;
afterEach(async () => {
  await service?.kill('SIGKILL');
  service = undefined;
  dir?.remove();
  dir = undefined;
});

/** Runs `recordgraph <args>` traced; a service is stopped once `ready` (a path such as /readyz) answers 200. */
async function modulesOf(args: string[], serve?: { portVariable: string; ready: string }): Promise<Loaded> {
  dir = tempDir('recordgraph-modules-');
  const traceFile = join(dir.path, 'modules.txt');
  const env = {
    DATA_DIR: dir.path,
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    RECORDGRAPH_TRACE_MODULES: traceFile,
    NODE_OPTIONS: `--import ${TRACER}`,
  };
  if (!serve) {
    const result = await runToExit(args, env);
    expect(result.status, result.stderr).toBe(0);
    return loaded(traceFile);
  }
  const port = await freePort();
  service = runRecordgraph(args.join(' '), args, { ...env, [serve.portVariable]: String(port) });
  await waitUntilReady(`http://127.0.0.1:${port}${serve.ready}`, service);
  expect(await service.kill('SIGTERM'), service.output()).toBe(0);
  return loaded(traceFile);
}

describe('what each command loads', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('--help loads no package and none of the services', async () => {
    const { packages, ours } = await modulesOf(['--help']);
    expect(packages).toEqual([]);
    expect(ours).toEqual(['cli/help.js', 'cli/main.js', 'lib/auth/scope-names.js']);
  });

  it('token loads the configuration and jose, and no GraphQL', async () => {
    const { packages, ours } = await modulesOf(['token', '--scopes', 'read']);
    expect(packages).toEqual(['jose', 'zod']);
    expect(ours.filter((path) => !/^(cli|lib)\//.test(path))).toEqual([]);
  });

  it('migrate loads the migrations and the store drivers, no GraphQL and no service', async () => {
    const { packages, ours } = await modulesOf(['migrate', 'all']);
    expect(packages).toContain('kysely');
    expect(packages.filter((name) => /^(graphql|@apollo\/|express|nats)/.test(name))).toEqual([]);
    expect(ours.filter((path) => /^(gateway|subgraphs)\//.test(path) && !path.includes('/store/'))).toEqual([]);
  });

  it('serve crm loads crm and lib/, never the gateway or another domain', async () => {
    const { packages, ours } = await modulesOf(['serve', 'crm'], { portVariable: 'CRM_PORT', ready: '/readyz' });
    expect(ours).toContain('subgraphs/crm/server.js');
    expect(ours.filter((path) => /^(gateway|subgraphs\/(?!crm\/))/.test(path))).toEqual([]);
    expect(packages).not.toContain('@apollo/gateway');
  });

  it('serve gateway loads no subgraph code', async () => {
    const { ours } = await modulesOf(['serve', 'gateway'], { portVariable: 'GATEWAY_PORT', ready: '/healthz' });
    expect(ours).toContain('gateway/server.js');
    expect(ours.filter((path) => path.startsWith('subgraphs/'))).toEqual([]);
  });
});
