import { afterEach, describe, expect, it } from 'vitest';
import { startServices } from '../../cli/services.ts';
import { loadConfig } from '../../lib/config.ts';
import { DOMAINS } from '../../lib/domains.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { holdLocks } from '../support/contention.ts';
import {
  ANY_FREE_PORT,
  createTestStore,
  createTestStores,
  TEST_STORE,
  withAdmin,
  type TestStore,
  type TestStores,
} from '../support/stores.ts';
import { openTestSubgraph } from '../support/subgraphs.ts';

/**
 * Each subgraph's PostgreSQL pool stays within DATABASE_POOL_MAX however many requests arrive,
 * and closing the subgraph (what SIGTERM does, through the service's stop) ends it. SQLite has
 * one connection in-process, which the same API reports.
 */

let store: TestStore | undefined;
let stores: TestStores | undefined;
afterEach(async () => {
  await Promise.all([store?.drop(), stores?.drop()]);
  store = stores = undefined;
});

/** Sessions connected to the database behind `url`, other than the one asking. */
async function connections(url: string): Promise<number> {
  return withAdmin(
    async (client) =>
      (
        await client.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )
      ).rows[0]?.n ?? 0,
    url,
  );
}

const CreatePooled = graphql(`
  mutation PoolCreatePooled {
    createClient(input: { name: "Pooled" }) {
      id
    }
  }
`);

const SetIndustry = graphql(`
  mutation PoolSetIndustry($id: ID!, $i: String) {
    updateClient(id: $id, input: { industry: $i }) {
      version
    }
  }
`);

describe(`connection pool on ${TEST_STORE}`, () => {
  it('never opens more connections than its size, queueing the requests beyond it', async () => {
    store = await createTestStore('crm');
    const crm = await openTestSubgraph(crmSubgraph, { databaseUrl: store.url, poolSize: 2 });
    try {
      const created = await crm.execute(CreatePooled);
      const id = created.data?.createClient.id;
      if (!id) throw new Error(`no client created: ${JSON.stringify(created.errors)}`);
      const held =
        TEST_STORE === 'postgres'
          ? await holdLocks(store.url, [{ text: 'select 1 from clients where id = $1 for update', values: [id] }])
          : null;
      const writes = Array.from({ length: 6 }, (_, i) => crm.execute(SetIndustry, { id, i: `Industry ${i}` }));
      if (held) {
        // Two writes hold both connections, waiting on the lock; the other four wait for a connection.
        await held.waiters(2);
        await expect.poll(() => crm.subgraph.poolStats()).toEqual({ total: 2, idle: 0, waiting: 4 });
        await held.release();
      } else {
        expect(crm.subgraph.poolStats()).toEqual({ total: 1, idle: 0, waiting: 0 });
      }
      const results = await Promise.all(writes);
      expect(results.every((result) => result.errors === undefined || result.errors[0]?.extensions?.code === 'CONFLICT')).toBe(true);
      expect(results.some((result) => result.errors === undefined)).toBe(true);
      expect(crm.subgraph.poolStats().total).toBeLessThanOrEqual(2);
    } finally {
      await crm.close();
    }
    if (TEST_STORE === 'postgres') expect(await connections(store.url)).toBe(0);
  });

  it('stopping the services (what SIGTERM does) ends every pool', async () => {
    stores = await createTestStores();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
      DATABASE_POOL_MAX: '3',
      ...stores.env,
      ...ANY_FREE_PORT,
    });
    const running = await startServices({ config });
    // Raw requests: only their HTTP status is read.
    const query = (query: string) =>
      fetch(running.gatewayUrl ?? '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        query(`{ clients(first: 5) { totalCount } employees { totalCount } invoices { totalCount } projects { totalCount } }`),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    for (const domain of DOMAINS)
      expect(running.subgraphs[domain]?.poolStats().total).toBeLessThanOrEqual(TEST_STORE === 'postgres' ? 3 : 1);
    if (TEST_STORE === 'postgres') expect(await connections(stores.urls.crm)).toBeGreaterThan(0);
    await running.stop();
    if (TEST_STORE === 'postgres') {
      for (const domain of DOMAINS) expect(await connections(stores.urls[domain])).toBe(0);
    }
  });
});
