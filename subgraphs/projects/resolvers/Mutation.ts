import { nowIso } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { refuseTerminated, type Reference } from '../../../lib/references.ts';
import { flag } from '../../../lib/store/columns.ts';
import { badInput } from '../../../lib/validation.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import { transition } from '../../../lib/writes/transition.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { ProjectsContext } from '../context.ts';
import * as inputs from '../inputs.ts';
import { isOpen, projectLifecycle, TIME_LOGGING_PHASES } from '../lifecycles.ts';
import { projects } from '../store/projects.ts';
import { tasks } from '../store/tasks.ts';
import { timeEntries } from '../store/timeEntries.ts';

/**
 * Every projects write, each through the one write path (lib/writes/mutation.ts: authorise,
 * validate, confirm clients and employees with their owners, then lock, check, write, audit and
 * announce in one transaction). Rows are read inside it, so versions and phases are checked
 * against what is actually there; only this domain's tables change.
 */

const mutation = writePath<ProjectsContext>();

/** An employee who is given work must still work here. */
function employeeReference(id: string | null | undefined, path: string[]): Reference[] {
  return id ? [{ typename: 'Employee', id, path, refuse: refuseTerminated }] : [];
}

export const Mutation: MutationResolvers = {
  createProject: mutation({
    args: inputs.createProjectArgs,
    references: ({ input }) => [
      { typename: 'Client', id: input.clientId, path: ['input', 'clientId'] },
      ...employeeReference(input.leadId, ['input', 'leadId']),
    ],
    write: (trx, { input }) =>
      projects.insert(
        trx,
        {
          id: newId('prj'),
          client_id: input.clientId,
          lead_id: input.leadId ?? null,
          name: input.name,
          phase: 'PROPOSAL',
          health: 'GREEN',
          health_note: null,
          budget_hundredths: Number(input.budgetHours),
          start_date: input.startDate ?? null,
          end_date: input.endDate ?? null,
        },
        input.externalIds,
      ),
  }),

  advanceProject: mutation({
    args: inputs.advanceProjectArgs,
    write: (trx, { id, phase, expectedVersion }) => transition(trx, projects, projectLifecycle, { id, expectedVersion, to: phase }),
  }),

  setProjectHealth: mutation({
    args: inputs.setProjectHealthArgs,
    write: async (trx, { id, health, note, expectedVersion }) => {
      const project = await projects.forWrite(trx, id, expectedVersion);
      if (!isOpen(project.phase)) {
        throw ERRORS.INVALID_TRANSITION.err(`Project ${id} is CLOSED and its health can no longer change`, {
          entity: 'Project',
          id,
          from: project.phase,
          to: health,
        });
      }
      // A new assessment carries its own note; the previous one no longer explains it.
      return projects.update(trx, project, { health, health_note: note ?? null });
    },
  }),

  createTask: mutation({
    args: inputs.createTaskArgs,
    references: ({ input }) => employeeReference(input.assigneeId, ['input', 'assigneeId']),
    write: async (trx, { projectId, input }) => {
      const project = await projects.forWrite(trx, projectId);
      if (!isOpen(project.phase)) throw badInput(['projectId'], `Project ${projectId} is CLOSED and takes no new tasks`);
      return tasks.insert(trx, {
        id: newId('tsk'),
        project_id: projectId,
        title: input.title,
        assignee_id: input.assigneeId ?? null,
        status: 'TODO',
        estimate_hundredths: input.estimateHours === null || input.estimateHours === undefined ? null : Number(input.estimateHours),
      });
    },
  }),

  logTime: mutation({
    args: inputs.logTimeArgs,
    references: ({ input }) => employeeReference(input.employeeId, ['input', 'employeeId']),
    write: async (trx, { input }) => {
      const project = await projects.forWrite(trx, input.projectId);
      if (!TIME_LOGGING_PHASES.includes(project.phase)) {
        throw badInput(
          ['input', 'projectId'],
          `Project ${project.id} is ${project.phase}; time can be logged only in ${TIME_LOGGING_PHASES.join(', ')}`,
        );
      }
      if (project.start_date !== null && input.date < project.start_date) {
        throw badInput(['input', 'date'], `must not be before the project's start date ${project.start_date}`);
      }
      if (input.taskId) {
        const task = await tasks.forWrite(trx, input.taskId);
        if (task.project_id !== project.id) {
          throw badInput(['input', 'taskId'], `Task ${task.id} belongs to project ${task.project_id}, not ${project.id}`);
        }
      }
      return timeEntries.insert(trx, {
        id: newId('tim'),
        project_id: project.id,
        task_id: input.taskId ?? null,
        employee_id: input.employeeId,
        date: input.date,
        hundredths: Number(input.hours),
        billable: flag(input.billable ?? true),
        note: input.note ?? null,
        created_at: nowIso(),
      });
    },
  }),
};
