import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET } from '../../lib/config.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { bearer } from '../support/auth.ts';
import { sourceOf } from '../support/operations.ts';
import {
  freePort,
  PROCESS_TEST_TIMEOUT_MS,
  runRecordgraph,
  runToExit as run,
  STARTUP_DEADLINE_MS,
  type ServiceProcess,
} from '../support/processes.ts';
import { createTestStores, tempDir, type TestStores } from '../support/stores.ts';

/** The `recordgraph` command as a user runs it: `start` (what `npm start` calls), `serve`, `seed`, `token`, `--help`, bad config. */

/** The claims of a token the development services accept, or a rejection saying why not. */
async function verified(token: string) {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(DEVELOPMENT_JWT_SECRET), {
    issuer: 'recordgraph',
    audience: 'recordgraph',
  });
  return payload;
}

/** A GraphQL response over HTTP, its data as the operation says. */
interface HttpResponse<TResult> {
  data?: TResult | null;
  errors?: { extensions?: { code?: string } }[];
}

/** POSTs an operation as curl would, with a token when given: the body as the service sent it. */
async function post<TResult, TVariables>(
  url: string,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string | null = null,
): Promise<HttpResponse<TResult>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query: sourceOf(operation), variables }),
  });
  return (await response.json()) as HttpResponse<TResult>;
}

const ClientCount = graphql(`
  query CliClientCount {
    clients {
      totalCount
    }
  }
`);

const CreateClient = graphql(`
  mutation CliCreateClient {
    createClient(input: { name: "Minted" }) {
      name
    }
  }
`);

let running: ServiceProcess | undefined;
let stores: TestStores | undefined;
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  await stores?.drop();
  stores = undefined;
});

