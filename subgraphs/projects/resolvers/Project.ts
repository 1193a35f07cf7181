import { entityRef } from '../../../lib/federation.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import type { ProjectResolvers } from '../__generated__/resolvers-types.ts';
import { formatHours } from '../hours.ts';

export const Project: ProjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.project.load(reference.id),
  client: (project) => entityRef('Client', project.client_id),
  lead: (project) => (project.lead_id ? entityRef('Employee', project.lead_id) : null),
  healthNote: (project) => project.health_note,
  budgetHours: (project) => formatHours(project.budget_hundredths),
  hoursLogged: async (project, _, { loaders }) => formatHours((await loaders.timeTotalsByProject.load(project.id)).hundredths),
  startDate: (project) => project.start_date,
  endDate: (project) => project.end_date,
  tasks: (project, _, { loaders }) => loaders.tasksByProject.load(project.id),
  timeEntries: async (project, { first, after }, { loaders }) => {
    const page = pageRequest({ first, after });
    const [rows, totals] = await Promise.all([
      loaders.timeEntryPageByProject(page).load(project.id),
      loaders.timeTotalsByProject.load(project.id),
    ]);
    return toConnection(rows, page, totals.entries, (entry) => [entry.date, entry.id]);
  },
  externalIds: (project, _, { loaders }) => loaders.projectExternalIds.load(project.id),
  createdAt: (project) => project.created_at,
  updatedAt: (project) => project.updated_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Project', parent.id, args),
};
