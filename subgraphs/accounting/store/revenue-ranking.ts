import { sql, type Kysely } from 'kysely';
import { afterCursor, type CursorValue, type PageRequest } from '../../../lib/store/pagination.ts';
import type { AccountingDatabase } from './schema.ts';

type Db = Kysely<AccountingDatabase>;

export interface RankedClient {
  /** The client's id (a Client reference, for the gateway to resolve). */
  id: string;
  /** Revenue in reporting minor units, the rank's key. */
  revenue: number;
}

/**
 * Clients by their revenue from SENT and PAID invoices issued in (`since`, `until`] and fixed in
 * `reportingCurrency`, highest first, then by id (both descending, so one row-value comparison
 * seeks the cursor); and how many clients had any. One pass over the covering index
 * invoices_client_revenue per page: about a second on SQLite at 2,000,000 invoices and 100,000
 * clients, the price of a ranking computed when read (rule 6) rather than kept. An invoice fixed in
 * an earlier reporting currency (the configuration changed since) is left out of the rank's key,
 * not converted: `Client.revenue` still counts it.
 */
export async function rankClientsByRevenue(
  db: Db,
  window: { since: string; until: string; reportingCurrency: string },
  page: PageRequest,
): Promise<{ rows: RankedClient[]; totalCount: number }> {
  const revenues = db
    .selectFrom('invoices')
    .select((eb) => [
      eb.ref('client_id').as('id'),
      eb.fn.sum<number | string>('reporting_total_minor').as('revenue'),
      // Evaluated after grouping: how many clients had revenue, from the same pass over the index.
      sql<number | string>`count(*) over ()`.as('total'),
    ])
    .where('status', 'in', ['SENT', 'PAID'])
    .where('issue_date', '>', window.since)
    .where('issue_date', '<=', window.until)
    .where('reporting_currency', '=', window.reportingCurrency)
    .groupBy('client_id');
  const rows = await db
    .selectFrom(revenues.as('ranked'))
    .selectAll()
    .$if(page.after !== null, (q) => q.where(afterCursor('revenue', 'id', 'desc', page.after ?? [])))
    .orderBy('revenue', 'desc')
    .orderBy('id', 'desc')
    .limit(page.first + 1)
    .execute();
  // Past the last client (or asked for none) there is no row to read the total from: count alone.
  const total =
    rows[0]?.total ??
    (
      await db
        .selectFrom(revenues.as('ranked'))
        .select(sql<number | string>`count(*)`.as('total'))
        .executeTakeFirstOrThrow()
    ).total;
  // PostgreSQL's sum and count are numeric and bigint, read as strings: numbers on both, like every amount here.
  return { rows: rows.map((row) => ({ id: row.id, revenue: Number(row.revenue) })), totalCount: Number(total) };
}

/** A ranked client's cursor: its revenue and id. */
export function rankCursor(row: RankedClient): CursorValue[] {
  return [row.revenue, row.id];
}
