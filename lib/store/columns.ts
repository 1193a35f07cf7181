import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from './database.ts';

/**
 * Column conventions every domain's tables share, so both dialects store the same values:
 * ids and dates are text (ISO-8601), money is integer minor units (bigint), hours are integer
 * hundredths, booleans are 0/1, and every owned entity has `version`, `created_at`, `updated_at`.
 */

/**
 * Integer minor units or hundredths in a bigint column. A number on both dialects: PostgreSQL's
 * int8 is parsed as a number (lib/store/database.ts), exact far beyond any amount stored here.
 */
export type ScaledInt = number;

/** 0 or 1 on both dialects (PostgreSQL booleans would come back as true/false). */
export type Flag = number;

export function flag(value: boolean): Flag {
  return value ? 1 : 0;
}

export interface VersionedColumns {
  version: number;
  created_at: string;
  updated_at: string;
}

/** The dialect behind a Kysely instance, so a migration can do what only one dialect needs. */
export function dialectOfDb(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * PostgreSQL text that compares byte by byte, as SQLite's does, whatever collation the database
 * was created with: columns that order keyset pages take it, so order and cursors are the same
 * on both dialects.
 */
export const BYTEWISE_TEXT: RawBuilder<unknown> = sql`text collate "C"`;

/** Makes `columns` of `table` compare byte by byte on PostgreSQL; SQLite already does. */
export async function compareBytewise(db: Kysely<unknown>, table: string, columns: readonly string[]): Promise<void> {
  if (dialectOfDb(db) !== 'postgres') return;
  for (const column of columns) {
    await db.schema
      .alterTable(table)
      .alterColumn(column, (col) => col.setDataType(BYTEWISE_TEXT))
      .execute();
  }
}
