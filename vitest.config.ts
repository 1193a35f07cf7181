import { createRequire } from 'node:module';
import pg from 'pg';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Two projects: `sqlite` runs every test on the embedded stores; `postgres` runs the subgraph,
 * store, audit, idempotency, end-to-end and store-backed events suites again with RECORDGRAPH_TEST_STORE=postgres, each test on databases
 * of its own created through PG_ADMIN_URL (test/support/stores.ts). Without a reachable
 * PostgreSQL the second run is left out with one line saying so, except in CI (CI=true), where
 * it runs anyway and fails loudly.
 */

const PG_ADMIN_URL = process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why PostgreSQL cannot be used for tests, or null when it can. */
async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error: unknown) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const sqlite: TestProjectInlineConfiguration = {
  extends: true,
  // test/topology runs separate processes on PostgreSQL and Redis: once, in the postgres project.
  test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/topology/**'], env: { RECORDGRAPH_TEST_STORE: 'sqlite' } },
};

const postgres: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'postgres',
    include: [
      'test/subgraphs/**/*.test.ts',
      'test/e2e/**/*.test.ts',
      'test/audit/**/*.test.ts',
      'test/idempotency/**/*.test.ts',
      'test/store/**/*.test.ts',
      'test/lib/store/**/*.test.ts',
      'test/topology/**/*.test.ts',
      // The stale-read hammer: the cache must hold on either store's commit timing.
      'test/gateway/entity-cache/entity-cache.test.ts',
      // The events suites that write through a store; the bus and signing suites do not depend on one.
      'test/events/{outbox,automation,webhooks,change-feed}.test.ts',
    ],
    env: { RECORDGRAPH_TEST_STORE: 'postgres', PG_ADMIN_URL },
  },
};

/** Vitest evaluates this file more than once per run (once per project extending it); one line is enough. */
const told = globalThis as { recordgraphPostgresNotice?: boolean; recordgraphPostgresCheck?: Promise<string | null> };

export default defineConfig(async () => {
  const unavailable = await (told.recordgraphPostgresCheck ??= postgresUnavailable());
  const ci = process.env.CI === 'true';
  if (unavailable && !told.recordgraphPostgresNotice) {
    told.recordgraphPostgresNotice = true;
    if (ci) console.error(`PostgreSQL run FAILS: CI=true and ${PG_ADMIN_URL} is unreachable (${unavailable}).`);
    else
      console.warn(
        `PostgreSQL run skipped: ${PG_ADMIN_URL} is unreachable (${unavailable}); set PG_ADMIN_URL or start PostgreSQL to run it.`,
      );
  }
  return {
    // graphql 16 has no "exports": Node (and so every dependency, graphql-ws and @apollo/* among
    // them) loads its CommonJS build, while vitest would hand our sources the ESM one, a second
    // copy whose instanceof checks refuse the first's schemas and errors. One copy, as in production.
    resolve: { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } },
    test: {
      // Real servers, real files: give start-up and seeding room, but never hang CI.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Compiles dist/ first: the tests that start `recordgraph` processes run what production runs.
      globalSetup: ['test/support/build.ts'],
      pool: 'forks',
      // Most of the suite waits on sockets, child processes and PostgreSQL, so two files at a time
      // fit even on two cores (vitest's default there is one).
      maxWorkers: 2,
      env: { APOLLO_TELEMETRY_DISABLED: '1' },
      projects: unavailable && !ci ? [sqlite] : [sqlite, postgres],
    },
  };
});
