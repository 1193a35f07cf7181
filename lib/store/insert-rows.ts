import { CompiledQuery, type Kysely } from 'kysely';
import { dialectOfDb } from './columns.ts';

/**
 * Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535. At most a statement
 * of 1,000 rows, so that the texts a call's rows make are few and stay in the statement cache.
 */
const VALUES_PER_STATEMENT = 30_000;
const ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts `rows` into `table`, in order, in the caller's transaction `db`, a multi-row VALUES per
 * up to 1,000 rows: what a write of many new entities (an import's new rows, their audit rows
 * and events) does instead of a statement a row. The text is put together here, not by Kysely's
 * builder, whose cost per value would eat most of what the statements saved. The columns are
 * those any row has; a row without one of them writes null there.
 */
export async function insertRows(db: Kysely<unknown>, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const numbered = dialectOfDb(db) === 'postgres';
  const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(VALUES_PER_STATEMENT / columns.length)));
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks: string[] = [];
      for (const column of columns) {
        values.push(row[column] ?? null);
        marks.push(numbered ? `$${values.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), values));
  }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
