import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferenceChecker } from '../../lib/references.ts';
import { migrateStore, openDatabase, StoreBehindError } from '../../lib/store/database.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { migrations as hrMigrations } from '../../subgraphs/hr/store/migrations.ts';
import { graphql } from '../__generated__/gql.ts';
import { PROCESS_TEST_TIMEOUT_MS, runToExit } from '../support/processes.ts';
import { snapshotStore } from '../support/snapshot.ts';
import { createTestStore, createTestStores, TEST_STORE, type TestStore, type TestStores } from '../support/stores.ts';
import { errorCodes, openTestSubgraph } from '../support/subgraphs.ts';

/**
 * `recordgraph migrate`, and a service that will not start on a store behind its code when
 * MIGRATE_ON_START=false; on both stores, including a migration that rewrites existing rows.
 */

const recordgraph = (args: string[], env: Record<string, string>) => runToExit(args, { LOG_LEVEL: 'warn', ...env });

let stores: TestStores | undefined;
let store: TestStore | undefined;
afterEach(async () => {
  await Promise.all([stores?.drop(), store?.drop()]);
  stores = store = undefined;
});

type Departments = { departments: { id: string; name: string; version: number; created_at: string; updated_at: string } };

/** An HR store as the first release left it: only 0001_initial, with departments in it. */
async function hrStoreAtFirstRelease(names: string[]): Promise<TestStore> {
  const created = await createTestStore('hr');
  const first = { '0001_initial': hrMigrations['0001_initial'] ?? { up: async () => {} } };
  const database = await openDatabase<Departments>({ url: created.url, migrations: first });
  const db: Kysely<Departments> = database.db;
  const stamp = { version: 1, created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' };
  await db
    .insertInto('departments')
    .values(names.map((name, i) => ({ id: `dep_${String(i).padStart(16, '0')}`, name, ...stamp })))
    .execute();
  await database.close();
  return created;
}

const CreateEteDepartment = graphql(`
  mutation MigrateCreateEteDepartment {
    createDepartment(input: { name: "ÉTÉ" }) {
      id
    }
  }
`);

const CreateMarketingDepartment = graphql(`
  mutation MigrateCreateMarketingDepartment {
    createDepartment(input: { name: "Marketing" }) {
      name
    }
  }
`);

describe(`migrations on ${TEST_STORE}`, { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('`recordgraph migrate all` brings every store up to date and says what ran; a second run has nothing to do', async () => {
    stores = await createTestStores();
    const first = await recordgraph(['migrate', 'all'], stores.env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('crm: ran 0001_initial, 0002_one_active_contract_per_client, 0003_names_compare_bytewise');
    expect(first.stdout).toContain('accounting: ran 0001_initial');
    expect(first.stdout).toContain('hr: ran 0001_initial, 0002_department_name_key, 0003_names_compare_bytewise');
    expect(first.stdout).toContain('projects: ran 0001_initial, 0002_names_compare_bytewise');
    expect(first.stdout).toContain('webhooks: ran 0001_initial');
    const again = await recordgraph(['migrate', 'crm'], stores.env);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(`crm: up to date (${Object.keys(crmSubgraph.migrations).length} migrations)`);
  });

  it('replicas migrating one store at once take turns: one runs the migrations, the others find them done', async () => {
    store = await createTestStore('crm');
    const url = store.url;
    const all = Object.keys(crmSubgraph.migrations);
    // SQLite stores belong to one process, which opens them one at a time.
    const reports =
      TEST_STORE === 'postgres'
        ? await Promise.all([1, 2, 3].map(() => migrateStore(url, crmSubgraph.migrations)))
        : [await migrateStore(url, crmSubgraph.migrations), await migrateStore(url, crmSubgraph.migrations)];
    expect(reports.map((report) => report.ran).sort((a, b) => b.length - a.length)).toEqual([all, ...reports.slice(1).map(() => [])]);
  });

  // Every hr migration after the first release's, in order.
  const hrAfterFirst = Object.keys(hrMigrations).slice(1);

  it('with MIGRATE_ON_START=false a store behind its code is refused, naming the domain, the migrations and the command', async () => {
    expect(hrAfterFirst.slice(0, 2)).toEqual(['0002_department_name_key', '0003_names_compare_bytewise']);
    store = await hrStoreAtFirstRelease(['Été', 'Sales']);
    const env = { HR_DATABASE_URL: store.url, HR_PORT: '0', MIGRATE_ON_START: 'false', SEED_ON_START: 'false' };
    const refused = await recordgraph(['serve', 'hr'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `The hr store is behind its code: migrations ${hrAfterFirst.join(', ')} have not run, and MIGRATE_ON_START=false. ` +
        'Run `recordgraph migrate hr` first (or start with MIGRATE_ON_START=true).',
    );
    await expect(
      hrSubgraph.open({ databaseUrl: store.url, references: new ReferenceChecker({}), reportingCurrency: 'USD', migrate: false }),
    ).rejects.toBeInstanceOf(StoreBehindError);

    const migrated = await recordgraph(['migrate', 'hr'], env);
    expect(migrated.status).toBe(0);
    expect(migrated.stdout.trim()).toBe(`hr: ran ${hrAfterFirst.join(', ')}`);

    // Existing names got their keys: "ÉTÉ" is the same department as "Été" on both stores.
    const hr = await openTestSubgraph(hrSubgraph, { databaseUrl: store.url });
    try {
      const duplicate = await hr.execute(CreateEteDepartment);
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      const created = await hr.execute(CreateMarketingDepartment);
      expect(created.data).toEqual({ createDepartment: { name: 'Marketing' } });
    } finally {
      await hr.close();
    }
  });

  it('a migration that would merge two existing departments refuses, names them and changes nothing', async () => {
    // Composed and decomposed "é": two names to SQL lower() on either store, one name to HR.
    store = await hrStoreAtFirstRelease(['Caf\u00e9', 'Cafe\u0301']);
    const before = await snapshotStore(store.url);
    const result = await recordgraph(['migrate', 'hr'], { HR_DATABASE_URL: store.url });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'migration 0002_department_name_key failed: departments dep_0000000000000000 ("Caf\u00e9") and dep_0000000000000001 ("Cafe\u0301") ' +
        'have names that differ only in case or accent encoding; rename one, then migrate again',
    );
    const behind = await openDatabase({ url: store.url, migrations: hrMigrations, migrate: false }).catch((error: unknown) => error);
    expect(behind).toBeInstanceOf(StoreBehindError);
    expect((behind as StoreBehindError).pending).toEqual(hrAfterFirst);
    expect(await snapshotStore(store.url)).toEqual(before);
  });
});
