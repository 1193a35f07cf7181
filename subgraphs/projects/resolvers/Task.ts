import { entityRef } from '../../../lib/federation.ts';
import { found } from '../../../lib/writes/versioned.ts';
import type { TaskResolvers } from '../__generated__/resolvers-types.ts';
import { formatHours } from '../hours.ts';

export const Task: TaskResolvers = {
  project: async (task, _, { loaders }) => found(await loaders.project.load(task.project_id), 'Project', task.project_id),
  assignee: (task) => (task.assignee_id ? entityRef('Employee', task.assignee_id) : null),
  estimateHours: (task) => (task.estimate_hundredths === null ? null : formatHours(task.estimate_hundredths)),
  createdAt: (task) => task.created_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Task', parent.id, args),
};
