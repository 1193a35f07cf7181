import type { TimeByWeekResolvers } from '../__generated__/resolvers-types.ts';
import { formatHours } from '../hours.ts';

/** A row of the time report: the project is projects' own (batched), the employee HR's (its id only). */
export const TimeByWeek: TimeByWeekResolvers = {
  project: async (row, _, { loaders }) => {
    const project = await loaders.project.load(row.project_id);
    // A time entry is written only against a stored project, and projects are never deleted.
    if (!project) throw new Error(`time entries of project ${row.project_id}, which is not stored`);
    return project;
  },
  employee: (row) => ({ id: row.employee_id }),
  week: (row) => row.week,
  hours: (row) => formatHours(row.hundredths),
  billableHours: (row) => formatHours(row.billable_hundredths),
};
