import type { Kysely } from 'kysely';
import { demoParts, type DemoSource, type SeedProgress } from '../../lib/demo/plan.ts';
import { bulkLoad } from '../../lib/store/bulk.ts';
import { flag } from '../../lib/store/columns.ts';
import type { ProjectsDatabase } from './store/schema.ts';

/** Writes the projects domain's part of the demo company, a chunk at a time: projects, their tasks and time entries. */
export async function seedProjects(db: Kysely<ProjectsDatabase>, source: DemoSource, progress: SeedProgress = () => {}): Promise<void> {
  const plan = demoParts(source);
  const stamp = { version: 1, created_at: plan.createdAt, updated_at: plan.createdAt };
  await bulkLoad(db, ['projects', 'tasks', 'time_entries'], async (writer) => {
    for (const projects of plan.projects()) {
      await writer.insert(
        'projects',
        projects.map((project) => ({
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
      );
      const tasks = projects.flatMap((project) =>
        project.tasks.map((task) => ({
          id: task.id,
          project_id: project.id,
          title: task.title,
          assignee_id: task.assigneeId,
          status: task.status,
          estimate_hundredths: task.estimateHundredths,
          ...stamp,
        })),
      );
      await writer.insert('tasks', tasks);
      const entries = projects.flatMap((project) =>
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
      );
      await writer.insert('time_entries', entries);
      progress(projects.length, projects.length + tasks.length + entries.length);
    }
  });
}
