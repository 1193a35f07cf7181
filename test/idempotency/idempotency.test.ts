import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/store/database.ts';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { IdempotencyCreateClientMutation } from '../__generated__/graphql.ts';
import { tokenFor } from '../support/auth.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Idempotent mutations over real HTTP: a retry with the same Idempotency-Key and input answers
 * with the first response and writes nothing; other input under the key is refused; concurrent
 * requests with one key write once; keys are per caller and expire after 24 hours.
 */

const CreateClient = graphql(`
  mutation IdempotencyCreateClient($name: String!) {
    createClient(input: { name: $name, country: "US" }) {
      id
      name
      version
    }
  }
`);

const ClientCount = graphql(`
  query IdempotencyClientCount {
    clients(first: 1) {
      totalCount
    }
  }
`);

let stack: Stack;
let alice: string;
let bob: string;
let keys = 0;
const newKey = () => `key-${process.pid}-${++keys}`;

function create(
  name: string,
  key: string | null,
  options: { token?: string; direct?: boolean } = {},
): Promise<GraphQLResult<IdempotencyCreateClientMutation>> {
  const headers: Record<string, string> = key === null ? {} : { 'idempotency-key': key };
  const request = { token: options.token ?? alice, headers };
  return stack.queryAt(options.direct ? stack.urls.crm : stack.gatewayUrl, CreateClient, { name }, request);
}

/** Clients stored and audit rows written in the crm store. */
async function writes(): Promise<{ clients: number; audit: number }> {
  const snapshot = await snapshotStores(stack);
  const rows = (table: string) => Object.entries(snapshot).find(([name]) => name === `crm.${table}`)?.[1].length ?? 0;
  return { clients: rows('clients'), audit: rows('audit_log') };
}

const codes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  alice = await tokenFor(['read', 'crm:write'], { subject: 'alice' });
  bob = await tokenFor(['read', 'crm:write'], { subject: 'bob' });
  stack = await startStack({ seed: null });
  return () => stack.stop();
});

describe.each([
  ['through the gateway', false],
  ['directly at the subgraph', true],
])('a retried mutation %s', (_, direct) => {
  it('answers with the first response and writes once', async () => {
    const key = newKey();
    const before = await writes();
    const first = await create('Retry Ltd', key, { direct });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createClient.name).toBe('Retry Ltd');
    const second = await create('Retry Ltd', key, { direct });
    expect(second).toEqual(first);
    expect(await writes()).toEqual({ clients: before.clients + 1, audit: before.audit + 1 });
  });

  it('with the same key and other input is IDEMPOTENCY_KEY_REUSED (HTTP 422) and writes nothing', async () => {
    const key = newKey();
    await create('Original', key, { direct });
    const before = await writes();
    const reused = await create('Something else', key, { direct });
    expect(reused.status).toBe(422);
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.data?.createClient ?? null).toBeNull();
    expect(await writes()).toEqual(before);
  });

  it.each([2, 5])('sent %i times at once writes once, and every answer is the same', async (times) => {
    const key = newKey();
    const before = await writes();
    const results = await Promise.all(Array.from({ length: times }, () => create('Concurrent', key, { direct })));
    expect(results[0]?.errors).toBeUndefined();
    for (const result of results) expect(result).toEqual(results[0]);
    expect(await writes()).toEqual({ clients: before.clients + 1, audit: before.audit + 1 });
  });

  it.each(['', ' spaced key', 'x'.repeat(256), 'naïve'])('refuses the key %j with BAD_USER_INPUT and writes nothing', async (key) => {
    const before = await writes();
    const result = await create('Bad key', key, { direct });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await writes()).toEqual(before);
  });
});

describe('keys', () => {
  it('are scoped per caller: the same key from two callers writes twice', async () => {
    const key = newKey();
    const before = await writes();
    const [forAlice, forBob] = await Promise.all([create('Shared', key), create('Shared', key, { token: bob })]);
    expect(forAlice.errors).toBeUndefined();
    expect(forBob.errors).toBeUndefined();
    expect(forAlice.data?.createClient.id).not.toBe(forBob.data?.createClient.id);
    expect(await writes()).toEqual({ clients: before.clients + 2, audit: before.audit + 2 });
  });

  it('expire after 24 hours: the key is used afresh', async () => {
    const key = newKey();
    const first = await create('Expiring', key);
    const database = await openDatabase<PlatformTables>({ url: stack.config.databaseUrls.crm, migrations: crmSubgraph.migrations });
    try {
      const stale = new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString();
      await database.db.updateTable('idempotency_keys').set({ created_at: stale }).where('key', '=', key).execute();
    } finally {
      await database.close();
    }
    const before = await writes();
    const again = await create('Expiring', key);
    expect(again.errors).toBeUndefined();
    expect(again.data?.createClient.id).not.toBe(first.data?.createClient.id);
    expect(await writes()).toEqual({ clients: before.clients + 1, audit: before.audit + 1 });
    // The new use is recorded in turn.
    expect(await create('Expiring', key)).toEqual(again);
  });

  it('whose owner died after its write committed are answered from that write, not written again', async () => {
    const key = newKey();
    const first = await create('Committed', key);
    expect(first.errors).toBeUndefined();
    // The state a crash between the commit and the recorded answer leaves (test/e2e/idempotency-crash.test.ts
    // makes it with a real crash on PostgreSQL): the write's result kept, no answer, the lease over.
    const database = await openDatabase<PlatformTables>({ url: stack.config.databaseUrls.crm, migrations: crmSubgraph.migrations });
    try {
      const ended = new Date(Date.now() - 1_000).toISOString();
      await database.db
        .updateTable('idempotency_keys')
        .set({ status: 'committed', response: null, lease_expires_at: ended })
        .where('key', '=', key)
        .execute();
    } finally {
      await database.close();
    }
    const before = await writes();
    const retried = await create('Committed', key);
    expect(retried).toEqual(first);
    expect(await writes()).toEqual(before);
  });

  it('record a refused write too: the retry gets the same error, not a new attempt', async () => {
    const key = newKey();
    const first = await create('', key);
    expect(codes(first)).toEqual(['BAD_USER_INPUT']);
    expect(await create('', key)).toEqual(first);
  });

  it('are ignored by queries, even when malformed', async () => {
    const result = await stack.query(ClientCount, {}, { token: alice, headers: { 'idempotency-key': ' not valid ' } });
    expect(result.errors).toBeUndefined();
  });

  it('without one, a repeated mutation writes each time', async () => {
    const before = await writes();
    await create('No key', null);
    await create('No key', null);
    expect(await writes()).toEqual({ clients: before.clients + 2, audit: before.audit + 2 });
  });
});
