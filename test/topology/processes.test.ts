import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
import { ClientOverviewDocument } from '../__generated__/graphql.ts';
import { bearer, TEST_AUTH, tokenFor } from '../support/auth.ts';
import { deleteStream, NATS_TEST_URL, uniqueStreamName } from '../support/nats.ts';
import { sourceOf } from '../support/operations.ts';
import {
  freePort,
  PROCESS_TEST_TIMEOUT_MS,
  runRecordgraph,
  waitUntilReady,
  withTeardown,
  type ServiceProcess,
} from '../support/processes.ts';
import { createTestStores, type TestStores } from '../support/stores.ts';

/**
 * The production topology as separate processes on 127.0.0.1: five subgraphs (the four domains
 * and webhooks), each on its own PostgreSQL database (the `postgres` test project), announcing
 * their writes on NATS JetStream, and two gateway replicas sharing Redis, holding no data.
 * One replica is killed and the other keeps answering; one subgraph is killed and the
 * partial-result behaviour holds.
 */

const PREFIX = `recordgraph-test-${randomBytes(4).toString('hex')}:`;
const STREAM = uniqueStreamName();
let stores: TestStores;
const services: Partial<Record<RecordSystem | 'gatewayA' | 'gatewayB', ServiceProcess>> = {};
const gatewayUrls: string[] = [];
let clientId = '';
// Production has no development key and no anonymous reads: every service is given this one.
const JWT_SECRET = randomBytes(32).toString('hex');
const reader = tokenFor(['read'], { auth: { ...TEST_AUTH, secret: JWT_SECRET } });

// vitest's asymmetric matchers are typed `any`: as `unknown` they fit in an expected object.
const anyString: unknown = expect.any(String);

/** A GraphQL response over HTTP, its data as the operation says. */
interface HttpResponse<TResult> {
  data?: TResult | null;
  errors?: { extensions?: Record<string, unknown> }[];
}

/** POSTs an operation to one process, with `token` (none when null). */
async function post<TResult, TVariables>(
  url: string,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string | null,
): Promise<{ status: number; body: HttpResponse<TResult> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query: sourceOf(operation), variables }),
  });
  return { status: response.status, body: (await response.json()) as HttpResponse<TResult> };
}

/** The headline query of DESIGN.md (lib/operations/ClientOverview.graphql) for the client under test. */
async function headline(url: string) {
  return (await post(url, ClientOverviewDocument, { id: clientId }, await reader)).body;
}

const ActiveClient = graphql(`
  query ProcessesActiveClient {
    clients(first: 1, status: ACTIVE) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ClientCount = graphql(`
  query ProcessesClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

const CreateEndpoint = graphql(`
  mutation ProcessesCreateEndpoint {
    createWebhookEndpoint(input: { url: "https://hooks.example.com/in", types: ["Nobody.*"] }) {
      endpoint {
        id
      }
    }
  }
`);

const EndpointCount = graphql(`
  query ProcessesEndpointCount {
    webhookEndpoints {
      totalCount
    }
  }
`);

/** Deletes the keys the gateways left in the shared Redis. */
async function removeRedisKeys(): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

beforeAll(
  () =>
    withTeardown(async (defer) => {
      defer(removeRedisKeys);
      defer(() => deleteStream(STREAM).catch(() => {}));
      stores = await createTestStores();
      defer(() => stores.drop());
      defer(() => Promise.all(Object.values(services).map((service) => service.kill('SIGKILL'))));
      const ports = Object.fromEntries(
        await Promise.all(SYSTEMS_OF_RECORD.map(async (name) => [name, await freePort()] as const)),
      ) as Record<RecordSystem, number>;
      const urls = Object.fromEntries(
        SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`]),
      );
      const common = {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        ...urls,
        ...stores.env,
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: PREFIX,
        NATS_URL: NATS_TEST_URL,
        NATS_STREAM: STREAM,
        JWT_SECRET,
        // Each process seeds its own part of the same small company from the same seed.
        SEED_CLIENTS: '15',
        SEED_EMPLOYEES: '8',
        SEED_INVOICES: '60',
        SEED_PROJECTS: '10',
      };
      for (const name of SYSTEMS_OF_RECORD) {
        services[name] = runRecordgraph(name, ['serve', name], { ...common, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
      }
      await Promise.all(
        SYSTEMS_OF_RECORD.map((name) => waitUntilReady(`http://127.0.0.1:${ports[name]}/readyz`, services[name] as ServiceProcess)),
      );
      await Promise.all(
        (['gatewayA', 'gatewayB'] as const).map(async (name, i) => {
          const port = await freePort();
          // Without the entity cache: a killed domain's fields would otherwise come from Redis, and
          // this suite is about what a caller gets when a domain is gone (the cache has its own, test/gateway/entity-cache).
          services[name] = runRecordgraph(name, ['serve', 'gateway'], { ...common, GATEWAY_PORT: String(port), ENTITY_CACHE: 'off' });
          gatewayUrls[i] = `http://127.0.0.1:${port}/graphql`;
          await waitUntilReady(`http://127.0.0.1:${port}/readyz`, services[name]);
        }),
      );
      const list = await post(gatewayUrls[0] ?? '', ActiveClient, {}, await reader);
      clientId = list.body.data?.clients.edges[0]?.node.id ?? '';
    }),
  PROCESS_TEST_TIMEOUT_MS,
);

describe('separate processes on PostgreSQL and Redis', () => {
  it('both gateway replicas answer the headline query with the same data', async () => {
    const [a, b] = await Promise.all(gatewayUrls.map((url) => headline(url)));
    expect(a?.errors).toBeUndefined();
    expect(a?.data?.client).toMatchObject({ id: clientId, name: anyString, revenue: { amount: anyString } });
    expect(a?.data?.client?.accountManager).not.toBeUndefined();
    expect(b).toEqual(a);
  });

  it('refuses a request without a token: no anonymous access in production', async () => {
    const response = await post(gatewayUrls[0] ?? '', ClientCount, {}, null);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps webhook endpoints in the webhooks process: both replicas see one registered through either', async () => {
    const manager = await tokenFor(['webhooks:manage'], { auth: { ...TEST_AUTH, secret: JWT_SECRET } });
    // A public https receiver, as production requires, for a type nobody emits: nothing is ever sent to it.
    const created = await post(gatewayUrls[0] ?? '', CreateEndpoint, {}, manager);
    expect(created.body.errors).toBeUndefined();
    const listed = await post(gatewayUrls[1] ?? '', EndpointCount, {}, manager);
    expect(listed.body).toEqual({ data: { webhookEndpoints: { totalCount: 1 } } });
  });

  it('one replica killed, the other keeps answering', async () => {
    expect(await services.gatewayA?.kill('SIGKILL')).toBeNull();
    const result = await headline(gatewayUrls[1] ?? '');
    expect(result.errors).toBeUndefined();
    expect(result.data?.client?.id).toBe(clientId);
  });

  it('one subgraph killed, the other domains still arrive with SUBGRAPH_UNAVAILABLE naming it', async () => {
    await services.accounting?.kill('SIGKILL');
    const result = await headline(gatewayUrls[1] ?? '');
    expect(result.data?.client).toMatchObject({ id: clientId, revenue: null });
    expect(result.data?.client?.name).toEqual(anyString);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'accounting' });
  });
});
