import type { Kysely } from 'kysely';
import { nowIso } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { assertTransition } from '../../../lib/lifecycle.ts';
import { refuseTerminated, type Reference } from '../../../lib/references.ts';
import { flag } from '../../../lib/store/columns.ts';
import { assertVersion, readForWrite } from '../../../lib/store/versions.ts';
import { badInput, validate } from '../../../lib/validation.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import * as inputs from '../inputs.ts';
import { isOpen, projectLifecycle, TIME_LOGGING_PHASES } from '../lifecycles.ts';
import { insertProject, updateProject } from '../store/projects.ts';
import type { ProjectRow, ProjectsDatabase, TaskRow } from '../store/schema.ts';
import { insertTask } from '../store/tasks.ts';
import { insertTimeEntry } from '../store/timeEntries.ts';

/**
 * Every projects write: validate (zod), confirm clients and employees with their owners, then
 * change only this domain's tables in one transaction, reading rows inside it so versions and
 * phases are checked against what is actually there.
 */

type Db = Kysely<ProjectsDatabase>;

const projectFor = (db: Db, id: string) => readForWrite<ProjectRow, ProjectsDatabase>(db, 'projects', 'Project', id);
const taskFor = (db: Db, id: string) => readForWrite<TaskRow, ProjectsDatabase>(db, 'tasks', 'Task', id);

/** An employee who is given work must still work here. */
function employeeReference(id: string | null | undefined, path: string[]): Reference[] {
  return id ? [{ typename: 'Employee', id, path, refuse: refuseTerminated }] : [];
}

export const Mutation: MutationResolvers = {
  createProject: async (_, args, { db, references }) => {
    const { input } = validate(inputs.createProjectArgs, args);
    await references.assertReferences([
      { typename: 'Client', id: input.clientId, path: ['input', 'clientId'] },
      ...employeeReference(input.leadId, ['input', 'leadId']),
    ]);
    return db.transaction().execute((trx) =>
      insertProject(trx, {
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
      }),
    );
  },

  advanceProject: async (_, args, { db }) => {
    const { id, phase, expectedVersion } = validate(inputs.advanceProjectArgs, args);
    return db.transaction().execute(async (trx) => {
      const project = await projectFor(trx, id);
      assertVersion('Project', project, expectedVersion);
      assertTransition(projectLifecycle, id, project.phase, phase);
      return updateProject(trx, project, { phase });
    });
  },

  setProjectHealth: async (_, args, { db }) => {
    const { id, health, note, expectedVersion } = validate(inputs.setProjectHealthArgs, args);
    return db.transaction().execute(async (trx) => {
      const project = await projectFor(trx, id);
      assertVersion('Project', project, expectedVersion);
      if (!isOpen(project.phase)) {
        throw ERRORS.INVALID_TRANSITION.err(`Project ${id} is CLOSED and its health can no longer change`, {
          entity: 'Project',
          id,
          from: project.phase,
          to: health,
        });
      }
      // A new assessment carries its own note; the previous one no longer explains it.
      return updateProject(trx, project, { health, health_note: note ?? null });
    });
  },

  createTask: async (_, args, { db, references }) => {
    const { projectId, input } = validate(inputs.createTaskArgs, args);
    await references.assertReferences(employeeReference(input.assigneeId, ['input', 'assigneeId']));
    return db.transaction().execute(async (trx) => {
      const project = await projectFor(trx, projectId);
      if (!isOpen(project.phase)) throw badInput(['projectId'], `Project ${projectId} is CLOSED and takes no new tasks`);
      return insertTask(trx, {
        id: newId('tsk'),
        project_id: projectId,
        title: input.title,
        assignee_id: input.assigneeId ?? null,
        status: 'TODO',
        estimate_hundredths: input.estimateHours === null || input.estimateHours === undefined ? null : Number(input.estimateHours),
      });
    });
  },

  logTime: async (_, args, { db, references }) => {
    const { input } = validate(inputs.logTimeArgs, args);
    await references.assertReferences(employeeReference(input.employeeId, ['input', 'employeeId']));
    return db.transaction().execute(async (trx) => {
      const project = await projectFor(trx, input.projectId);
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
        const task = await taskFor(trx, input.taskId);
        if (task.project_id !== project.id) {
          throw badInput(['input', 'taskId'], `Task ${task.id} belongs to project ${task.project_id}, not ${project.id}`);
        }
      }
      return insertTimeEntry(trx, {
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
    });
  },
};
