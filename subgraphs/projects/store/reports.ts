import { sql, type Kysely } from 'kysely';
import type { DateRange } from '../../../lib/reports/page.ts';
import { periodOf, type PeriodSource } from '../../../lib/reports/periods.ts';
import { dialectOfDb } from '../../../lib/store/columns.ts';
import type { SortDirection } from '../../../lib/store/pagination.ts';
import type { ProjectsDatabase } from './schema.ts';

/** The time report BI tools page through (`timeByWeek`): its statements. */

type Db = Kysely<ProjectsDatabase>;

/** One row of the report: an employee's hundredths on a project in an ISO week. */
export interface TimeWeekRow {
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  project_id: string;
  employee_id: string;
  hundredths: bigint;
  billable_hundredths: bigint;
}

export interface TimeReportFilter {
  range: DateRange;
  projectId: string | null | undefined;
  employeeId: string | null | undefined;
}

function reportEntries(db: Db, filter: TimeReportFilter) {
  return db
    .selectFrom('time_entries')
    .$if(filter.range.from !== null, (q) => q.where('date', '>=', filter.range.from ?? ''))
    .$if(filter.range.to !== null, (q) => q.where('date', '<=', filter.range.to ?? ''))
    .$if(Boolean(filter.projectId), (q) => q.where('project_id', '=', filter.projectId ?? ''))
    .$if(Boolean(filter.employeeId), (q) => q.where('employee_id', '=', filter.employeeId ?? ''));
}

/** timeByWeek a week at a time (lib/reports/periods.ts): each (project, employee)'s sums in one week. */
export function timeWeekSource(db: Db, filter: TimeReportFilter, direction: SortDirection): PeriodSource<TimeWeekRow> {
  return {
    rowsBetween: async (from, to, afterKey, limit) => {
      const [afterProject, afterEmployee] = afterKey ?? [];
      const op = sql.raw(direction === 'asc' ? '>' : '<');
      const rows = await reportEntries(db, { ...filter, range: { from, to } })
        .select((eb) => [
          'project_id',
          'employee_id',
          eb.fn.sum<number | string>('hundredths').as('hundredths'),
          eb.fn.sum<number | string>(sql`case when billable = 1 then hundredths else 0 end`).as('billable_hundredths'),
        ])
        .$if(afterKey !== null, (q) => q.where(sql<boolean>`(project_id, employee_id) ${op} (${afterProject}, ${afterEmployee})`))
        .groupBy(['project_id', 'employee_id'])
        .orderBy('project_id', direction)
        .orderBy('employee_id', direction)
        .limit(limit)
        .execute();
      const week = periodOf('week', from);
      return rows.map((row) => ({
        week,
        project_id: row.project_id,
        employee_id: row.employee_id,
        hundredths: BigInt(row.hundredths),
        billable_hundredths: BigInt(row.billable_hundredths),
      }));
    },
    edgeDate: async (edgeDirection, range) => {
      const row = await reportEntries(db, { ...filter, range })
        .select((eb) => (edgeDirection === 'asc' ? eb.fn.min('date') : eb.fn.max('date')).as('edge'))
        .executeTakeFirst();
      return row?.edge ?? null;
    },
  };
}

/** An entry's ISO week's Monday as YYYY-MM-DD, in each dialect's own date functions. */
function weekOfDate(db: Db) {
  return dialectOfDb(db as Kysely<unknown>) === 'postgres'
    ? sql<string>`to_char(date_trunc('week', date::date), 'YYYY-MM-DD')`
    : sql<string>`date(date, 'weekday 0', '-6 days')`;
}

/** How many (week, project, employee) rows the report has. */
export async function countTimeWeeks(db: Db, filter: TimeReportFilter): Promise<number> {
  const groups = reportEntries(db, filter)
    .select('project_id')
    .groupBy(['project_id', 'employee_id', weekOfDate(db)]);
  const row = await db
    .selectFrom(groups.as('groups'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
