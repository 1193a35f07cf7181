import type { Kysely } from 'kysely';
import { fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { Health, ProjectPhase } from '../__generated__/resolvers-types.ts';
import type { ProjectRow, ProjectsDatabase } from './schema.ts';

type Db = Kysely<ProjectsDatabase>;

export function projectsByIds(db: Db, ids: readonly string[]): Promise<ProjectRow[]> {
  return db.selectFrom('projects').selectAll().where('id', 'in', ids).execute();
}

/** Every project of the given clients, newest first. */
export function projectsByClientIds(db: Db, clientIds: readonly string[]): Promise<ProjectRow[]> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export type AssignmentRow = ProjectRow & { employee_id: string | null };

/**
 * The open projects each employee leads or has tasks on, in one statement: the union of both
 * links (which also removes duplicates) joined to the projects it names.
 */
export function openProjectsByEmployeeIds(db: Db, employeeIds: readonly string[]): Promise<AssignmentRow[]> {
  return db
    .selectFrom('projects')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('projects')
          .select(['id as project_id', 'lead_id as employee_id'])
          .where('lead_id', 'in', employeeIds)
          .union(eb.selectFrom('tasks').select(['project_id', 'assignee_id as employee_id']).where('assignee_id', 'in', employeeIds))
          .as('links'),
      (join) => join.onRef('links.project_id', '=', 'projects.id'),
    )
    .selectAll('projects')
    .select('links.employee_id')
    .where('projects.phase', '!=', 'CLOSED')
    .orderBy('projects.name')
    .orderBy('projects.id')
    .execute();
}

export interface ProjectFilter {
  phase?: ProjectPhase | null;
  health?: Health | null;
  clientId?: string | null;
}

/** A page of projects ordered by name then id, and how many match in all. */
export function listProjects(db: Db, page: PageRequest, filter: ProjectFilter) {
  let query = db.selectFrom('projects');
  if (filter.phase) query = query.where('phase', '=', filter.phase);
  if (filter.health) query = query.where('health', '=', filter.health);
  if (filter.clientId) query = query.where('client_id', '=', filter.clientId);
  return fetchPage(query, page);
}

/** Projects are written only through this table: versioned, audited and announced. */
export const projects = versionedTable<ProjectsDatabase, ProjectRow>('projects', 'Project');
