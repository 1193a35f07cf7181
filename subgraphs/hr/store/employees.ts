import type { Kysely } from 'kysely';
import { fetchPage, type PageRequest } from '../../../lib/store/pagination.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import type { EmployeeStatus } from '../__generated__/resolvers-types.ts';
import type { EmployeeRow, HrDatabase } from './schema.ts';

type Db = Kysely<HrDatabase>;

export function employeesByIds(db: Db, ids: readonly string[]): Promise<EmployeeRow[]> {
  return db.selectFrom('employees').selectAll().where('id', 'in', ids).execute();
}

export function employeesByDepartmentIds(db: Db, departmentIds: readonly string[]): Promise<EmployeeRow[]> {
  return db.selectFrom('employees').selectAll().where('department_id', 'in', departmentIds).orderBy('name').orderBy('id').execute();
}

export function employeesByManagerIds(db: Db, managerIds: readonly string[]): Promise<EmployeeRow[]> {
  return db.selectFrom('employees').selectAll().where('manager_id', 'in', managerIds).orderBy('name').orderBy('id').execute();
}

export function employeeWithEmail(db: Db, email: string): Promise<EmployeeRow | undefined> {
  return db.selectFrom('employees').selectAll().where('email', '=', email).executeTakeFirst();
}

export interface EmployeeFilter {
  status?: EmployeeStatus | null;
  departmentId?: string | null;
}

/** A page of employees ordered by name then id, and how many match in all. */
export function listEmployees(db: Db, page: PageRequest, filter: EmployeeFilter) {
  let query = db.selectFrom('employees');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.departmentId) query = query.where('department_id', '=', filter.departmentId);
  return fetchPage(query, page);
}

/**
 * True when `employeeId` is `managerId` or one of the managers above it, i.e. when making
 * `managerId` the employee's manager would close a loop. One recursive statement; `union`
 * (not `union all`) stops even on a chain that already loops.
 */
export async function isInManagementChain(db: Db, managerId: string, employeeId: string): Promise<boolean> {
  const hit = await db
    .withRecursive('chain(id, manager_id)', (qb) =>
      qb
        .selectFrom('employees')
        .select(['id', 'manager_id'])
        .where('id', '=', managerId)
        .union((inner) =>
          inner
            .selectFrom('employees')
            .innerJoin('chain', 'chain.manager_id', 'employees.id')
            .select(['employees.id', 'employees.manager_id']),
        ),
    )
    .selectFrom('chain')
    .select('id')
    .where('id', '=', employeeId)
    .executeTakeFirst();
  return hit !== undefined;
}

/** Employees are written only through this table: versioned, audited and announced. */
export const employees = versionedTable<HrDatabase, EmployeeRow>('employees', 'Employee');
