import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
import { tempDir } from '../support/subgraphs.ts';

/** The `recordgraph` command as a user runs it: `start` (what `npm start` calls), `--help`, bad config. */

const BIN = new URL('../../bin/recordgraph.js', import.meta.url).pathname;

/** The environment a user's shell has: vitest's NODE_ENV=test changes Apollo Server's signal handling. */
const { NODE_ENV: _testEnv, ...userEnv } = process.env;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

describe('recordgraph', () => {
  it('--help lists the commands', () => {
    const result = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/recordgraph start/);
    expect(result.stdout).toMatch(/recordgraph serve <service>/);
    expect(result.stdout).toMatch(/recordgraph seed/);
  });

  it('refuses a wrong configuration value with a message naming the variable', () => {
    const result = spawnSync(process.execPath, [BIN, 'start'], { encoding: 'utf8', env: { ...userEnv, GATEWAY_PORT: 'abc' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/GATEWAY_PORT="abc"/);
  });

  it('start seeds a demo company, answers the headline query, and stops cleanly on Ctrl-C', async () => {
    const dir = tempDir('recordgraph-cli-');
    const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const [gateway, crm, accounting, hr, projects] = ports.map(String);
    const proc = spawn(process.execPath, [BIN, 'start'], {
      env: {
        ...userEnv,
        DATA_DIR: dir.path,
        GATEWAY_PORT: gateway,
        CRM_PORT: crm,
        ACCOUNTING_PORT: accounting,
        HR_PORT: hr,
        PROJECTS_PORT: projects,
        SEED_CLIENTS: '20',
        SEED_EMPLOYEES: '10',
        SEED_INVOICES: '100',
        SEED_PROJECTS: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 45_000, interval: 200 }).toMatch(/Press Ctrl-C to stop/);
    expect(output).toContain(`gateway    http://127.0.0.1:${gateway}/graphql`);
    expect(output).toMatch(/seeded crm demo data/);

    const id = /"id": "(cli_[0-9a-z]+)"/.exec(output)?.[1];
    expect(id).toBeDefined();
    const response = await fetch(`http://127.0.0.1:${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CLIENT_OVERVIEW, variables: { id } }),
    });
    const body = (await response.json()) as { data?: { client?: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.client?.id).toBe(id);

    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
    dir.remove();
  }, 90_000);

  it('seed re-creates the demo data, and serve runs one domain alone', async () => {
    const dir = tempDir('recordgraph-cli-');
    const port = String(await freePort());
    const env = { ...userEnv, DATA_DIR: dir.path, CRM_PORT: port, SEED_CLIENTS: '12', SEED_EMPLOYEES: '5', SEED_INVOICES: '20', SEED_PROJECTS: '4' };
    const seeded = spawnSync(process.execPath, [BIN, 'seed'], { encoding: 'utf8', env });
    expect(seeded.status).toBe(0);
    for (const domain of ['crm', 'accounting', 'hr', 'projects']) expect(seeded.stdout).toContain(`seeded ${domain} demo data`);

    const proc = spawn(process.execPath, [BIN, 'serve', 'crm'], { env: { ...env, SEED_ON_START: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 30_000, interval: 200 }).toContain(`crm listening on http://127.0.0.1:${port}/graphql`);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ clients { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { clients: { totalCount: 12 } } });

    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    dir.remove();
  }, 60_000);
});
