import { externalIdsLoader } from '../../lib/external-ids/fields.ts';
import type { Kysely } from 'kysely';
import { createAuditReader } from '../../lib/audit/read.ts';
import { addDays, today } from '../../lib/dates.ts';
import { loaderById, loaderFamily, loaderGroupedBy, loaderOfValues } from '../../lib/loaders.ts';
import type { PageRequest } from '../../lib/store/pagination.ts';
import type { SubgraphContext } from '../../lib/subgraph.ts';
import { openProjectsByEmployeeIds, projectsByClientIds, projectsByIds } from './store/projects.ts';
import type { ProjectsDatabase } from './store/schema.ts';
import { tasksByIds, tasksByProjectIds } from './store/tasks.ts';
import { hundredthsByEmployeeSince, NO_TIME, timeEntryPagesByProjectIds, timeTotalsByProjectIds } from './store/timeEntries.ts';

/** Per-request context of the projects subgraph: the verified caller, its store, the reference checker (asking on the caller's behalf), fresh DataLoaders. */
export interface ProjectsContext extends SubgraphContext<ProjectsDatabase> {
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<ProjectsDatabase>) {
  return {
    // history and the per-actor log (lib/audit): one statement per batch of entities.
    audit: createAuditReader(db),
    projectExternalIds: externalIdsLoader(db, 'Project'),
    project: loaderById((ids) => projectsByIds(db, ids)),
    task: loaderById((ids) => tasksByIds(db, ids)),
    projectsByClient: loaderGroupedBy(
      (ids) => projectsByClientIds(db, ids),
      (row) => row.client_id,
    ),
    assignmentsByEmployee: loaderGroupedBy(
      (ids) => openProjectsByEmployeeIds(db, ids),
      (row) => row.employee_id ?? '',
    ),
    tasksByProject: loaderGroupedBy(
      (ids) => tasksByProjectIds(db, ids),
      (row) => row.project_id,
    ),
    timeTotalsByProject: loaderOfValues((ids) => timeTotalsByProjectIds(db, ids), NO_TIME),
    timeEntryPageByProject: loaderFamily((page: PageRequest) =>
      loaderGroupedBy(
        (ids) => timeEntryPagesByProjectIds(db, ids, page),
        (row) => row.project_id,
      ),
    ),
    // Keyed by weeks: `utilisation(weeks: 4)` and `utilisation(weeks: 12)` batch separately.
    hundredthsByEmployee: loaderFamily((weeks: number) => {
      const since = addDays(today(), -7 * weeks);
      return loaderOfValues((ids) => hundredthsByEmployeeSince(db, ids, since), 0n);
    }),
  };
}

export function createProjectsContext(base: SubgraphContext<ProjectsDatabase>): ProjectsContext {
  return { ...base, loaders: createLoaders(base.db) };
}
