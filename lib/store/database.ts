import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

/** One domain's store: a Kysely handle over SQLite or PostgreSQL, chosen by its URL. */
export interface Database<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  /** SQL statements sent since open; tests use it to prove batching. */
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
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** Opens the store and brings its schema up to date. */
export async function openDatabase<DB>(options: OpenDatabaseOptions): Promise<Database<DB>> {
  const dialect = dialectOf(options.url);
  let statementCount = 0;
  const pool = dialect === 'postgres' ? postgresPool(options) : null;
  const db = new Kysely<DB>({
    dialect: pool ? new PostgresDialect({ pool }) : sqliteDialect(options.url),
    log: (event) => {
      if (event.level === 'query') statementCount += 1;
    },
  });
  const database: Database<DB> = {
    db,
    dialect,
    get statementCount() {
      return statementCount;
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    poolStats: () => (pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : { total: 1, idle: 0, waiting: 0 }),
    close: () => db.destroy(),
  };
  try {
    await migrate(db, options.migrations);
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

function sqliteDialect(url: string): SqliteDialect {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets readers go on while a write commits; the busy timeout covers a second process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: sqlite });
}

const INT8_OID = 20;

function postgresPool(options: OpenDatabaseOptions): pg.Pool {
  // bigint columns hold minor units and hundredths, far below 2^53: read them as numbers, as SQLite does.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  return new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types });
}

async function migrate<DB>(db: Kysely<DB>, migrations: Record<string, Migration>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  const code = (error as { code: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