describe('recordgraph', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('--help lists the commands', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/recordgraph start/);
    expect(result.stdout).toMatch(/recordgraph serve <service>/);
    expect(result.stdout).toMatch(/recordgraph seed/);
    expect(result.stdout).toMatch(/recordgraph token --scopes/);
  });

  it('token prints a token the services verify, with the scopes, subject and lifetime asked for', async () => {
    const result = await run(['token', '--scopes', 'crm:write read', '--subject', 'alice', '--ttl', '2h']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const token = result.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const claims = await verified(token);
    expect(claims).toMatchObject({ sub: 'alice', scope: 'crm:write read', iss: 'recordgraph', aud: 'recordgraph' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(7200);
  });

  it('token refuses unknown scopes, a missing --scopes, a bad --ttl, and signing when only a JWKS URL is configured', async () => {
    const unknown = await run(['token', '--scopes', 'crm:admin read']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(
      /Unknown scope crm:admin; the scopes are: read crm:write accounting:write hr:write projects:write hr:salary:read/,
    );
    const missing = await run(['token']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/expected --scopes/);
    const ttl = await run(['token', '--scopes', 'read', '--ttl', 'forever']);
    expect(ttl.status).toBe(1);
    expect(ttl.stderr).toMatch(/Invalid time to live "forever"; expected a duration such as 30m, 1h or 7d/);
    const jwks = await run(['token', '--scopes', 'read'], { JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json' });
    expect(jwks.status).toBe(1);
    expect(jwks.stdout).toBe('');
    expect(jwks.stderr).toMatch(/verified with the keys at JWT_JWKS_URL, so they come from that identity provider/);
  });

  it('refuses a wrong configuration value with a message naming the variable', async () => {
    const result = await run(['start'], { GATEWAY_PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/GATEWAY_PORT="abc"/);
  });

  it('start seeds a demo company, answers the headline query, and stops cleanly on Ctrl-C', async () => {
    const dir = tempDir('recordgraph-cli-');
    stores = await createTestStores();
    const [gateway, crm, accounting, hr, projects, webhooks] = (await Promise.all([1, 2, 3, 4, 5, 6].map(() => freePort()))).map(String);
    running = runRecordgraph('start', ['start'], {
      DATA_DIR: dir.path,
      ...stores.env,
      GATEWAY_PORT: gateway ?? '',
      CRM_PORT: crm ?? '',
      ACCOUNTING_PORT: accounting ?? '',
      HR_PORT: hr ?? '',
      PROJECTS_PORT: projects ?? '',
      WEBHOOKS_PORT: webhooks ?? '',
      SEED_CLIENTS: '20',
      SEED_EMPLOYEES: '10',
      SEED_INVOICES: '100',
      SEED_PROJECTS: '20',
    });
    const service = running;
    await expect.poll(() => service.output(), { timeout: STARTUP_DEADLINE_MS, interval: 200 }).toMatch(/Press Ctrl-C to stop/);
    expect(service.output()).toContain(`gateway    http://127.0.0.1:${gateway}/graphql`);
    expect(service.output()).toContain(`webhooks   http://127.0.0.1:${webhooks}/graphql`);
    expect(service.output()).toMatch(/seeded crm demo data/);

    const id = /"id": "(cli_[0-9a-z]+)"/.exec(service.output())?.[1];
    expect(id).toBeDefined();
    // A demo token with every scope, which the curl example sends.
    const token = /Demo token \(every scope[^\n]*\n\s+(\S+)/.exec(service.output())?.[1] ?? '';
    expect((await verified(token)).scope).toBe('read crm:write accounting:write hr:write projects:write hr:salary:read webhooks:manage');
    expect(service.output()).toContain(`-H 'authorization: Bearer ${token}'`);
    expect(service.output()).toMatch(/Headers tab/);
    const body = await post(`http://127.0.0.1:${gateway}/graphql`, ClientOverviewDocument, { id: id ?? '' }, token);
    expect(body.errors).toBeUndefined();
    expect(body.data?.client?.id).toBe(id);

    expect(await service.kill('SIGINT')).toBe(0);
    expect(service.output()).toMatch(/stopped/);
    dir.remove();
  });

  it('seed re-creates the demo data, and serve runs one domain alone', async () => {
    const dir = tempDir('recordgraph-cli-');
    stores = await createTestStores();
    const port = String(await freePort());
    const env = {
      DATA_DIR: dir.path,
      ...stores.env,
      CRM_PORT: port,
      SEED_CLIENTS: '12',
      SEED_EMPLOYEES: '5',
      SEED_INVOICES: '20',
      SEED_PROJECTS: '4',
    };
    const seeded = await run(['seed'], env);
    expect(seeded.status).toBe(0);
    for (const domain of ['crm', 'accounting', 'hr', 'projects']) expect(seeded.stdout).toContain(`seeded ${domain} demo data`);
    const mint = async (scopes: string) => (await run(['token', '--scopes', scopes], env)).stdout.trim();
    const [crmWriter, accountant] = await Promise.all([mint('crm:write'), mint('accounting:write read')]);

    running = runRecordgraph('crm', ['serve', 'crm'], { ...env, SEED_ON_START: 'false' });
    const service = running;
    await expect
      .poll(() => service.output(), { timeout: STARTUP_DEADLINE_MS, interval: 200 })
      .toContain(`crm listening on http://127.0.0.1:${port}/graphql`);
    const url = `http://127.0.0.1:${port}/graphql`;
    expect(await post(url, ClientCount, {})).toEqual({ data: { clients: { totalCount: 12 } } });

    // A minted token is verified by the subgraph served alone: its own scope writes, another's does not.
    const write = (token: string) => post(url, CreateClient, {}, token);
    expect(await write(crmWriter)).toMatchObject({ data: { createClient: { name: 'Minted' } } });
    expect((await write(accountant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Seeding the store a running service serves from is refused, and deletes nothing.
    const clients = async () => (await post(url, ClientCount, {})).data?.clients.totalCount;
    const refused = await run(['seed', 'crm'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The crm store .*is in use by a running recordgraph (process|service).*stop it before seeding/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(refused.stdout).not.toMatch(/seeded/);
    expect(await clients()).toBe(13);

    // The minted client was announced on the embedded bus.
    const log = new LocalBus({ path: stores.eventLogPath });
    const crmEvents = async () => (await log.read({ after: 0, limit: 100 })).filter((entry) => entry.event.source === 'crm');
    await expect
      .poll(async () => (await crmEvents()).map((entry) => entry.event.type), { timeout: STARTUP_DEADLINE_MS })
      .toEqual(['Client.created']);

    expect(await service.kill('SIGTERM')).toBe(0);
    // Stopped, it may be seeded again: the demo company as it was, without the minted client,
    // and without the events announced before.
    const reseeded = await run(['seed', 'crm'], env);
    expect(reseeded.status).toBe(0);
    expect(reseeded.stdout).toContain('forgot 1 event of crm');
    expect(await crmEvents()).toEqual([]);
    await log.close();
    running = runRecordgraph('crm', ['serve', 'crm'], { ...env, SEED_ON_START: 'false' });
    const again = running;
    await expect.poll(() => again.output(), { timeout: STARTUP_DEADLINE_MS, interval: 200 }).toContain('crm listening');
    expect(await clients()).toBe(12);
    expect(await again.kill('SIGTERM')).toBe(0);
    dir.remove();
  });
});
