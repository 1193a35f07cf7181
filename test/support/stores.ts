import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../../lib/domains.ts';

/**
 * Where tests keep their stores: a SQLite file in a temporary directory, or, when
 * RECORDGRAPH_TEST_STORE=postgres (vitest's `postgres` project), a fresh PostgreSQL database
 * `rg_<random>_<name>` created through an admin connection and dropped afterwards.
 */

export type TestStoreKind = 'sqlite' | 'postgres';

export const TEST_STORE: TestStoreKind = process.env.RECORDGRAPH_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** A superuser connection to a maintenance database, used to create and drop test databases. */
export const PG_ADMIN_URL = process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function tempDir(prefix = 'recordgraph-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestStore {
  url: string;
  /** Deletes the store; a PostgreSQL database is dropped even if connections are still open. */
  drop(): Promise<void>;
}

/** Every service's port variable (GATEWAY_PORT, CRM_PORT, …, WEBHOOKS_PORT) set to 0: each listens on a free port. */
export const ANY_FREE_PORT: Record<string, string> = Object.fromEntries(
  ['gateway', ...SYSTEMS_OF_RECORD].map((service) => [`${service.toUpperCase()}_PORT`, '0']),
);

export interface TestStores {
  urls: Record<RecordSystem, string>;
  /** The embedded bus's log file, in a temporary directory. */
  eventLogPath: string;
  /**
   * The same as the environment variables a `recordgraph` process reads (`CRM_DATABASE_URL`, …,
   * `WEBHOOKS_DATABASE_URL`, `EVENT_LOG_PATH`).
   */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty store for one system of record, of the kind this test run uses unless told otherwise. */
export async function createTestStore(name: RecordSystem, run = randomBytes(6).toString('hex'), kind = TEST_STORE): Promise<TestStore> {
  if (kind === 'sqlite') {
    const dir = tempDir(`recordgraph-${name}-`);
    return { url: join(dir.path, `${name}.sqlite`), drop: async () => dir.remove() };
  }
  return createPostgresDatabase(`rg_${run}_${name}`);
}

/** Fresh, empty stores for every system of record (on PostgreSQL `rg_<one random>_<name>`), and a fresh event log. */
export async function createTestStores(kind = TEST_STORE): Promise<TestStores> {
  const run = randomBytes(6).toString('hex');
  const stores = await Promise.all(SYSTEMS_OF_RECORD.map((name) => createTestStore(name, run, kind)));
  const urls = Object.fromEntries(SYSTEMS_OF_RECORD.map((name, index) => [name, stores[index]?.url ?? ''])) as Record<RecordSystem, string>;
  const bus = tempDir('recordgraph-bus-');
  const eventLogPath = join(bus.path, 'events.sqlite');
  return {
    urls,
    eventLogPath,
    env: {
      ...Object.fromEntries(SYSTEMS_OF_RECORD.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, urls[name]])),
      EVENT_LOG_PATH: eventLogPath,
    },
    drop: async () => {
      await Promise.all(stores.map((store) => store.drop()));
      bus.remove();
    },
  };
}

/** Runs `work` on a short-lived admin connection. */
export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Test databases use a collation that is not bytewise (ICU en-US: case and accents folded,
 * punctuation weighed last), so anything whose order follows the database default rather than
 * the schema shows up as a difference from SQLite. Falls back to the server default where ICU
 * is not built in.
 */
let icuAvailable = true;

async function createPostgresDatabase(name: string): Promise<TestStore> {
  await withAdmin(async (client) => {
    await createDatabase(client, name);
    // Tests need isolation and visibility, not durability across a server crash: commits stop waiting for fsync.
    await client.query(`alter database "${name}" set synchronous_commit = off`);
  });
  return {
    url: databaseUrl(name),
    // `with (force)` ends the connections still open first (a crashed test, a pool not yet drained).
    drop: () => withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

async function createDatabase(client: pg.Client, name: string): Promise<void> {
  if (icuAvailable) {
    try {
      await client.query(`create database "${name}" template template0 locale_provider icu icu_locale 'en-US'`);
      return;
    } catch (error: unknown) {
      if (!isUnsupported(error)) throw error;
      icuAvailable = false;
    }
  }
  await client.query(`create database "${name}" template template0`);
}

function isUnsupported(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  // feature_not_supported (built without ICU), syntax_error (a server older than 15), undefined_object (no en-US).
  return code === '0A000' || code === '42601' || code === '42704';
}
