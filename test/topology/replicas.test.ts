import { createHash, randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.ts';
import { sourceOf, type Untyped } from '../support/operations.ts';
import { freePort, PROCESS_TEST_TIMEOUT_MS, reachable, runRecordgraph, waitUntilReady, type ServiceProcess } from '../support/processes.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Gateway replicas as production runs them: separate `recordgraph serve gateway` processes
 * sharing automatic persisted queries through the real Redis at 127.0.0.1:6379. A third replica
 * without Redis is the control: what it registers stays in its own process. A fourth points at
 * a Redis that is not there and must still answer everything.
 */

const REDIS_PORT = 6379;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const TTL_SECONDS = 600;
const prefix = `recordgraph-test:${randomBytes(6).toString('hex')}:`;

const redisUp = await reachable(REDIS_PORT);
const requireRedis = process.env.CI === 'true';
if (!redisUp && !requireRedis) console.warn(`Skipping the gateway replica tests: nothing listens on ${REDIS_URL}.`);

interface Replica {
  url: string;
  service: ServiceProcess;
}

const replicas: ServiceProcess[] = [];

/** A `recordgraph serve gateway` process in front of the stack's subgraphs; no Redis unless `env` names one. */
async function startReplica(stack: Stack, env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const service = runRecordgraph('gateway', ['serve', 'gateway'], {
    GATEWAY_PORT: `${port}`,
    CRM_URL: stack.urls.crm,
    ACCOUNTING_URL: stack.urls.accounting,
    HR_URL: stack.urls.hr,
    PROJECTS_URL: stack.urls.projects,
    WEBHOOKS_URL: stack.urls.webhooks,
    // The stack's bus, rather than a log under ./data in the checkout.
    EVENT_LOG_PATH: stack.config.events.logPath,
    PERSISTED_QUERY_TTL_SECONDS: `${TTL_SECONDS}`,
    REDIS_URL: '',
    REDIS_KEY_PREFIX: '',
    ...env,
  });
  replicas.push(service);
  await waitUntilReady(`http://127.0.0.1:${port}/readyz`, service);
  return { url: `http://127.0.0.1:${port}/graphql`, service };
}

function sha256(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/**
 * A raw APQ request: a body with the query and its hash registers the query, one with the hash
 * alone asks for what was registered. The answer to a hash has no document to type it by.
 */
async function post(url: string, body: Record<string, unknown>): Promise<GraphQLResult<Untyped>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<Untyped>, 'status'>) };
}

/** Sends a typed operation with its hash, which registers it: its data as the operation says. */
async function register<TResult, TVariables>(
  url: string,
  operation: TypedDocumentNode<TResult, TVariables>,
): Promise<GraphQLResult<TResult>> {
  const query = sourceOf(operation);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: persisted(sha256(query)) }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<TResult>, 'status'>) };
}

/** Hash-only GET, as a CDN-cached APQ client sends it. */
async function getByHash(url: string, hash: string): Promise<GraphQLResult<Untyped>> {
  const response = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<Untyped>, 'status'>) };
}

const Probe = graphql(`
  query ReplicasProbe {
    clients(first: 3) {
      edges {
        node {
          id
          name
          revenue(months: 12) {
            amount
          }
        }
      }
      totalCount
    }
  }
`);

const Control = graphql(`
  query ReplicasControl {
    employees(first: 2) {
      totalCount
    }
  }
`);

const Shared = graphql(`
  query ReplicasShared {
    clients(first: 1) {
      totalCount
    }
  }
`);

const Orphan = graphql(`
  query ReplicasOrphan {
    projects(first: 2) {
      totalCount
    }
  }
`);

const codes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((error) => error.extensions?.code);

describe.skipIf(!redisUp && !requireRedis)('gateway replicas share automatic persisted queries through Redis', () => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
  let stack: Stack | undefined;
  let a: Replica;
  let b: Replica;
  let alone: Replica;
  let orphan: Replica;

  beforeAll(async () => {
    expect(redisUp, `CI=true needs Redis at ${REDIS_URL}`).toBe(true);
    await redis.connect();
    const running = await startStack();
    stack = running;
    const shared = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
    const deadRedis = { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_KEY_PREFIX: prefix };
    [a, b, alone, orphan] = await Promise.all([
      startReplica(running, shared),
      startReplica(running, shared),
      startReplica(running, {}),
      startReplica(running, deadRedis),
    ]);
  }, PROCESS_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.kill('SIGKILL')));
    await stack?.stop();
    if (redis.status === 'ready') {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    } else {
      redis.disconnect();
    }
  });

  it('serves on replica B a query registered through replica A, by hash alone (POST and GET)', async () => {
    const query = sourceOf(Probe);
    const hash = sha256(query);
    expect(codes(await post(b.url, { extensions: persisted(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await register(a.url, Probe);
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.clients).toMatchObject({ totalCount: 60 });
    // Apollo stores the query without awaiting it; the key is the contract between replicas.
    const key = `${prefix}apq:${hash}`;
    await expect.poll(() => redis.get(key), { timeout: 5_000 }).toBe(query);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan((TTL_SECONDS - 10) * 1000);
    expect(ttl).toBeLessThanOrEqual(TTL_SECONDS * 1000);

    const byPost = await post(b.url, { extensions: persisted(hash) });
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data).toEqual(registered.data);
    const byGet = await getByHash(b.url, hash);
    expect(byGet.status).toBe(200);
    expect(byGet.errors).toBeUndefined();
    expect(byGet.data).toEqual(registered.data);
  });

  it('without Redis a replica neither sees what others registered nor shares what it registers', async () => {
    const hash = sha256(sourceOf(Control));
    const viaShared = sourceOf(Shared);
    expect((await register(a.url, Shared)).errors).toBeUndefined();
    await expect.poll(() => redis.exists(`${prefix}apq:${sha256(viaShared)}`), { timeout: 5_000 }).toBe(1);
    expect(codes(await post(alone.url, { extensions: persisted(sha256(viaShared)) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await register(alone.url, Control);
    expect(registered.errors).toBeUndefined();
    expect((await post(alone.url, { extensions: persisted(hash) })).data).toEqual(registered.data);
    expect(codes(await post(b.url, { extensions: persisted(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(await redis.exists(`${prefix}apq:${hash}`)).toBe(0);
  });

  it('a replica whose Redis is unreachable answers every request from its own cache, with one warning', async () => {
    const hash = sha256(sourceOf(Orphan));
    const registered = await register(orphan.url, Orphan);
    expect(registered.errors).toBeUndefined();
    for (let i = 0; i < 5; i++) {
      const byHash = await post(orphan.url, { extensions: persisted(hash) });
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data).toEqual(registered.data);
    }
    // One warning from the persisted queries' cache (the entity cache warns once of its own).
    expect(orphan.service.output().match(/Redis is unavailable: cache entries are not shared/g)).toHaveLength(1);
  });

  it('a replica stops cleanly on SIGTERM, its Redis connection closed', async () => {
    const exited = a.service.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000))]);
    expect(code, a.service.output()).toBe(0);
    expect(a.service.output()).not.toMatch(/Redis is unavailable/);
  });
});
