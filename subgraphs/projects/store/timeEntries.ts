import type { Kysely } from 'kysely';
import { toMinor } from '../../../lib/money.ts';
import { afterCursor, type PageRequest } from '../../../lib/store/pagination.ts';
import { immutableTable } from '../../../lib/writes/versioned.ts';
import type { ProjectsDatabase, TimeEntryRow } from './schema.ts';

type Db = Kysely<ProjectsDatabase>;

/** What a project's time adds up to: hundredths logged and how many entries. */
export interface TimeTotals {
  hundredths: bigint;
  entries: number;
}

export const NO_TIME: TimeTotals = { hundredths: 0n, entries: 0 };

export async function timeTotalsByProjectIds(db: Db, projectIds: readonly string[]): Promise<Map<string, TimeTotals>> {
  const rows = await db
    .selectFrom('time_entries')
    .select((eb) => [
      'project_id',
      eb.fn.sum<number | string>('hundredths').as('hundredths'),
      eb.fn.countAll<number | string>().as('entries'),
    ])
    .where('project_id', 'in', projectIds)
    .groupBy('project_id')
    .execute();
  return new Map(rows.map((row) => [row.project_id, { hundredths: toMinor(row.hundredths), entries: Number(row.entries) }]));
}

/** Hundredths each employee logged on dates after `since` (exclusive). */
export async function hundredthsByEmployeeSince(db: Db, employeeIds: readonly string[], since: string): Promise<Map<string, bigint>> {
  const rows = await db
    .selectFrom('time_entries')
    .select((eb) => ['employee_id', eb.fn.sum<number | string>('hundredths').as('hundredths')])
    .where('employee_id', 'in', employeeIds)
    .where('date', '>', since)
    .groupBy('employee_id')
    .execute();
  return new Map(rows.map((row) => [row.employee_id, toMinor(row.hundredths)]));
}

/**
 * One page of time entries for each of the given projects, newest first, in one statement:
 * `row_number()` per project keeps up to `first + 1` rows of each (the extra one says whether
 * there is a next page).
 */
export async function timeEntryPagesByProjectIds(db: Db, projectIds: readonly string[], page: PageRequest): Promise<TimeEntryRow[]> {
  const ranked = db
    .selectFrom('time_entries')
    .selectAll()
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.partitionBy('project_id').orderBy('date', 'desc').orderBy('id', 'desc'))
        .as('position'),
    )
    .where('project_id', 'in', projectIds)
    .$if(page.after !== null, (q) => q.where(afterCursor('date', 'id', 'desc', page.after ?? [])));
  const rows = await db
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('position', '<=', page.first + 1)
    .orderBy('project_id')
    .orderBy('position')
    .execute();
  return rows.map(({ position: _position, ...row }) => row);
}

/** Time entries never change, so their audit row is their only version, 1. */
export const timeEntries = immutableTable<ProjectsDatabase, TimeEntryRow>('time_entries', 'TimeEntry');
