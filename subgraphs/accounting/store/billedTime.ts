import type { Kysely } from 'kysely';
import type { AccountingDatabase, BilledTimeEntryTable } from './schema.ts';

/**
 * Which logged time (owned by projects, kept here by id only) accounting has already put on an
 * invoice, so time is billed once however often a project's closing is delivered.
 */

type Db = Kysely<AccountingDatabase>;

/** Keeps each statement's parameter list well inside every driver's limit. */
const CHUNK = 500;

/** The ids among `timeEntryIds` that are already on an invoice. */
export async function billedTimeEntryIds(db: Db, timeEntryIds: readonly string[]): Promise<Set<string>> {
  const billed = new Set<string>();
  for (let start = 0; start < timeEntryIds.length; start += CHUNK) {
    const rows = await db
      .selectFrom('billed_time_entries')
      .select('time_entry_id')
      .where('time_entry_id', 'in', timeEntryIds.slice(start, start + CHUNK))
      .execute();
    for (const row of rows) billed.add(row.time_entry_id);
  }
  return billed;
}

/** Records time entries as billed on an invoice; `db` is the transaction that creates the invoice. */
export async function recordBilledTime(db: Db, rows: readonly BilledTimeEntryTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto('billed_time_entries')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}
