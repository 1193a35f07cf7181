import { PostgresAdapter, type Kysely } from 'kysely';
import type { Changes, VersionedRow, VersionedTable } from './versioned.ts';

/**
 * Moves every row of `table` whose `column` names `from` over to `to`, each as its next version,
 * audited and announced like any other update (its event's `references` name both targets, so
 * whatever was derived from either is refreshed). Runs in the caller's transaction `trx`: a
 * client merge in the CRM, and each other domain's reaction to `Client.merged`. Returns how many
 * rows moved.
 */
export async function repoint<DB, Row extends VersionedRow>(
  trx: Kysely<DB>,
  table: VersionedTable<DB, Row>,
  column: keyof Changes<Row> & string,
  from: string,
  to: string,
): Promise<number> {
  // The table is chosen by a type parameter, so Kysely sees plain records (as in versioned.ts).
  const name: string = column;
  const query = (trx as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .selectFrom(table.table)
    .selectAll()
    .where(name, '=', from)
    .orderBy('id');
  // Locked on PostgreSQL, as forWrite locks one row; SQLite has a single writer anyway.
  const rows = (await (trx.getExecutor().adapter instanceof PostgresAdapter ? query.forNoKeyUpdate() : query).execute()) as Row[];
  for (const row of rows) await table.update(trx, row, { [column]: to } as Changes<Row>);
  return rows.length;
}
