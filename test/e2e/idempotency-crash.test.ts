import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import type { ProjectsDatabase } from '../../subgraphs/projects/store/schema.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { bearer, TEST_AUTH, tokenFor } from '../support/auth.ts';
import { sourceOf } from '../support/operations.ts';
import {
  freePort,
  PROCESS_TEST_TIMEOUT_MS,
  runRecordgraph,
  waitUntilReady,
  withTeardown,
  type ServiceProcess,
} from '../support/processes.ts';
import { createTestStores, TEST_STORE, type TestStores } from '../support/stores.ts';

/**
 * An Idempotency-Key outlives the process that owned it. crm, projects and the gateway run as
 * separate processes on one set of stores; the projects process that owns a key is SIGKILLed in
 * the middle of the mutation, started again on the same store, and the retry with the same key
 * completes the write exactly once: before the write (held in its reference check while crm is
 * stopped), and after the write committed but before the answer was recorded (held reading
 * `tasks`, which the test has locked; PostgreSQL only: SQLite has no lock that stops a reader).
 */

const JWT_SECRET = randomBytes(32).toString('hex');
const auth = { ...TEST_AUTH, secret: JWT_SECRET };
/** Short, so the test waits seconds for a dead owner's lease rather than the default 10. */
const LEASE_MS = 2_000;
const WAIT_MS = 300;

let stores: TestStores;
let env: Record<string, string>;
let gatewayUrl = '';
const services: Partial<Record<'crm' | 'projects' | 'gateway', ServiceProcess>> = {};
let projectsPort = 0;
let writer = '';
let clientId = '';

const CreateClient = graphql(`
  mutation CrashCreateClient($name: String!) {
    createClient(input: { name: $name, country: "US" }) {
      id
    }
  }
`);

const CreateProject = graphql(`
  mutation CrashCreateProject($clientId: ID!, $name: String!) {
    createProject(input: { clientId: $clientId, name: $name, budgetHours: "10" }) {
      id
      name
      version
      tasks {
        id
      }
    }
  }
`);

interface Answer<TResult> {
  status: number;
  retryAfter: string | null;
  body: { data?: TResult | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post<TResult, TVariables>(
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  key?: string,
): Promise<Answer<TResult>> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(writer), ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query: sourceOf(operation), variables }),
  });
  const body = (await response.json()) as Answer<TResult>['body'];
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const codes = (answer: Answer<unknown>) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

function startProjects(): Promise<void> {
  services.projects = runRecordgraph('projects', ['serve', 'projects'], { ...env, PROJECTS_PORT: String(projectsPort) });
  return waitUntilReady(`http://127.0.0.1:${projectsPort}/readyz`, services.projects);
}

/** Runs `work` on the projects store through a connection of the test's own. */
async function withProjectsStore<T>(work: (database: Database<ProjectsDatabase>) => Promise<T>): Promise<T> {
  const database = await openDatabase<ProjectsDatabase>({
    url: stores.urls.projects,
    migrations: projectsSubgraph.migrations,
    migrate: false,
  });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Waits (bounded) until the projects store shows the key in `status`. */
async function keyReaches(key: string, status: 'in_progress' | 'committed'): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const row = await withProjectsStore((database) =>
      database.db.selectFrom('idempotency_keys').select('status').where('key', '=', key).executeTakeFirst(),
    );
    if (row?.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`key ${key} never reached ${status}`);
}

/** What the store holds of the projects named `name`: rows, audit rows and outbox events. */
async function written(name: string): Promise<{ projects: number; audit: number; events: number }> {
  return withProjectsStore(async ({ db }) => {
    const projects = await db.selectFrom('projects').select('id').where('name', '=', name).execute();
    const ids = projects.map((project) => project.id);
    if (ids.length === 0) return { projects: 0, audit: 0, events: 0 };
    const audit = await db.selectFrom('audit_log').select('id').where('entity_id', 'in', ids).execute();
    if (audit.length === 0) return { projects: projects.length, audit: 0, events: 0 };
    const audits = audit.map((row) => row.id);
    const events = await db.selectFrom('outbox').select('event_id').where('audit_id', 'in', audits).execute();
    return { projects: projects.length, audit: audit.length, events: events.length };
  });
}

/** SIGKILLs the projects process (the key's owner) and starts it again on the same store and port. */
async function crashAndRestartProjects(): Promise<void> {
  expect(await services.projects?.kill('SIGKILL')).toBeNull();
  await startProjects();
}

/**
 * Retries the mutation the way a client would: while the answer is CONFLICT 409 (the dead
 * owner's lease has not ended yet), it waits the Retry-After it was given. Bounded.
 */
async function retryUntilAnswered(variables: { clientId: string; name: string }, key: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await post(CreateProject, variables, key);
    if (answer.status !== 409) return answer;
    expect(codes(answer)).toEqual(['CONFLICT']);
    expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
  }
  throw new Error('still in progress after 20 retries');
}

