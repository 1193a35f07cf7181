import type { Kysely } from 'kysely';
import { insertVersioned, type NewRow } from '../../../lib/store/versions.ts';
import type { ProjectsDatabase, TaskRow, TaskTable } from './schema.ts';

type Db = Kysely<ProjectsDatabase>;

export function tasksByIds(db: Db, ids: readonly string[]): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('id', 'in', ids).execute();
}

/** The tasks of the given projects, in the order they were created. */
export function tasksByProjectIds(db: Db, projectIds: readonly string[]): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('project_id', 'in', projectIds).orderBy('created_at').orderBy('id').execute();
}

export async function insertTask(db: Db, values: NewRow<TaskTable>): Promise<TaskRow> {
  const row = await insertVersioned(db, 'tasks', 'Task', values);
  return row;
}
