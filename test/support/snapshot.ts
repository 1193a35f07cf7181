import SQLite from 'better-sqlite3';
import { DOMAINS } from '../../lib/domains.ts';
import type { Stack } from './stack.ts';

/**
 * Every row of every table in all four stores, read through a separate connection: what a
 * refused write must leave exactly as it was.
 */
export function snapshotStores(stack: Stack): Record<string, unknown[]> {
  const snapshot: Record<string, unknown[]> = {};
  for (const domain of DOMAINS) {
    const db = new SQLite(stack.config.databaseUrls[domain], { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
        .all() as { name: string }[];
      for (const { name } of tables) {
        snapshot[`${domain}.${name}`] = db.prepare(`select * from "${name}" order by rowid`).all();
      }
    } finally {
      db.close();
    }
  }
  return snapshot;
}
