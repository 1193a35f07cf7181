import type SQLite from 'better-sqlite3';
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { dialectOfDb } from './columns.ts';
import { sqliteConnection } from './database.ts';

/**
 * Bulk loading for seeds, in one transaction, all of it or none:
 *
 * - SQLite: one prepared single-row INSERT per table, run straight on the connection
 *   (better-sqlite3 binds a row in microseconds; a multi-row VALUES is slower there, and Kysely's
 *   builder costs more per value than SQLite does), foreign-key checks off and a large page
 *   cache for the load.
 * - PostgreSQL: `insert … select * from unnest($1::text[], $2::int8[], …)`, one array per column,
 *   thousands of rows per statement: a statement PostgreSQL parses in no time, where a multi-row
 *   VALUES of the same rows costs a parameter each.
 *
 * The secondary indexes of the tables loaded (not primary keys, nor what backs a constraint) are
 * dropped first and built again at the end, in the same transaction: one sort instead of a
 * random insert per row.
 */

export interface BulkWriter<DB> {
  /** Inserts `rows` (all with the same columns, in the same order), in order. Columns are checked against the table's type. */
  insert<T extends keyof DB & string>(table: T, rows: readonly Insertable<DB[T]>[]): Promise<void>;
}

/** Rows per PostgreSQL statement. */
const ROWS_PER_STATEMENT = 5_000;

/** SQLite page cache while a seed loads, in KiB: enough to keep the indexes being filled in memory. */
const SQLITE_LOAD_CACHE_KIB = 512 * 1024;

/** Runs `load` in one transaction with a writer for big inserts into `tables`, whose secondary indexes are built after. */
export async function bulkLoad<DB>(
  db: Kysely<DB>,
  tables: readonly (keyof DB & string)[],
  load: (writer: BulkWriter<DB>) => Promise<void>,
): Promise<void> {
  const sqlite = sqliteConnection(db as Kysely<unknown>);
  if (sqlite) return sqliteLoad(sqlite, tables, load);
  if (dialectOfDb(db as Kysely<unknown>) !== 'postgres') {
    // SQLite opened some other way: Kysely's own inserts, in one transaction.
    await db.transaction().execute((trx) => load({ insert: (table, rows) => insertChunks(trx, table, rows) }));
    return;
  }
  await db.transaction().execute(async (trx) => {
    const indexes = await sql<{ name: string; definition: string }>`
      select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any(${[...tables]})
        and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`.execute(
      trx,
    );
    for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(trx);
    await load(unnestWriter(trx));
    for (const index of indexes.rows) await sql.raw(index.definition).execute(trx);
  });
}

async function sqliteLoad<DB>(
  sqlite: SQLite.Database,
  tables: readonly string[],
  load: (writer: BulkWriter<DB>) => Promise<void>,
): Promise<void> {
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  // The load writes a plan that is consistent by construction; checking every line's invoice costs a lookup per row.
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma(`cache_size = ${-SQLITE_LOAD_CACHE_KIB}`);
  const statements = new Map<string, SQLite.Statement>();
  const writer: BulkWriter<DB> = {
    insert: async (table, rows) => {
      const first = rows[0];
      if (!first) return;
      const columns = Object.keys(first);
      const key = `${table}:${columns.join(',')}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = sqlite.prepare(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values (${columns.map(() => '?').join(',')})`,
        );
        statements.set(key, statement);
      }
      for (const row of rows) statement.run(columns.map((column) => (row as Record<string, unknown>)[column] ?? null));
      // Let timers (a progress bar, a signal) run between batches.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  sqlite.exec('begin');
  try {
    const indexes = sqlite
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(',')})`,
      )
      .all(...tables) as { name: string; sql: string }[];
    for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
    await load(writer);
    for (const index of indexes) sqlite.exec(index.sql);
    sqlite.exec('commit');
  } catch (error: unknown) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

/** PostgreSQL: one array parameter per column, cast to the column's type (read once per table). */
function unnestWriter<DB>(db: Kysely<DB>): BulkWriter<DB> {
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let found = types.get(table);
    if (!found) {
      const { rows } = await sql<{ column_name: string; udt_name: string }>`
        select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(
        db,
      );
      found = new Map(rows.map((row) => [row.column_name, row.udt_name]));
      types.set(table, found);
    }
    return found;
  };
  return {
    insert: async (table, rows) => {
      const first = rows[0];
      if (!first) return;
      const columns = Object.keys(first);
      const udt = await typesOf(table);
      const casts = columns.map((column, index) => `$${index + 1}::${udt.get(column) ?? 'text'}[]`);
      const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) select * from unnest(${casts.join(',')})`;
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const batch = rows.slice(start, start + ROWS_PER_STATEMENT) as readonly Record<string, unknown>[];
        const arrays = columns.map((column) => batch.map((row) => row[column] ?? null));
        await db.executeQuery(CompiledQuery.raw(text, arrays));
      }
    },
  };
}

/** Kysely's own multi-row inserts, within SQLite's bound-parameter limit. */
async function insertChunks<DB, T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perStatement))
      .execute();
  }
}
