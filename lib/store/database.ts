import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, sql, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { traceStatement } from '../observability/tracing.ts';
import { preparingOnce } from './statement-cache.ts';

export type Dialect = 'sqlite' | 'postgres';

/** One domain's store: a Kysely handle over SQLite or PostgreSQL, chosen by its URL. */
export interface Database<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Migrations run when it was opened (none when it was up to date or opened without migrating). */
  readonly migrated: readonly string[];
  /** SQL statements sent since open, except background work's (the outbox relay); tests use it to prove batching. */
  readonly statementCount: number;
  /** Resolves when the store answers a trivial query (readiness). */
  ping(): Promise<void>;
  /** Connections in use, idle and awaited (PostgreSQL's pool; SQLite has one connection). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface OpenDatabaseOptions {
  /** A SQLite file path (or `:memory:`) or a postgres:// URL. */
  url: string;
  /** The domain's migrations, keyed by name; names sort in the order they run. */
  migrations: Record<string, Migration>;
  /** Largest PostgreSQL pool (default 10). */
  poolSize?: number;
  /**
   * PostgreSQL cancels any statement running longer (default: no limit). A request abandoned
   * mid-statement cannot cancel it itself (Kysely takes no abort signal), so this bounds what
   * one runaway statement costs the database; SQLite statements run in-process, where the
   * resolver checks stop the work between them.
   */
  statementTimeoutMs?: number;
  /**
   * Run pending migrations on open (default true). When false, a store whose schema is behind
   * its code is refused with StoreBehindError instead (MIGRATE_ON_START=false: migrations are a
   * deploy step, `recordgraph migrate`).
   */
  migrate?: boolean;
  /** Names the store in messages (the domain). */
  name?: string;
}

/** A store whose schema lacks migrations the code needs, opened without migrating. */
export class StoreBehindError extends Error {
  override name = 'StoreBehindError';
  constructor(
    readonly store: string,
    readonly pending: readonly string[],
  ) {
    super(
      `The ${store} store is behind its code: ${pending.length === 1 ? 'migration' : 'migrations'} ${pending.join(', ')} ` +
        `${pending.length === 1 ? 'has' : 'have'} not run, and MIGRATE_ON_START=false. ` +
        `Run \`recordgraph migrate ${store}\` first (or start with MIGRATE_ON_START=true).`,
    );
  }
}

/** A migration that could not run; its message says which and why (PostgreSQL rolled it back). */
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** Set around a store's background work (the outbox relay), whose statements are no request's. */
const background = new AsyncLocalStorage<true>();

/** Runs `work` as background work: its statements do not count in `statementCount`. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/** Opens the store and brings its schema up to date (or, with `migrate: false`, checks that it is). */
export async function openDatabase<DB>(options: OpenDatabaseOptions): Promise<Database<DB>> {
  const dialect = dialectOf(options.url);
  let statementCount = 0;
  const store = dialect === 'postgres' ? { pool: postgresPool(options), sqlite: null } : { pool: null, sqlite: openSqlite(options.url) };
  const { pool, sqlite } = store;
  const db = new Kysely<DB>({
    dialect: store.pool ? new PostgresDialect({ pool: store.pool }) : new SqliteDialect({ database: preparingOnce(store.sqlite) }),
    log: (event) => {
      if (event.level === 'query' && !background.getStore()) statementCount += 1;
      traceStatement(event, dialect === 'postgres' ? 'postgresql' : 'sqlite');
    },
  });
  if (sqlite) sqliteConnections.set(db, sqlite);
  let migrated: string[] = [];
  const database: Database<DB> = {
    db,
    dialect,
    get migrated() {
      return migrated;
    },
    get statementCount() {
      return statementCount;
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    poolStats: () =>
      pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : { total: 1, idle: 0, waiting: 0 },
    // Ends the pool: idle connections close now, busy ones as soon as their query returns.
    close: () => db.destroy(),
  };
  try {
    if (options.migrate ?? true) migrated = await migrateToLatest(db, options.migrations);
    else {
      const pending = await pendingMigrations(db, options.migrations);
      if (pending.length) throw new StoreBehindError(options.name ?? 'database', pending);
    }
  } catch (error: unknown) {
    await db.destroy();
    throw error;
  }
  return database;
}

/** The file a SQLite URL names: a plain path, or `sqlite:path`. */
export function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

/** The better-sqlite3 connection under each SQLite store's Kysely handle (see `sqliteConnection`). */
const sqliteConnections = new WeakMap<object, SQLite.Database>();

/**
 * The one connection under a SQLite store opened by `openDatabase` (null on PostgreSQL), for a
 * bulk load that reuses a prepared statement per table (lib/store/bulk.ts); everything else goes
 * through Kysely.
 */
export function sqliteConnection(db: Kysely<unknown>): SQLite.Database | null {
  return sqliteConnections.get(db) ?? null;
}

function openSqlite(url: string): SQLite.Database {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets readers go on while a write commits; the busy timeout covers a second process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

function postgresPool(options: OpenDatabaseOptions): pg.Pool {
  // bigint columns hold minor units and hundredths, far below 2^53: read them as numbers, as SQLite does.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle connection the server closed (restart, failover) leaves the pool and the next query
  // opens a new one; without a listener pg would take the process down with it.
  pool.on('error', () => {});
  return pool;
}

function migrator<DB>(db: Kysely<DB>, migrations: Record<string, Migration>): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  return new Migrator({ db, provider });
}

/**
 * Runs every migration the store has not run yet, in name order, and returns their names. On
 * PostgreSQL they run in one transaction under Kysely's advisory lock, so replicas starting at
 * once take turns and all but the first find nothing left to do.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, migrations: Record<string, Migration>): Promise<string[]> {
  const { error, results = [] } = await migrator(db, migrations).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    throw new MigrationFailedError(
      `migration ${failed ?? '(unknown)'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** The migrations the store has not run yet, in the order they would run. */
export async function pendingMigrations<DB>(db: Kysely<DB>, migrations: Record<string, Migration>): Promise<string[]> {
  const known = await migrator(db, migrations).getMigrations();
  return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}

/** What `recordgraph migrate` did to one store. */
export interface MigrationReport {
  /** Migrations run now, in order. */
  ran: string[];
  /** Migrations the code knows, all run now. */
  total: number;
}

/** Brings one store's schema up to date and closes it again (`recordgraph migrate`). */
export async function migrateStore(url: string, migrations: Record<string, Migration>): Promise<MigrationReport> {
  const database = await openDatabase<unknown>({ url, migrations, poolSize: 1 });
  await database.close();
  return { ran: [...database.migrated], total: Object.keys(migrations).length };
}

/**
 * Makes transactions that call this with the same `key` take turns until each commits. For a
 * check that reads rows other than the one it writes (a management chain), which read committed
 * would let two writers pass at once on PostgreSQL; SQLite already runs one write at a time.
 */
export async function serializeOn<DB>(trx: Kysely<DB>, key: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/** Runs a write, turning a unique-constraint violation (a lost race for a unique value) into `conflict()`. */
export async function refusingDuplicates<T>(write: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error: unknown) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
