import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept per SQLite connection: far more than the distinct statements the code sends. */
const CACHED_STATEMENTS = 500;

/**
 * The SQLite connection as Kysely's dialect sees it, preparing each distinct SQL text once.
 * Kysely's SQLite driver prepares every statement it runs afresh, and on a write made of many
 * small statements (an import: eight a row) preparing costs more than running. A prepared
 * statement stays valid across schema changes (SQLite prepares it again itself); one that is
 * still being iterated (a streamed select) is busy, and the same SQL then gets a statement of
 * its own. The least recently used statement is dropped past CACHED_STATEMENTS (an `in` list's
 * length makes a distinct text).
 */
export function preparingOnce(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last, so the first entry is the one to drop.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      statements.set(sql, statement);
      if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
