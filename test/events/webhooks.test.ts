import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, nextAttemptAt, retryDelayMs } from '../../subgraphs/webhooks/backoff.ts';
import { migrations } from '../../subgraphs/webhooks/store/migrations.ts';
import { verifySignature } from '../../subgraphs/webhooks/signing.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { openDatabase } from '../../lib/store/database.ts';
import { graphql } from '../__generated__/gql.ts';
import { tokenFor } from '../support/auth.ts';
import { eventually } from '../support/nats.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Webhooks end to end: the whole product in-process on the embedded bus (the webhooks subgraph
 * behind the gateway, like the domains), and receivers on 127.0.0.1 that record what they get. Retries are fast here (WEBHOOK_RETRY_BASE_MS=50, a
 * 1.5-second window) so a failing receiver is dead-lettered within the test.
 */

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver that answers `status` and keeps every request. */
class Receiver {
  readonly requests: Received[] = [];
  status = 200;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(this.status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
    return this;
  }

  events(): ChangeEvent[] {
    return this.requests.map((request) => JSON.parse(request.body) as ChangeEvent);
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const CreateEndpoint = graphql(`
  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        types
        description
        enabled
        version
      }
    }
  }
`);

const DisableEndpoint = graphql(`
  mutation WebhooksDisableEndpoint($id: ID!, $v: Int) {
    updateWebhookEndpoint(id: $id, input: { types: ["Invoice.*"], enabled: false }, expectedVersion: $v) {
      id
      url
      types
      description
      enabled
      version
    }
  }
`);

const RotateSecret = graphql(`
  mutation WebhooksRotateSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
    }
  }
`);

const DeleteEndpoint = graphql(`
  mutation WebhooksDeleteEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      id
    }
  }
`);

const Endpoint = graphql(`
  query WebhooksEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      id
    }
  }
`);

const EndpointCount = graphql(`
  query WebhooksEndpointCount {
    webhookEndpoints {
      totalCount
    }
  }
`);

const DeadLetterCount = graphql(`
  query WebhooksDeadLetterCount {
    webhookDeliveries(status: DEAD) {
      totalCount
    }
  }
`);

const Deliveries = graphql(`
  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {
      totalCount
      edges {
        node {
          id
          endpointId
          eventId
          eventType
          status
          attemptCount
          nextAttemptAt
          lastAttemptAt
          attempts {
            number
            attemptedAt
            statusCode
            durationMs
            error
          }
        }
      }
    }
  }
`);

const ReplayDeadLetters = graphql(`
  mutation WebhooksReplayDeadLetters($id: ID!) {
    replayDeadLetters(endpointId: $id) {
      replayed
    }
  }
`);

const ReplayDelivery = graphql(`
  mutation WebhooksReplayDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
      status
    }
  }
`);

const CreateClient = graphql(`
  mutation WebhooksCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const SetIndustry = graphql(`
  mutation WebhooksSetIndustry($id: ID!) {
    updateClient(id: $id, input: { industry: "Retail" }) {
      id
    }
  }
`);

let stack: Stack;
const receivers: Receiver[] = [];

beforeAll(async () => {
  stack = await startStack({
    seed: null,
    env: {
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_RETRY_WINDOW_MS: '1500',
      WEBHOOK_TIMEOUT_MS: '2000',
      EVENT_POLL_MS: '20',
      OUTBOX_POLL_MS: '50',
    },
  });
  return async () => {
    await stack.stop();
    await Promise.all(receivers.map((receiver) => receiver.stop()));
  };
});

async function receiver(): Promise<Receiver> {
  const started = await new Receiver().start();
  receivers.push(started);
  return started;
}

async function createEndpoint(url: string, types: string[]) {
  const result = await stack.query(CreateEndpoint, { input: { url, types, description: 'test receiver' } });
  expect(result.errors).toBeUndefined();
  return result.data?.createWebhookEndpoint ?? expect.fail('no endpoint');
}

async function createClient(name: string): Promise<string> {
  const result = await stack.query(CreateClient, { name });
  expect(result.errors).toBeUndefined();
  return result.data?.createClient.id ?? expect.fail('no client');
}

async function deliveries(endpointId: string, status?: VariablesOf<typeof Deliveries>['status']) {
  const result = await stack.query(Deliveries, { endpointId, status });
  expect(result.errors).toBeUndefined();
  return result.data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
}

/** What the webhooks store holds besides endpoints: a refused write must leave no audit or outbox row. */
async function storeRows(): Promise<{ endpoints: number; audit: number; outbox: number }> {
  const database = await openDatabase<Record<string, { id: string }>>({ url: stack.config.databaseUrls.webhooks, migrations });
  try {
    const count = async (table: string) =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { endpoints: await count('webhook_endpoints'), audit: await count('audit_log'), outbox: await count('outbox') };
  } finally {
    await database.close();
  }
}

function expectSigned(request: Received, secret: string): void {
  const header = request.headers['recordgraph-signature'];
  expect(typeof header).toBe('string');
  expect(verifySignature({ payload: request.body, header: header as string, secret })).toMatchObject({ valid: true });
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.headers['recordgraph-event-id']).toBe((JSON.parse(request.body) as ChangeEvent).id);
}

describe('webhook endpoints', () => {
  it('need the webhooks:manage scope, for writes and reads, and a refused write stores nothing', async () => {
    const before = await storeRows();
    const token = await tokenFor(SCOPES.filter((scope) => scope !== 'webhooks:manage'));
    const create = await stack.query(CreateEndpoint, { input: { url: 'http://127.0.0.1:9/x', types: ['Client.*'] } }, { token });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(create.errors?.[0]?.message).toContain('webhooks:manage');
    const list = await stack.query(EndpointCount, {}, { token });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dead = await stack.query(DeadLetterCount, {}, { token });
    expect(dead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The webhooks subgraph called directly, bypassing the gateway, holds the same line.
    const direct = await stack.queryAt(stack.urls.webhooks, EndpointCount, {}, { token });
    expect(direct.errors?.map((error) => [error.extensions?.code, error.extensions?.requiredScope])).toEqual([
      ['FORBIDDEN', 'webhooks:manage'],
    ]);
    const directWrite = await stack.queryAt(stack.urls.webhooks, ReplayDeadLetters, { id: 'whe_doesnotexist00' }, { token });
    expect(directWrite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await storeRows()).toEqual(before);
  });

  it('refuse a URL that is not http(s) and a malformed event type with BAD_USER_INPUT, storing nothing', async () => {
    const before = await storeRows();
    const result = await stack.query(CreateEndpoint, { input: { url: 'ftp://example.com/hook', types: ['Client.*', 'client created'] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (result.errors?.[0]?.extensions?.fields as { path: string[] }[]).map((field) => field.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.url', 'input.types.1']));
    const none = await stack.query(CreateEndpoint, { input: { url: 'http://127.0.0.1:9/x', types: [] } });
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storeRows()).toEqual(before);
  });

  it('are versioned: a stale expectedVersion is a CONFLICT, an unknown id NOT_FOUND, and a deleted endpoint is gone', async () => {
    const before = await storeRows();
    const { endpoint, secret } = await createEndpoint('http://127.0.0.1:9/versions', ['Invoice.issued']);
    expect(await storeRows()).toEqual({ endpoints: before.endpoints + 1, audit: before.audit + 1, outbox: before.outbox + 1 });
    const update = (expectedVersion: number) => stack.query(DisableEndpoint, { id: endpoint.id, v: expectedVersion });
    const updated = await update(1);
    expect(updated.data?.updateWebhookEndpoint).toMatchObject({ types: ['Invoice.*'], enabled: false, version: 2 });
    expect((await update(1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await stack.query(RotateSecret, { id: 'whe_doesnotexist00' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deleted = await stack.query(DeleteEndpoint, { id: endpoint.id });
    expect(deleted.errors).toBeUndefined();
    const after = await stack.query(Endpoint, { id: endpoint.id });
    expect(after.data?.webhookEndpoint).toBeNull();

    // Announced like every write, with neither the URL, the description, the types nor the secret on the bus.
    const bus = new LocalBus({ path: stack.config.events.logPath, pollMs: 20 });
    try {
      const announced = async () =>
        (await bus.read({ after: 0, limit: 10_000 })).map(({ event }) => event).filter((event) => event.entityId === endpoint.id);
      await eventually(async () => (await announced()).length === 3, 'the three endpoint writes are announced');
      const events = await announced();
      expect(events.map((event) => [event.source, event.type, event.entityVersion])).toEqual([
        ['webhooks', 'WebhookEndpoint.created', 1],
        ['webhooks', 'WebhookEndpoint.updated', 2],
        ['webhooks', 'WebhookEndpoint.updated', 3],
      ]);
      expect(events[0]?.redacted.sort()).toEqual(['description', 'types', 'url']);
      expect(JSON.stringify(events)).not.toContain(secret);
      expect(JSON.stringify(events)).not.toContain('127.0.0.1:9');
    } finally {
      await bus.close();
    }
  });
});

describe('webhook deliveries', () => {
  it('POST each matching change, signed, from the moment the endpoint is registered', async () => {
    const hooks = await receiver();
    const earlier = await createClient('Before the endpoint');
    const { endpoint, secret } = await createEndpoint(hooks.url, ['Client.*']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const clientId = await createClient('Hooked Ltd');
    await stack.query(SetIndustry, { id: clientId });
    await eventually(() => hooks.requests.length >= 2, 'both changes are delivered');
    for (const request of hooks.requests) expectSigned(request, secret);
    expect(hooks.events().map((event) => [event.type, event.entityId, event.entityVersion])).toEqual([
      ['Client.created', clientId, 1],
      ['Client.updated', clientId, 2],
    ]);
    expect(hooks.events()[0]?.changes).toMatchObject({ name: 'Hooked Ltd' });
    await eventually(
      async () => (await deliveries(endpoint.id)).every((delivery) => delivery.status === 'DELIVERED'),
      'deliveries are marked delivered',
    );
    const listed = await deliveries(endpoint.id);
    expect(listed).toHaveLength(2);
    expect(listed.map((delivery) => delivery.eventId).sort()).toEqual(
      hooks
        .events()
        .map((event) => event.id)
        .sort(),
    );
    expect(listed.some((delivery) => JSON.stringify(delivery).includes(earlier))).toBe(false);
    for (const delivery of listed) {
      expect(delivery).toMatchObject({ status: 'DELIVERED', attemptCount: 1, nextAttemptAt: null });
      expect(delivery.attempts).toEqual([expect.objectContaining({ number: 1, statusCode: 200, error: null })]);
    }
    // A signature made with a rotated-out secret no longer verifies; the next delivery uses the new one.
    const rotated = await stack.query(RotateSecret, { id: endpoint.id });
    const newSecret = rotated.data?.rotateWebhookSecret.secret ?? expect.fail('no secret');
    expect(newSecret).not.toBe(secret);
    await createClient('After rotation');
    await eventually(() => hooks.requests.length >= 3, 'the third change is delivered');
    const third = hooks.requests[2] ?? expect.fail('no third request');
    expectSigned(third, newSecret);
    expect(verifySignature({ payload: third.body, header: third.headers['recordgraph-signature'] as string, secret }).valid).toBe(false);
    await stack.query(DeleteEndpoint, { id: endpoint.id });
  });

  it('retry a failing receiver with back-off, dead-letter it with every attempt listed, and replay it once it recovers', async () => {
    const hooks = await receiver();
    hooks.status = 500;
    const { endpoint, secret } = await createEndpoint(hooks.url, ['Client.created']);
    const clientId = await createClient('Flaky Receiver Inc');
    await eventually(async () => (await deliveries(endpoint.id, 'DEAD')).length === 1, 'the delivery is dead-lettered', 15_000);
    const [dead] = await deliveries(endpoint.id, 'DEAD');
    if (!dead) expect.fail('no dead delivery');
    expect(dead.eventType).toBe('Client.created');
    expect(dead.nextAttemptAt).toBeNull();
    expect(dead.attempts.length).toBeGreaterThanOrEqual(2);
    expect(dead.attemptCount).toBe(dead.attempts.length);
    expect(dead.attempts.map((attempt) => attempt.number)).toEqual(dead.attempts.map((_, index) => index + 1));
    for (const attempt of dead.attempts) expect(attempt).toMatchObject({ statusCode: 500, error: 'HTTP 500' });
    // Every attempt reached the receiver, each the same event, signed.
    expect(hooks.requests).toHaveLength(dead.attempts.length);
    for (const request of hooks.requests) expectSigned(request, secret);
    expect(new Set(hooks.events().map((event) => event.entityId))).toEqual(new Set([clientId]));

    const deadLetters = await stack.query(DeadLetterCount);
    expect(deadLetters.data?.webhookDeliveries.totalCount).toBeGreaterThanOrEqual(1);

    hooks.status = 204;
    const replay = await stack.query(ReplayDeadLetters, { id: endpoint.id });
    expect(replay.data?.replayDeadLetters.replayed).toBe(1);
    await eventually(async () => (await deliveries(endpoint.id, 'DELIVERED')).length === 1, 'the replayed delivery arrives');
    const [delivered] = await deliveries(endpoint.id);
    expect(delivered?.attempts.at(-1)).toMatchObject({ statusCode: 204, error: null, number: dead.attempts.length + 1 });
    expect((await deliveries(endpoint.id, 'DEAD')).length).toBe(0);

    // One delivered delivery can be sent again on request, too (counted before asking: it may arrive before the answer does).
    const received = hooks.requests.length;
    const again = await stack.query(ReplayDelivery, { id: dead.id });
    expect(again.data?.replayWebhookDelivery).toMatchObject({ id: dead.id, status: 'PENDING' });
    await eventually(() => hooks.requests.length === received + 1, 'the delivery is sent again');
    expect(hooks.events().at(-1)?.id).toBe(dead.eventId);
    const unknown = await stack.query(ReplayDelivery, { id: 'whd_doesnotexist00' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stack.query(DeleteEndpoint, { id: endpoint.id });
  });
});

describe('the retry schedule', () => {
  const policy = { retryBaseMs: 30_000, retryWindowMs: 24 * 60 * 60 * 1000 };
  const middle = () => 0.5;

  it('doubles from the base after each failure, capped at two hours, with at most ±10 % jitter', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelayMs(policy, failures, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(policy, 30, middle)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(policy, 1, () => 0)).toBe(27_000);
    expect(retryDelayMs(policy, 1, () => 1)).toBe(33_000);
  });

  it('keeps retrying for the whole window from the first attempt (at least 24 hours by default), then dead-letters', () => {
    const first = new Date('2026-01-01T00:00:00Z');
    let now = first;
    let failures = 0;
    for (let next = nextAttemptAt(policy, 1, first, now); next; next = nextAttemptAt(policy, ++failures + 1, first, now)) now = next;
    const lastAttemptAfterHours = (now.getTime() - first.getTime()) / 3_600_000;
    expect(lastAttemptAfterHours).toBeGreaterThanOrEqual(24);
    // The last wait is at most two hours plus jitter.
    expect(lastAttemptAfterHours).toBeLessThan(26.3);
    expect(nextAttemptAt(policy, 20, first, new Date(first.getTime() + 23.5 * 3_600_000))).not.toBeNull();
    expect(nextAttemptAt(policy, 20, first, new Date(first.getTime() + 24 * 3_600_000))).toBeNull();
  });
});
