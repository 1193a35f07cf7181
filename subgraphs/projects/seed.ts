import type { Kysely } from 'kysely';
import type { DemoPlan } from '../../lib/demo/plan.ts';
import { insertChunked } from '../../lib/store/bulk.ts';
import { flag } from '../../lib/store/columns.ts';
import type { ProjectsDatabase } from './store/schema.ts';

/** Writes the projects domain's part of the demo company: projects, their tasks and time entries. */
export async function seedProjects(db: Kysely<ProjectsDatabase>, plan: DemoPlan): Promise<void> {
  const stamp = { version: 1, created_at: plan.createdAt, updated_at: plan.createdAt };
  await db.transaction().execute(async (trx) => {
    await insertChunked(
      plan.projects.map((project) => ({
        id: project.id,
        client_id: project.clientId,
        lead_id: project.leadId,
        name: project.name,
        phase: project.phase,
        health: project.health,
        health_note: null,
        budget_hundredths: project.budgetHundredths,
        start_date: project.startDate,
        end_date: project.endDate,
        ...stamp,
      })),
      (rows) => trx.insertInto('projects').values(rows).execute(),
    );
    await insertChunked(
      plan.projects.flatMap((project) =>
        project.tasks.map((task) => ({
          id: task.id,
          project_id: project.id,
          title: task.title,
          assignee_id: task.assigneeId,
          status: task.status,
          estimate_hundredths: task.estimateHundredths,
          ...stamp,
        })),
      ),
      (rows) => trx.insertInto('tasks').values(rows).execute(),
    );
    await insertChunked(
      plan.projects.flatMap((project) =>
        project.timeEntries.map((entry) => ({
          id: entry.id,
          project_id: project.id,
          task_id: entry.taskId,
          employee_id: entry.employeeId,
          date: entry.date,
          hundredths: entry.hundredths,
          billable: flag(entry.billable),
          note: null,
          // Logged at the end of the working day it records.
          created_at: `${entry.date}T17:00:00.000Z`,
        })),
      ),
      (rows) => trx.insertInto('time_entries').values(rows).execute(),
    );
  });
}
