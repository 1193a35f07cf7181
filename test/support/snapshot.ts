import SQLite from 'better-sqlite3';
import { DOMAINS } from '../../lib/domains.ts';
import type { Stack } from './stack.ts';

/**
 * Every row of every table in a SQLite store, read through a separate connection: what a refused
 * write must leave exactly as it was.
 */
export function snapshotSqlite(path: string): Record<string, unknown[]> {
  const db = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`select * from "${name}" order by rowid`).all()]));
  } finally {
    db.close();
  }
}

/** All four stores of a stack, keyed `<domain>.<table>`. */
export function snapshotStores(stack: Stack): Record<string, unknown[]> {
  return Object.fromEntries(
    DOMAINS.flatMap((domain) =>
      Object.entries(snapshotSqlite(stack.config.databaseUrls[domain])).map(([table, rows]) => [`${domain}.${table}`, rows]),
    ),
  );
}
