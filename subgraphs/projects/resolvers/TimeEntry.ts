import { entityRef } from '../../../lib/federation.ts';
import { found } from '../../../lib/writes/versioned.ts';
import type { TimeEntryResolvers } from '../__generated__/resolvers-types.ts';
import { formatHours } from '../hours.ts';

export const TimeEntry: TimeEntryResolvers = {
  project: async (entry, _, { loaders }) => found(await loaders.project.load(entry.project_id), 'Project', entry.project_id),
  task: (entry, _, { loaders }) => (entry.task_id ? loaders.task.load(entry.task_id) : null),
  employee: (entry) => entityRef('Employee', entry.employee_id),
  hours: (entry) => formatHours(entry.hundredths),
  billable: (entry) => entry.billable === 1,
  createdAt: (entry) => entry.created_at,
  history: (parent, args, { loaders }) => loaders.audit.history('TimeEntry', parent.id, args),
};
