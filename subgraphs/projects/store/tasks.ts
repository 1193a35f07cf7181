import type { Kysely } from 'kysely';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { ProjectsDatabase, TaskRow } from './schema.ts';

type Db = Kysely<ProjectsDatabase>;

export function tasksByIds(db: Db, ids: readonly string[]): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('id', 'in', ids).execute();
}

/** The tasks of the given projects, in the order they were created. */
export function tasksByProjectIds(db: Db, projectIds: readonly string[]): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('project_id', 'in', projectIds).orderBy('created_at').orderBy('id').execute();
}

/** Tasks are written only through this table: versioned, audited and announced. */
export const tasks = versionedTable<ProjectsDatabase, TaskRow>('tasks', 'Task');
