import { dateRange, reportPageRequest, toReportConnection, type ReportConnection } from '../../lib/reports/page.ts';
import { periodPage } from '../../lib/reports/periods.ts';
import type { PageArgs, SortDirection } from '../../lib/store/pagination.ts';
import { idArgument } from '../../lib/validation.ts';
import type { ProjectsContext } from './context.ts';
import type { TimeReportOrder } from './__generated__/resolvers-types.ts';
import { countTimeWeeks, timeWeekSource, type TimeWeekRow } from './store/reports.ts';

/** The flat time report (schema/projects.graphql, `timeByWeek`), as a connection. */

export type TimeReportPage = ReportConnection<TimeWeekRow>;

const TIME_ORDER: Record<TimeReportOrder, SortDirection> = { WEEK_ASC: 'asc', WEEK_DESC: 'desc' };

export interface TimeReportArgs extends PageArgs {
  from?: string | null;
  to?: string | null;
  projectId?: string | null;
  employeeId?: string | null;
  orderBy?: TimeReportOrder | null;
}

export async function timeReport(args: TimeReportArgs, { db }: ProjectsContext): Promise<TimeReportPage> {
  const page = reportPageRequest(args, ['string', 'string', 'string']);
  const filter = {
    range: dateRange(args.from, args.to),
    projectId: idArgument('projectId', args.projectId, 'prj'),
    employeeId: idArgument('employeeId', args.employeeId, 'emp'),
  };
  const direction = TIME_ORDER[args.orderBy ?? 'WEEK_ASC'];
  const rows = await periodPage('week', direction, filter.range, page, timeWeekSource(db, filter, direction));
  return toReportConnection(
    rows,
    page,
    (row) => [row.week, row.project_id, row.employee_id],
    (row) => row,
    () => countTimeWeeks(db, filter),
  );
}
