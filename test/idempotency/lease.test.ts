import { GraphQLError } from 'graphql';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lease } from '../../lib/idempotency/lease.ts';
import { IdempotencyStore, type Claim, type KeyRequest } from '../../lib/idempotency/store.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

/**
 * The Idempotency-Key lease on a real store (SQLite, or PostgreSQL in the `postgres` project):
 * a key whose owner stopped renewing is taken over by one retry, a renewing owner never is, an
 * owner that lost its key can neither write nor record a response, and a retry that takes over
 * a key whose write committed gets that write's result instead of writing again.
 */

let store: TestStore;
let database: Database<PlatformTables>;
/** The clock every store below reads: tests move it instead of sleeping through leases. */
let clock = Date.parse('2026-06-01T12:00:00.000Z');
const now = () => clock;
let keys = 0;

const LEASE = { leaseMs: 10_000, waitMs: 60 };

function request(fingerprint = 'f1'): KeyRequest {
  return { subject: 'alice', key: `lease-${++keys}`, fingerprint };
}

/** A store as one subgraph process would have it (each process has its own). */
const subgraphStore = (options = LEASE, clockOf: () => number = now) => new IdempotencyStore(database.db, options, clockOf);

function owned(claim: Claim): Lease {
  if (claim.kind !== 'owner') throw new Error(`expected to own the key, got ${claim.kind}`);
  return claim.lease;
}

async function row(request: KeyRequest) {
  return database.db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('caller_subject', '=', request.subject)
    .where('key', '=', request.key)
    .executeTakeFirstOrThrow();
}

/** Something a write leaves in its transaction, to count: a processed-event row named `marker`. */
async function markers(marker: string): Promise<number> {
  const rows = await database.db.selectFrom('processed_events').select('event_id').where('rule', '=', marker).execute();
  return rows.length;
}

/** A write as the write path runs it: the work, then the key marked committed, in one transaction. */
async function write(lease: Lease, marker: string, result: unknown): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('processed_events')
      .values({ rule: marker, event_id: `evt_${lease.owner}`, processed_at: new Date(clock).toISOString() })
      .execute();
    await lease.recordWrite(trx, 'createClient', result);
  });
  lease.didCommit('createClient', result);
}

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : error;
}

beforeAll(async () => {
  store = await createTestStore('crm');
  database = await openDatabase<PlatformTables>({ url: store.url, migrations: crmSubgraph.migrations });
  return async () => {
    await database.close();
    await store.drop();
  };
});

beforeEach(() => {
  clock += 24 * 60 * 60 * 1000;
});

describe('a key whose owner stopped renewing', () => {
  it('is not taken over before its lease ends: the retry waits briefly, then gets CONFLICT with retryAfter', async () => {
    const key = request();
    owned(await subgraphStore().claim(key));
    clock += 4_000;
    const refused = await subgraphStore()
      .claim(key)
      .catch((error: unknown) => error);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect((refused as GraphQLError).extensions).toMatchObject({ key: key.key, retryAfter: 6, http: { status: 409 } });
  });

  it('is taken over once its lease has ended, by exactly one of several retries', async () => {
    const key = request();
    const first = owned(await subgraphStore().claim(key));
    clock += LEASE.leaseMs + 1;
    const retries = await Promise.allSettled([1, 2, 3].map(() => subgraphStore().claim(key)));
    const owners = retries.filter((result) => result.status === 'fulfilled').map((result) => owned(result.value));
    expect(owners).toHaveLength(1);
    // The others found a live owner again and were told to come back.
    for (const result of retries.filter((r) => r.status === 'rejected')) expect(codeOf(result.reason)).toBe('CONFLICT');
    const [taker] = owners;
    expect(taker?.owner).not.toBe(first.owner);
    expect((await row(key)).owner).toBe(taker?.owner);
  });

  it('no longer lets its first owner write, renew or record a response', async () => {
    const key = request();
    const first = owned(await subgraphStore().claim(key));
    clock += LEASE.leaseMs + 1;
    const taker = owned(await subgraphStore().claim(key));
    await expect(write(first, 'fenced', { id: 'cli_first' }).catch(codeOf)).resolves.toBe('CONFLICT');
    expect(await markers('fenced')).toBe(0);
    expect(await first.renew()).toBe(false);
    await first.complete({ status: 200, body: { data: { createClient: { id: 'cli_first' } } } });
    expect(await row(key)).toMatchObject({ owner: taker.owner, status: 'in_progress', response: null });
  });

  it('with another fingerprint is IDEMPOTENCY_KEY_REUSED, expired or not', async () => {
    const key = request('f1');
    owned(await subgraphStore().claim(key));
    clock += LEASE.leaseMs + 1;
    const reused = await subgraphStore()
      .claim({ ...key, fingerprint: 'f2' })
      .catch(codeOf);
    expect(reused).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('a renewing owner', () => {
  it('is never taken over, however long it works; once it stops renewing, it is', async () => {
    // The real clock here: the heartbeat is a timer. A short lease, renewed every third of it.
    const options = { leaseMs: 300, waitMs: 50 };
    const key = request();
    const owner = owned(await subgraphStore(options, Date.now).claim(key));
    owner.start();
    try {
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await expect(subgraphStore(options, Date.now).claim(key).catch(codeOf)).resolves.toBe('CONFLICT');
      }
    } finally {
      owner.stop();
    }
    // Past its last lease (on a busy machine the last renewal may have come late: poll, bounded).
    let claim: Claim | string = 'CONFLICT';
    for (let attempt = 0; attempt < 50 && claim === 'CONFLICT'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      claim = await subgraphStore(options, Date.now)
        .claim(key)
        .catch((error: unknown) => String(codeOf(error)));
    }
    expect(owned(claim as Claim).owner).not.toBe(owner.owner);
  });
});

describe('a key whose owner died after its write committed', () => {
  it('is answered from the committed write by the retry that takes it over, which does not write again', async () => {
    const key = request();
    const first = owned(await subgraphStore().claim(key));
    await write(first, 'once', { id: 'cli_once', name: 'Once Ltd', version: 1 });
    // The owner dies here: no response recorded, no renewal.
    expect(await row(key)).toMatchObject({ status: 'committed', response: null });
    clock += LEASE.leaseMs + 1;
    const taker = owned(await subgraphStore().claim(key));
    expect(taker.committed('createClient')).toEqual({ found: true, result: { id: 'cli_once', name: 'Once Ltd', version: 1 } });
    expect(taker.committed('other')).toEqual({ found: false });
    expect(await markers('once')).toBe(1);
    // The taker answers; from then on every retry gets that answer.
    const response = { status: 200, body: { data: { createClient: { id: 'cli_once' } } } };
    await taker.complete(response);
    expect(await subgraphStore().claim(key)).toEqual({ kind: 'replay', response });
  });

  it('is not forgotten when its owner gives up after the commit (a transient failure): the next retry answers from the write', async () => {
    const key = request();
    const first = owned(await subgraphStore().claim(key));
    await write(first, 'kept', { id: 'cli_kept' });
    await first.release();
    const taker = owned(await subgraphStore().claim(key));
    expect(taker.committed('createClient')).toEqual({ found: true, result: { id: 'cli_kept' } });
  });

  it('without a committed write, a transient failure releases the key for a fresh attempt', async () => {
    const key = request();
    const first = owned(await subgraphStore().claim(key));
    await first.release();
    const again = owned(await subgraphStore().claim(key));
    expect(again.committed('createClient')).toEqual({ found: false });
  });
});
