import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPlan, type DemoPlan } from '../../../lib/demo/plan.ts';
import { formatScaled } from '../../../lib/money.ts';
import { projectsSubgraph } from '../../../subgraphs/projects/server.ts';
import { graphql } from '../../__generated__/gql.ts';
import type { ProjectsTimeByWeekQuery, TimeReportOrder } from '../../__generated__/graphql.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../../support/subgraphs.ts';

/** The time report on a seeded demo company, paged through in small pages and compared with the plan. */

let projects: TestSubgraph;
let plan: DemoPlan;

beforeAll(async () => {
  plan = createDemoPlan({ seed: 5, size: { clients: 10, employees: 12, invoices: 0, projects: 25 }, reportingCurrency: 'USD' });
  projects = await openTestSubgraph(projectsSubgraph);
  await projects.subgraph.seed(plan);
});

afterAll(async () => {
  await projects.close();
});

const TimeByWeek = graphql(`
  query ProjectsTimeByWeek(
    $first: Int
    $after: String
    $from: Date
    $to: Date
    $projectId: ID
    $employeeId: ID
    $orderBy: TimeReportOrder
    $count: Boolean = false
  ) {
    timeByWeek(first: $first, after: $after, from: $from, to: $to, projectId: $projectId, employeeId: $employeeId, orderBy: $orderBy) {
      edges {
        node {
          project {
            id
            name
          }
          employee {
            id
          }
          week
          hours
          billableHours
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount @include(if: $count)
    }
  }
`);

interface Args {
  from?: string;
  to?: string;
  projectId?: string;
  employeeId?: string;
  orderBy?: TimeReportOrder;
}

interface Row {
  week: string;
  project: string;
  employee: string;
  hours: string;
  billable: string;
}

async function allRows(args: Args, size: number): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const cursor: string | null = after;
    const response: TypedResponse<ProjectsTimeByWeekQuery> = await projects.execute(TimeByWeek, { ...args, first: size, after: cursor });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.timeByWeek;
    if (!connection) throw new Error('no report');
    expect(connection.edges.length).toBeLessThanOrEqual(size);
    for (const { node } of connection.edges) {
      rows.push({ week: node.week, project: node.project.id, employee: node.employee.id, hours: node.hours, billable: node.billableHours });
    }
    if (!connection.pageInfo.hasNextPage) return rows;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the report never ended');
}

/** The Monday of a date's ISO week, worked out apart from the code under test. */
function monday(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function expected(args: Args): Row[] {
  const totals = new Map<string, { week: string; project: string; employee: string; hours: bigint; billable: bigint }>();
  for (const project of plan.projects) {
    if (args.projectId && project.id !== args.projectId) continue;
    for (const entry of project.timeEntries) {
      if (args.employeeId && entry.employeeId !== args.employeeId) continue;
      if ((args.from && entry.date < args.from) || (args.to && entry.date > args.to)) continue;
      const week = monday(entry.date);
      const key = `${week} ${project.id} ${entry.employeeId}`;
      const total = totals.get(key) ?? { week, project: project.id, employee: entry.employeeId, hours: 0n, billable: 0n };
      total.hours += BigInt(entry.hundredths);
      if (entry.billable) total.billable += BigInt(entry.hundredths);
      totals.set(key, total);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, t]) => ({
      week: t.week,
      project: t.project,
      employee: t.employee,
      hours: formatScaled(t.hours, 2),
      billable: formatScaled(t.billable, 2),
    }));
}

async function totalCount(args: Args): Promise<number | undefined> {
  const response = await projects.execute(TimeByWeek, { ...args, first: 0, count: true });
  return response.data?.timeByWeek.totalCount ?? undefined;
}

describe('projects: timeByWeek', () => {
  it('pages through every (week, project, employee) with its hours, in a stable order either way', async () => {
    const rows = expected({});
    expect(rows.length).toBeGreaterThan(100);
    expect(await allRows({}, 29)).toEqual(rows);
    expect(await allRows({ orderBy: 'WEEK_DESC' }, 71)).toEqual([...rows].reverse());
    // The count groups by each store's own week expression: it agrees with the weeks above.
    expect(await totalCount({})).toBe(rows.length);
  });

  it('names each row’s project and keeps to the date range and the project and employee asked for', async () => {
    const project = plan.projects.find((candidate) => candidate.timeEntries.length > 10);
    if (!project) throw new Error('the plan has no project with time');
    const dates = project.timeEntries.map((entry) => entry.date).sort();
    // A Wednesday-to-Wednesday-ish range cuts the weeks at both ends.
    const args = { from: dates[2] ?? '', to: dates[dates.length - 3] ?? '', projectId: project.id };
    const rows = expected(args);
    expect(rows.length).toBeGreaterThan(0);
    expect(await allRows(args, 5)).toEqual(rows);
    expect(await totalCount(args)).toBe(rows.length);
    const employee = project.timeEntries[0]?.employeeId ?? '';
    expect(await allRows({ employeeId: employee }, 1000)).toEqual(expected({ employeeId: employee }));
    const named = await projects.execute(TimeByWeek, { projectId: project.id, first: 1 });
    expect(named.data?.timeByWeek.edges[0]?.node.project).toEqual({ id: project.id, name: project.name });
  });

  it('refuses a page over 1000, a backwards range, a malformed id and a foreign cursor', async () => {
    const tooBig = await projects.execute(TimeByWeek, { first: 5000 });
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    expect(tooBig.errors?.[0]?.extensions?.fields).toEqual([{ path: ['first'], message: 'must be between 0 and 1000' }]);
    expect(errorCodes(await projects.execute(TimeByWeek, { from: '2026-03-02', to: '2026-03-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await projects.execute(TimeByWeek, { projectId: 'cli_notaproject00000' }))).toEqual(['BAD_USER_INPUT']);
    // A well-formed cursor whose week is not a Monday was not made by this report.
    const notMonday = Buffer.from(JSON.stringify(['2026-03-04', 'prj_x', 'emp_y'])).toString('base64url');
    expect(errorCodes(await projects.execute(TimeByWeek, { after: notMonday }))).toEqual(['BAD_USER_INPUT']);
  });
});
