import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { createTestStore, TEST_STORE, type TestStore } from '../support/stores.ts';

/**
 * DATABASE_STATEMENT_TIMEOUT_MS: a request abandoned mid-statement cannot cancel it (Kysely takes
 * no abort signal), so PostgreSQL cancels any statement of a subgraph's pool that runs longer.
 */

let store: TestStore | undefined;
let database: Database<unknown> | undefined;
afterEach(async () => {
  await database?.close();
  await store?.drop();
  store = database = undefined;
});

describe.runIf(TEST_STORE === 'postgres')('the statement timeout', () => {
  it('cancels a statement that runs longer, and the connection serves the next one', async () => {
    store = await createTestStore('crm');
    database = await openDatabase<unknown>({ url: store.url, migrations: {}, poolSize: 1, statementTimeoutMs: 200 });
    const db = database.db;
    const started = performance.now();
    await expect(sql`select pg_sleep(5)`.execute(db)).rejects.toMatchObject({ code: '57014' });
    expect(performance.now() - started).toBeLessThan(4_000);
    await expect(sql<{ one: number }>`select 1 as one`.execute(db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});
