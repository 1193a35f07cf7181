import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
import { freePort, runRecordgraph, userEnv, type ServiceProcess } from '../support/processes.ts';
import { createTestStores, tempDir, type TestStores } from '../support/stores.ts';

/** The `recordgraph` command as a user runs it: `start` (what `npm start` calls), `serve`, `seed`, `--help`, bad config. */

const BIN = new URL('../../bin/recordgraph.js', import.meta.url).pathname;
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...userEnv(), ...env } });

let running: ServiceProcess | undefined;
let stores: TestStores | undefined;
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  await stores?.drop();
  stores = undefined;
});

describe('recordgraph', () => {
  it('--help lists the commands', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/recordgraph start/);
    expect(result.stdout).toMatch(/recordgraph serve <service>/);
    expect(result.stdout).toMatch(/recordgraph seed/);
  });

  it('refuses a wrong configuration value with a message naming the variable', () => {
    const result = run(['start'], { GATEWAY_PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/GATEWAY_PORT="abc"/);
  });

  it('start seeds a demo company, answers the headline query, and stops cleanly on Ctrl-C', async () => {
    const dir = tempDir('recordgraph-cli-');
    stores = await createTestStores();
    const [gateway, crm, accounting, hr, projects] = (await Promise.all([1, 2, 3, 4, 5].map(() => freePort()))).map(String);
    running = runRecordgraph('start', ['start'], {
      DATA_DIR: dir.path,
      ...stores.env,
      GATEWAY_PORT: gateway ?? '',
      CRM_PORT: crm ?? '',
      ACCOUNTING_PORT: accounting ?? '',
      HR_PORT: hr ?? '',
      PROJECTS_PORT: projects ?? '',
      SEED_CLIENTS: '20',
      SEED_EMPLOYEES: '10',
      SEED_INVOICES: '100',
      SEED_PROJECTS: '20',
    });
    const service = running;
    await expect.poll(() => service.output(), { timeout: 45_000, interval: 200 }).toMatch(/Press Ctrl-C to stop/);
    expect(service.output()).toContain(`gateway    http://127.0.0.1:${gateway}/graphql`);
    expect(service.output()).toMatch(/seeded crm demo data/);

    const id = /"id": "(cli_[0-9a-z]+)"/.exec(service.output())?.[1];
    expect(id).toBeDefined();
    const response = await fetch(`http://127.0.0.1:${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id } }),
    });
    const body = (await response.json()) as { data?: { client?: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.client?.id).toBe(id);

    expect(await service.kill('SIGINT')).toBe(0);
    expect(service.output()).toMatch(/stopped/);
    dir.remove();
  }, 90_000);

  it('seed re-creates the demo data, and serve runs one domain alone', async () => {
    const dir = tempDir('recordgraph-cli-');
    stores = await createTestStores();
    const port = String(await freePort());
    const env = { DATA_DIR: dir.path, ...stores.env, CRM_PORT: port, SEED_CLIENTS: '12', SEED_EMPLOYEES: '5', SEED_INVOICES: '20', SEED_PROJECTS: '4' };
    const seeded = run(['seed'], env);
    expect(seeded.status).toBe(0);
    for (const domain of ['crm', 'accounting', 'hr', 'projects']) expect(seeded.stdout).toContain(`seeded ${domain} demo data`);

    running = runRecordgraph('crm', ['serve', 'crm'], { ...env, SEED_ON_START: 'false' });
    const service = running;
    await expect.poll(() => service.output(), { timeout: 30_000, interval: 200 }).toContain(`crm listening on http://127.0.0.1:${port}/graphql`);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ clients { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { clients: { totalCount: 12 } } });
    expect(await service.kill('SIGTERM')).toBe(0);
    dir.remove();
  }, 60_000);
});
