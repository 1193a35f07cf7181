import { externalIdsLoader } from '../../lib/external-ids/fields.ts';
import type { Kysely } from 'kysely';
import { createAuditReader } from '../../lib/audit/read.ts';
import type { Caller } from '../../lib/auth/scopes.ts';
import { loaderById, loaderGroupedBy } from '../../lib/loaders.ts';
import type { SubgraphContext } from '../../lib/subgraph.ts';
import { departmentsByIds } from './store/departments.ts';
import { employeesByDepartmentIds, employeesByIds, employeesByManagerIds } from './store/employees.ts';
import type { HrDatabase } from './store/schema.ts';

/** Per-request context of the HR subgraph: the verified caller, its store, the reference checker (asking on the caller's behalf), fresh DataLoaders. */
export interface HrContext extends SubgraphContext<HrDatabase> {
  loaders: ReturnType<typeof createLoaders>;
}

/**
 * Store columns behind Employee.salary: their audited values need the same scope as the field,
 * and their events announce that they changed, never to what (hrSubgraph `redacted`).
 */
export const SALARY_COLUMNS: readonly string[] = ['salary_minor', 'salary_currency'];
const SALARY: ReadonlySet<string> = new Set(SALARY_COLUMNS);

function createLoaders(db: Kysely<HrDatabase>, caller: Caller) {
  const seesSalaries = caller.scopes.has('hr:salary:read');
  return {
    // history and the per-actor log (lib/audit): one statement per batch of entities.
    audit: createAuditReader(db, { hidden: (field) => !seesSalaries && SALARY.has(field) }),
    employeeExternalIds: externalIdsLoader(db, 'Employee'),
    employee: loaderById((ids) => employeesByIds(db, ids)),
    department: loaderById((ids) => departmentsByIds(db, ids)),
    employeesByDepartment: loaderGroupedBy(
      (ids) => employeesByDepartmentIds(db, ids),
      (row) => row.department_id ?? '',
    ),
    reportsByManager: loaderGroupedBy(
      (ids) => employeesByManagerIds(db, ids),
      (row) => row.manager_id ?? '',
    ),
  };
}

export function createHrContext(base: SubgraphContext<HrDatabase>): HrContext {
  return { ...base, loaders: createLoaders(base.db, base.caller) };
}
