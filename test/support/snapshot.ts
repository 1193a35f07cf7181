import SQLite from 'better-sqlite3';
import pg from 'pg';
import { DOMAINS } from '../../lib/domains.ts';
import { dialectOf, sqlitePath } from '../../lib/store/database.ts';
import type { Stack } from './stack.ts';

/**
 * Every row of every table in a store (Kysely's migration tables aside), read through a separate
 * connection: what a refused write must leave exactly as it was. Tables and rows come in one
 * order on both dialects, with the same values, so snapshots compare equal across them too.
 */
export type Snapshot = Record<string, Record<string, unknown>[]>;

export async function snapshotStore(url: string): Promise<Snapshot> {
  const tables = dialectOf(url) === 'postgres' ? await postgresTables(url) : sqliteTables(url);
  return Object.fromEntries(
    Object.entries(tables)
      .filter(([name]) => !name.startsWith('kysely_migration'))
      .sort(([a], [b]) => compare(a, b))
      .map(([name, rows]) => [name, sortRows(rows.map((row) => withoutRelayBookkeeping(name, row)))]),
  );
}

/**
 * The relay marks outbox rows published in the background, whenever the bus takes them: that
 * is not a write's doing, so snapshots leave it out (a refused write must still add no row).
 */
function withoutRelayBookkeeping(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'outbox') return row;
  const { published_at: _published, ...rest } = row;
  return rest;
}

/** All four stores of a stack, keyed `<domain>.<table>`. */
export async function snapshotStores(stack: Stack): Promise<Snapshot> {
  const snapshots = await Promise.all(DOMAINS.map((domain) => snapshotStore(stack.config.databaseUrls[domain])));
  return Object.fromEntries(
    DOMAINS.flatMap((domain, index) => Object.entries(snapshots[index] ?? {}).map(([table, rows]) => [`${domain}.${table}`, rows])),
  );
}

function sqliteTables(url: string): Snapshot {
  const db = new SQLite(sqlitePath(url), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as {
      name: string;
    }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]]));
  } finally {
    db.close();
  }
}

async function postgresTables(url: string): Promise<Snapshot> {
  // bigint columns read as numbers, as the product reads them (lib/store/database.ts) and SQLite returns them.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const entries = [];
    for (const { name } of tables) entries.push([name, (await client.query<Record<string, unknown>>(`select * from "${name}"`)).rows]);
    return Object.fromEntries(entries) as Snapshot;
  } finally {
    await client.end();
  }
}

/** Rows in one order whatever the store returned them in: by their values, column by column. */
function sortRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows
    .map((row) => ({
      row,
      key: JSON.stringify(
        Object.keys(row)
          .sort()
          .map((column) => row[column]),
      ),
    }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ row }) => row);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
