import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { authenticateConnection } from '../../gateway/subscriptions/authenticate.ts';
import { Authenticator } from '../../lib/auth/authenticate.ts';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { graphql } from '../__generated__/gql.ts';
import { craftToken, fullAccessToken, TEST_AUTH, tokenFor } from '../support/auth.ts';
import { sourceOf, type Operation } from '../support/operations.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * `entityChanged` over graphql-ws at the gateway's /graphql (ws://): committed changes arrive
 * in order, a client that reconnects with `after` gets exactly what it missed, and the socket
 * is authenticated like an HTTP request (4401 without a valid token, 4403 without `read`).
 */

const EntityChanged = graphql(`
  subscription SubscriptionsEntityChanged($types: [String!], $after: String) {
    entityChanged(types: $types, after: $after) {
      id
      cursor
      type
      entityId
      entityVersion
      actor {
        subject
        mutation
      }
      changes {
        field
        value
      }
    }
  }
`);

type ChangeEvent = ResultOf<typeof EntityChanged>['entityChanged'];

// vitest's asymmetric matchers are typed `any`: as `unknown` they fit in an expected object.
const anyString: unknown = expect.any(String);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

let stack: Stack;
let wsUrl: string;
let writer: string;
const clients: Client[] = [];

beforeAll(async () => {
  writer = await tokenFor(SCOPES, { subject: 'socket-writer' });
  stack = await startStack({ seed: null, env: { ANONYMOUS_READS: 'false' } });
  wsUrl = stack.gatewayUrl.replace(/^http/, 'ws');
  return async () => {
    await Promise.all(
      clients.map(async (client) => {
        await client.dispose();
      }),
    );
    await stack.stop();
  };
});

function connect(connectionParams: Record<string, unknown> = {}, webSocketImpl: unknown = WebSocket): Client {
  // No retries: a refused connection must surface as its close code.
  const client = createClient({ url: wsUrl, webSocketImpl, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

async function connectWithToken(): Promise<Client> {
  return connect({ authorization: `Bearer ${await fullAccessToken()}` });
}

interface Listener {
  received: ChangeEvent[];
  /** GraphQL errors, or the close event when the socket was closed on the client. */
  failures: unknown[];
  completed: () => boolean;
  waitFor(count: number): Promise<ChangeEvent[]>;
  stop(): void;
}

/**
 * Subscribes to `entityChanged`, or sends `operation` instead over the same socket (one the
 * gateway must refuse: only its failures are read).
 */
function listen(
  client: Client,
  variables: VariablesOf<typeof EntityChanged>,
  operation: Operation<unknown, never> = EntityChanged,
): Listener {
  const received: ChangeEvent[] = [];
  const failures: unknown[] = [];
  let completed = false;
  const stop = client.subscribe<ResultOf<typeof EntityChanged>>(
    { query: sourceOf(operation), variables },
    {
      next: (result) => {
        if (result.errors) failures.push(...result.errors);
        if (result.data) received.push(result.data.entityChanged);
      },
      error: (error) => failures.push(...(Array.isArray(error) ? (error as unknown[]) : [error])),
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    received,
    failures,
    completed: () => completed,
    stop,
    waitFor: (count) =>
      vi.waitFor(
        () => {
          if (failures.length) throw new Error(`subscription failed: ${JSON.stringify(failures)}`);
          if (received.length < count) throw new Error(`${received.length} of ${count} events so far`);
          return received.slice(0, count);
        },
        { timeout: 10_000, interval: 20 },
      ),
  };
}

/** Waits (bounded) until the subscription ended with an error or a close. */
function failureOf(listener: Listener): Promise<unknown[]> {
  return vi.waitFor(
    () => {
      if (!listener.failures.length) throw new Error('no failure yet');
      return listener.failures;
    },
    { timeout: 10_000, interval: 20 },
  );
}

const FeedPage = graphql(`
  query SubscriptionsFeedPage($after: String) {
    changes(after: $after, first: 500) {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The feed's end cursor now: subscriptions started `after` it see exactly the changes that follow. */
async function feedEnd(): Promise<string> {
  let after: string | null = null;
  for (;;) {
    // Annotated: the loop feeds `after` back in, which TypeScript cannot infer through.
    const result: GraphQLResult<ResultOf<typeof FeedPage>> = await stack.query(FeedPage, { after });
    const pageInfo = result.data?.changes.pageInfo;
    if (!pageInfo?.endCursor) throw new Error(JSON.stringify(result.errors ?? 'a feed page without an end cursor'));
    after = pageInfo.endCursor;
    if (!pageInfo.hasNextPage) return after;
  }
}

const CreateClient = graphql(`
  mutation SubscriptionsCreateClient($name: String!) {
    createClient(input: { name: $name, country: "US" }) {
      id
    }
  }
`);

const ActivateClient = graphql(`
  mutation SubscriptionsActivateClient($id: ID!) {
    changeClientStatus(id: $id, status: ACTIVE) {
      id
    }
  }
`);

async function createClientNamed(name: string): Promise<string> {
  const result = await stack.query(CreateClient, { name }, { token: writer });
  expect(result.errors).toBeUndefined();
  return result.data?.createClient.id ?? '';
}

async function activate(id: string): Promise<void> {
  const result = await stack.query(ActivateClient, { id }, { token: writer });
  expect(result.errors).toBeUndefined();
}

const FeedSince = graphql(`
  query SubscriptionsFeedSince($after: String) {
    changes(after: $after, types: ["Client.*"]) {
      edges {
        node {
          id
          cursor
        }
      }
    }
  }
`);

/** A query, which the socket refuses: queries go over HTTP POST. */
const EndCursor = graphql(`
  query SubscriptionsEndCursor {
    changes {
      pageInfo {
        endCursor
      }
    }
  }
`);

/** A subscription, which HTTP POST refuses: subscriptions go over graphql-ws. */
const OverPost = graphql(`
  subscription SubscriptionsOverPost {
    entityChanged {
      id
    }
  }
`);

describe('entityChanged', () => {
  it('delivers committed changes in order, the same events as the feed', async () => {
    const start = await feedEnd();
    const listener = listen(await connectWithToken(), { after: start, types: ['Client.*'] });
    const first = await createClientNamed('Socket One');
    await activate(first);
    const second = await createClientNamed('Socket Two');
    const events = await listener.waitFor(3);
    expect(events.map((event) => [event.type, event.entityId, event.entityVersion])).toEqual([
      ['Client.created', first, 1],
      ['Client.statusChanged', first, 2],
      ['Client.created', second, 1],
    ]);
    expect(events[1]).toMatchObject({
      actor: { subject: 'socket-writer', mutation: 'changeClientStatus' },
      changes: [{ field: 'status', value: '"ACTIVE"' }],
    });
    const feed = await stack.query(FeedSince, { after: start });
    expect(feed.data?.changes.edges.map((edge) => edge.node)).toEqual(events.map(({ id, cursor }) => ({ id, cursor })));
  });

  it('resumes with `after` after a disconnect: exactly the missed events, then live ones', async () => {
    const start = await feedEnd();
    const before = await connectWithToken();
    const first = listen(before, { after: start, types: ['Client.*'] });
    const one = await createClientNamed('Resume One');
    const [seen] = await first.waitFor(1);
    await before.dispose();
    // Missed while disconnected.
    const two = await createClientNamed('Resume Two');
    await activate(one);
    const again = listen(await connectWithToken(), { after: seen?.cursor, types: ['Client.*'] });
    const three = await createClientNamed('Resume Three');
    const events = await again.waitFor(3);
    expect(events.map((event) => [event.type, event.entityId])).toEqual([
      ['Client.created', two],
      ['Client.statusChanged', one],
      ['Client.created', three],
    ]);
    expect(events.map((event) => event.id)).not.toContain(seen?.id);
  });

  it('without `after`, starts from now', async () => {
    const earlier = await createClientNamed('Before Subscribing');
    await vi.waitFor(async () => expect(await feedEnd()).not.toBe(Buffer.from('p:0').toString('base64url')), {
      timeout: 10_000,
      interval: 20,
    });
    const listener = listen(await connectWithToken(), { types: ['Client.created'] });
    // The tail begins when the server starts it, which the protocol does not announce: write until one arrives.
    const later: string[] = [];
    await vi.waitFor(
      async () => {
        if (listener.received.length) return;
        later.push(await createClientNamed(`After Subscribing ${later.length + 1}`));
        throw new Error('nothing received yet');
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(later).toContain(listener.received[0]?.entityId);
    expect(listener.received.map((event) => event.entityId)).not.toContain(earlier);
  });

  it('refuses bad arguments with BAD_USER_INPUT and the failing path', async () => {
    const client = await connectWithToken();
    const badType = listen(client, { types: ['Client.created', 'clients'] });
    const [typeError] = await failureOf(badType);
    expect(typeError).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['types', '1'], message: anyString }] },
    });
    const badCursor = listen(client, { after: 'not-a-cursor' });
    const [cursorError] = await failureOf(badCursor);
    expect(cursorError).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['after'], message: anyString }] },
    });
  });

  it('serves only subscriptions, with registry codes for what it refuses', async () => {
    const client = await connectWithToken();
    const [query] = await failureOf(listen(client, {}, EndCursor));
    expect(query).toMatchObject({ message: matching(/HTTP POST/), extensions: { code: 'BAD_REQUEST' } });
    // Invalid on purpose (no such field), so a string: codegen would refuse it.
    const [invalid] = await failureOf(listen(client, {}, `subscription { entityChanged { nope } }`));
    expect(invalid).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const [variable] = await failureOf(listen(client, { types: 42 as unknown as string[] }));
    expect(variable).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('holds a subscription to the operation limits an HTTP request meets', async () => {
    const client = await connectWithToken();
    // 5,000 aliases (hostile on purpose, so a string): refused by the token limit before it is parsed in full.
    const aliases = Array.from({ length: 5_000 }, (_, i) => `a${String(i)}: entityChanged { id }`).join(' ');
    const [tooBig] = await failureOf(listen(client, {}, `subscription { ${aliases} }`));
    expect(tooBig).toMatchObject({ extensions: { code: 'OPERATION_TOO_COMPLEX', limit: 'tokens', max: 2_000 } });
    expect((tooBig as { extensions: Record<string, unknown> }).extensions).not.toHaveProperty('http');
  });
});

describe('authentication', () => {
  it('takes the token as connectionParams.token or from the upgrade request', async () => {
    const start = await feedEnd();
    const token = await fullAccessToken();
    class WithHeader extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { authorization: `Bearer ${token}` } });
      }
    }
    const byParam = listen(connect({ token }), { after: start, types: ['Client.created'] });
    const byHeader = listen(connect({}, WithHeader), { after: start, types: ['Client.created'] });
    const id = await createClientNamed('Either Way');
    expect((await byParam.waitFor(1))[0]?.entityId).toBe(id);
    expect((await byHeader.waitFor(1))[0]?.entityId).toBe(id);
  });

  it('closes with 4401 for a bad token, or none when anonymous reads are off', async () => {
    const forged = await craftToken({ secret: 'not-the-secret-at-all-not-the-secret' });
    for (const params of [{ authorization: `Bearer ${forged}` }, { authorization: 'Basic dXNlcjpwYXNz' }, {}]) {
      const [closed] = await failureOf(listen(connect(params), {}));
      expect(closed).toMatchObject({ code: 4401, reason: anyString });
    }
  });

  it('lets a socket without a token in as the anonymous reader only when ANONYMOUS_READS is on', async () => {
    // An upgrade request with no headers at all.
    const upgrade = new IncomingMessage(new Socket());
    expect(await authenticateConnection(new Authenticator({ ...TEST_AUTH, anonymousReads: true }), {}, upgrade)).toMatchObject({
      kind: 'accepted',
      caller: { subject: 'anonymous', anonymous: true },
    });
    expect(await authenticateConnection(new Authenticator({ ...TEST_AUTH, anonymousReads: false }), {}, upgrade)).toMatchObject({
      kind: 'refused',
      code: 4401,
    });
  });

  it('closes with 4403 for a token without read', async () => {
    const [closed] = await failureOf(listen(connect({ authorization: `Bearer ${await tokenFor(['crm:write'])}` }), {}));
    expect(closed).toMatchObject({ code: 4403, reason: matching(/read scope/) });
  });

  it('closes with 4401 when the token it was opened with expires', async () => {
    const listener = listen(connect({ authorization: `Bearer ${await tokenFor(['read'], { ttl: '2s' })}` }), {});
    const [closed] = await failureOf(listener);
    expect(closed).toMatchObject({ code: 4401, reason: 'The token has expired' });
  });
});

describe('over HTTP', () => {
  it('upgrades only /graphql', async () => {
    const socket = new WebSocket(wsUrl.replace(/\/graphql$/, '/elsewhere'), 'graphql-transport-ws');
    // Terminating a socket that never opened emits an error; it is the expected outcome here.
    socket.on('error', () => {});
    const status = await new Promise((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode)));
    socket.terminate();
    expect(status).toBe(400);
  });

  it('a subscription sent as POST is told to use graphql-ws at the same URL', async () => {
    const result = await stack.query(OverPost);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([{ message: matching(/graphql-ws.*same \/graphql URL.*ws:\/\//), extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('stopping the gateway', () => {
  it('closes open sockets instead of waiting for them', async () => {
    const own = await startStack({ seed: null });
    let listener: Listener;
    try {
      const client = createClient({
        url: own.gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${await fullAccessToken()}` },
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      listener = listen(client, { types: ['Client.*'] });
      // A delivered write proves the socket is open and its tail live.
      await vi.waitFor(
        async () => {
          if (listener.received.length) return;
          await own.query(CreateClient, { name: 'Live' });
          throw new Error('not live yet');
        },
        { timeout: 10_000, interval: 50 },
      );
    } finally {
      await own.stop();
    }
    const [closed] = await failureOf(listener);
    expect(closed).toMatchObject({ code: 1001 });
  });
});