beforeAll(
  () =>
    withTeardown(async (defer) => {
      stores = await createTestStores();
      defer(() => stores.drop());
      defer(() => Promise.all(Object.values(services).map((service) => service.kill('SIGKILL'))));
      const ports = Object.fromEntries(
        await Promise.all(SYSTEMS_OF_RECORD.map(async (name) => [name, await freePort()] as const)),
      ) as Record<RecordSystem, number>;
      projectsPort = ports.projects;
      env = {
        LOG_LEVEL: 'warn',
        ...stores.env,
        ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
        JWT_SECRET,
        SEED_ON_START: 'false',
        IDEMPOTENCY_LEASE_MS: String(LEASE_MS),
        IDEMPOTENCY_WAIT_MS: String(WAIT_MS),
        // Above the time the test keeps crm stopped while projects waits on it.
        SUBGRAPH_TIMEOUT_MS: '20000',
      };
      services.crm = runRecordgraph('crm', ['serve', 'crm'], { ...env, CRM_PORT: String(ports.crm) });
      await waitUntilReady(`http://127.0.0.1:${ports.crm}/readyz`, services.crm);
      await startProjects();
      const gatewayPort = await freePort();
      services.gateway = runRecordgraph('gateway', ['serve', 'gateway'], { ...env, GATEWAY_PORT: String(gatewayPort) });
      // Liveness, not readiness: hr, accounting and webhooks are not running, and this test needs none of them.
      await waitUntilReady(`http://127.0.0.1:${gatewayPort}/healthz`, services.gateway);
      gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
      writer = await tokenFor(['read', 'crm:write', 'projects:write'], { subject: 'crash-tester', auth });
      const client = await post(CreateClient, { name: 'Crash Test Ltd' });
      expect(client.body.errors).toBeUndefined();
      clientId = client.body.data?.createClient.id ?? '';
    }),
  PROCESS_TEST_TIMEOUT_MS,
);

describe('an Idempotency-Key whose owner is SIGKILLed mid-request', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('before its write: a retry waits for the live owner briefly (409, Retry-After), then after the lease completes the write once', async () => {
    const key = `crash-before-${randomBytes(4).toString('hex')}`;
    const variables = { clientId, name: 'Crashed before writing' };
    // crm stopped: the owner claims the key, then waits in its reference check on the client.
    services.crm?.child.kill('SIGSTOP');
    let crmStopped = true;
    try {
      const first = post(CreateProject, variables, key);
      await keyReaches(key, 'in_progress');
      // A concurrent retry meets a live owner (its heartbeat renews the lease): CONFLICT, quickly.
      const started = Date.now();
      const concurrent = await post(CreateProject, variables, key);
      expect(Date.now() - started).toBeLessThan(WAIT_MS + 5_000);
      expect(concurrent.status).toBe(409);
      expect(codes(concurrent)).toEqual(['CONFLICT']);
      expect(Number(concurrent.retryAfter)).toBeGreaterThanOrEqual(1);

      await crashAndRestartProjects();
      const lost = await first;
      expect(codes(lost)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      services.crm?.child.kill('SIGCONT');
      crmStopped = false;
    } finally {
      if (crmStopped) services.crm?.child.kill('SIGCONT');
    }
    expect(await written(variables.name)).toEqual({ projects: 0, audit: 0, events: 0 });

    const answer = await retryUntilAnswered(variables, key);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.createProject).toMatchObject({ name: variables.name, version: 1, tasks: [] });
    expect(await written(variables.name)).toEqual({ projects: 1, audit: 1, events: 1 });
    // From now on the key answers with that response.
    expect(await post(CreateProject, variables, key)).toEqual(answer);
    expect(await written(variables.name)).toEqual({ projects: 1, audit: 1, events: 1 });
  });

  it.skipIf(TEST_STORE !== 'postgres')(
    'after its write committed, before its answer was recorded: the retry answers with the written project and writes nothing',
    async () => {
      const key = `crash-after-${randomBytes(4).toString('hex')}`;
      const variables = { clientId, name: 'Crashed after writing' };
      // `tasks` locked: the owner commits the project, then waits resolving its (empty) tasks.
      const lock = new pg.Client({ connectionString: stores.urls.projects });
      await lock.connect();
      try {
        await lock.query('begin');
        await lock.query('lock table tasks in access exclusive mode');
        const first = post(CreateProject, variables, key);
        await keyReaches(key, 'committed');
        expect(await written(variables.name)).toEqual({ projects: 1, audit: 1, events: 1 });
        await crashAndRestartProjects();
        expect(codes(await first)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      } finally {
        await lock.query('rollback').catch(() => {});
        await lock.end();
      }
      const answer = await retryUntilAnswered(variables, key);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.createProject).toMatchObject({ name: variables.name, version: 1, tasks: [] });
      const [project] = await withProjectsStore(({ db }) =>
        db.selectFrom('projects').select('id').where('name', '=', variables.name).execute(),
      );
      expect(answer.body.data?.createProject.id).toBe(project?.id);
      expect(await written(variables.name)).toEqual({ projects: 1, audit: 1, events: 1 });
    },
  );
});

describe('a key reused with other input, through the gateway', () => {
  it('is IDEMPOTENCY_KEY_REUSED with HTTP 422, as directly', async () => {
    const key = `reused-${randomBytes(4).toString('hex')}`;
    const first = await post(CreateProject, { clientId, name: 'Reused key' }, key);
    expect(first.body.errors).toBeUndefined();
    const reused = await post(CreateProject, { clientId, name: 'Something else' }, key);
    expect(reused.status).toBe(422);
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.body.data ?? null).toBeNull();
    expect(await written('Something else')).toEqual({ projects: 0, audit: 0, events: 0 });
  });
});
