import { countRows, recordsWithValues, refusedBy, type EntityChecks } from '../../lib/quality/report.ts';
import { fields } from '../../lib/validation.ts';
import type { HrContext } from './context.ts';

/** What hr checks of its own data for `hrDataQuality` (lib/quality/report.ts runs and counts them). */
export function hrQualityChecks({ db }: HrContext): EntityChecks[] {
  const current = db.selectFrom('employees').where('employees.status', '!=', 'TERMINATED');
  const count = (table: string) => () => countRows(db, table);
  return [
    {
      entityType: 'Employee',
      records: count('employees'),
      checks: [
        {
          kind: 'MISSING_FIELD',
          field: 'manager',
          // Whoever heads the hierarchy (someone reports to them) has nobody above them by design.
          description: 'Current employees without a manager who are not at the head of anyone',
          find: async () =>
            (
              await current
                .select('id')
                .where('manager_id', 'is', null)
                .where((eb) =>
                  eb.not(
                    eb.exists(eb.selectFrom('employees as report').select('report.id').whereRef('report.manager_id', '=', 'employees.id')),
                  ),
                )
                .execute()
            ).map(({ id }) => ({ id, problem: 'no manager, and nobody reports to them' })),
        },
        {
          kind: 'MISSING_FIELD',
          field: 'department',
          description: 'Current employees without a department',
          find: async () =>
            (await current.select('id').where('department_id', 'is', null).execute()).map(({ id }) => ({ id, problem: 'no department' })),
        },
        {
          kind: 'INVALID_FORMAT',
          field: 'email',
          description: 'Employees whose email is not a valid address',
          find: () =>
            recordsWithValues(
              db,
              'employees',
              'email',
              refusedBy(fields.email),
              (value) => `email ${JSON.stringify(value)} is not a valid address`,
            ),
        },
        {
          kind: 'STALE',
          field: 'manager',
          description: 'Current employees whose manager has left',
          find: async () =>
            (
              await current
                .innerJoin('employees as manager', 'manager.id', 'employees.manager_id')
                .select(['employees.id', 'manager.id as managerId'])
                .where('manager.status', '=', 'TERMINATED')
                .execute()
            ).map((row) => ({ id: row.id, problem: `manager ${row.managerId} is TERMINATED` })),
        },
      ],
    },
    {
      entityType: 'Department',
      records: count('departments'),
      checks: [
        {
          kind: 'STALE',
          field: 'employees',
          description: 'Departments with no current employee',
          find: async () =>
            (
              await db
                .selectFrom('departments')
                .select(['id', 'name'])
                .where((eb) =>
                  eb.not(
                    eb.exists(
                      eb
                        .selectFrom('employees')
                        .select('employees.id')
                        .whereRef('employees.department_id', '=', 'departments.id')
                        .where('employees.status', '!=', 'TERMINATED'),
                    ),
                  ),
                )
                .execute()
            ).map((row) => ({ id: row.id, problem: `${row.name} has no current employee` })),
        },
      ],
    },
  ];
}
