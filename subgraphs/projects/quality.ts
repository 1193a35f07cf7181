import { today } from '../../lib/dates.ts';
import { countRows, recordsWithValues, type EntityChecks, type QualityCheck } from '../../lib/quality/report.ts';
import type { ProjectsContext } from './context.ts';

/** What projects checks of its own data for `projectsDataQuality` (lib/quality/report.ts runs and counts them). */
export function projectsQualityChecks({ db, references }: ProjectsContext): EntityChecks[] {
  const open = db.selectFrom('projects').where('phase', '!=', 'CLOSED');
  const count = (table: string) => () => countRows(db, table);

  /** Records of `table` whose `column` names an entity its owner does not have. */
  const unknown = (table: string, column: string, field: string, typename: 'Client' | 'Employee', what: string): QualityCheck => {
    const owner = typename === 'Client' ? 'crm' : 'hr';
    return {
      kind: 'UNKNOWN_REFERENCE',
      field,
      description: `${what} whose ${field} ${owner} does not have`,
      find: () =>
        recordsWithValues(
          db,
          table,
          column,
          (ids) => references.missing(typename, ids),
          (id) => `${field} ${id} is not ${typename === 'Client' ? 'a crm client' : 'an hr employee'}`,
        ),
    };
  };

  return [
    {
      entityType: 'Project',
      records: count('projects'),
      checks: [
        {
          kind: 'MISSING_FIELD',
          field: 'lead',
          description: 'Open projects without a lead',
          find: async () =>
            (await open.select('id').where('lead_id', 'is', null).execute()).map(({ id }) => ({ id, problem: 'open, with no lead' })),
        },
        {
          kind: 'MISSING_FIELD',
          field: 'endDate',
          description: 'Open projects without an end date',
          find: async () =>
            (await open.select('id').where('end_date', 'is', null).execute()).map(({ id }) => ({ id, problem: 'open, with no end date' })),
        },
        unknown('projects', 'client_id', 'client', 'Client', 'Projects'),
        unknown('projects', 'lead_id', 'lead', 'Employee', 'Projects'),
        {
          kind: 'STALE',
          field: 'endDate',
          description: 'Open projects past their end date',
          find: async () =>
            (await open.select(['id', 'phase', 'end_date']).where('end_date', '<', today()).execute()).map((row) => ({
              id: row.id,
              problem: `still in ${row.phase}, due to end ${row.end_date ?? ''}`,
            })),
        },
      ],
    },
    {
      entityType: 'Task',
      records: count('tasks'),
      checks: [
        unknown('tasks', 'assignee_id', 'assignee', 'Employee', 'Tasks'),
        {
          kind: 'STALE',
          field: 'status',
          description: 'Unfinished tasks of closed projects',
          find: async () =>
            (
              await db
                .selectFrom('tasks')
                .innerJoin('projects', 'projects.id', 'tasks.project_id')
                .select(['tasks.id', 'tasks.status', 'projects.id as projectId'])
                .where('projects.phase', '=', 'CLOSED')
                .where('tasks.status', '!=', 'DONE')
                .execute()
            ).map((row) => ({ id: row.id, problem: `${row.status} on closed project ${row.projectId}` })),
        },
      ],
    },
    {
      entityType: 'TimeEntry',
      records: count('time_entries'),
      checks: [unknown('time_entries', 'employee_id', 'employee', 'Employee', 'Time entries')],
    },
  ];
}
