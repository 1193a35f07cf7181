import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { today } from '../../lib/dates.ts';
import { entitiesByExternalIds, entityByExternalId } from '../../lib/external-ids/store.ts';
import { newId } from '../../lib/ids.ts';
import { aboutField, changesOf, importRows, type ImportReport, type RowOutcome } from '../../lib/imports/run.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import { assertDepartmentExists, assertEmailFree, assertManagerAllowed, notFoundAt } from './checks.ts';
import type { importEmployeesArgs } from './inputs.ts';
import { employeeLifecycle } from './lifecycles.ts';
import { employees } from './store/employees.ts';
import type { EmployeeRow, HrDatabase } from './store/schema.ts';

type Row = Extract<z.output<typeof importEmployeesArgs>['rows'][number], { ok: true }>['row'];

/**
 * importEmployees, row by row (lib/imports/run.ts), with hireEmployee's and updateEmployee's checks
 * (department, manager, email; checks.ts): an employee the import's system already knows by the
 * row's externalId is updated with what differs, a status change through its lifecycle; otherwise
 * one is hired (ACTIVE, then moved to the row's status through the lifecycle) holding that
 * external id. Managers are HR's own employees, found in this store by id or external id, so a
 * missing one is NOT_FOUND, as in hireEmployee; one imported by an earlier row of the same call
 * is found.
 */
export async function importEmployees(
  trx: Kysely<HrDatabase>,
  { system, rows, dryRun }: z.output<typeof importEmployeesArgs>,
): Promise<ImportReport> {
  const known = await entitiesByExternalIds(
    trx,
    'Employee',
    system,
    rows.map((row) => row.externalId),
  );
  // Every employee the call updates, read (and on PostgreSQL locked) at once rather than row by row.
  const stored = await employees.forWriteAll(trx, [...known.values()]);
  return importRows(trx, { rows, dryRun }, [], async (row): Promise<RowOutcome> => {
    const id = known.get(row.externalId);
    const current = id ? (stored.get(id) ?? (await employees.forWrite(trx, id))) : null;
    const wanted = {
      name: row.name,
      email: row.email,
      title: row.title,
      departmentId: row.departmentId,
      managerId: await managerOf(trx, row),
      // Neither can be cleared: null is taken as absent.
      capacityHoursPerWeek: row.capacityHoursPerWeek ?? undefined,
      startDate: row.startDate ?? undefined,
      // Compared as one value: an amount means nothing without its currency.
      salary: row.salary === undefined ? undefined : row.salary && `${row.salary.minor} ${row.salary.currency}`,
      status: row.status,
    };
    const changedFields = changesOf(wanted, current ? asApiFields(current) : {});
    if (current && changedFields.length === 0) return { outcome: 'UNCHANGED', id: current.id, changedFields };
    const changed = (field: (typeof changedFields)[number]) => changedFields.includes(field);
    const managerField = row.managerExternalId ? 'managerExternalId' : 'managerId';
    // hireEmployee's and updateEmployee's checks, of what changes only (keeping a manager who has since left is not a new reference).
    if (row.departmentId && changed('departmentId')) await assertDepartmentExists(trx, row.departmentId, ['departmentId']);
    if (wanted.managerId && changed('managerId')) await assertManagerAllowed(trx, wanted.managerId, current?.id ?? null, [managerField]);
    if (changed('email')) await assertEmailFree(trx, row.email, ['email']);
    const columns = {
      name: row.name,
      email: row.email,
      title: row.title,
      department_id: row.departmentId,
      manager_id: wanted.managerId,
      capacity_hours_per_week: row.capacityHoursPerWeek ?? undefined,
      start_date: row.startDate ?? undefined,
      ...(row.salary !== undefined
        ? { salary_minor: row.salary ? Number(row.salary.minor) : null, salary_currency: row.salary?.currency ?? null }
        : {}),
    };
    if (!current) {
      const hired = await employees.insert(
        trx,
        {
          id: newId('emp'),
          name: row.name,
          email: row.email,
          title: row.title ?? null,
          department_id: row.departmentId ?? null,
          manager_id: wanted.managerId ?? null,
          status: 'ACTIVE',
          capacity_hours_per_week: row.capacityHoursPerWeek ?? 40,
          start_date: row.startDate ?? today(),
          salary_minor: row.salary ? Number(row.salary.minor) : null,
          salary_currency: row.salary?.currency ?? null,
        },
        [{ system, id: row.externalId }],
      );
      // Hired ACTIVE, as every employee is; another status is reached through the lifecycle, and announced as such.
      const employee = row.status && row.status !== 'ACTIVE' ? await moveTo(trx, hired, row.status) : hired;
      known.set(row.externalId, employee.id);
      stored.set(employee.id, employee);
      return { outcome: 'CREATED', id: employee.id, changedFields: changesOf(wanted, {}) };
    }
    if (row.status && changed('status')) {
      const to = row.status;
      await aboutField('status', () => {
        assertTransition(employeeLifecycle, current.id, current.status, to);
        return Promise.resolve();
      });
    }
    const changes = Object.fromEntries(
      Object.entries({ ...columns, status: row.status ?? undefined }).filter(([, value]) => value !== undefined),
    );
    stored.set(current.id, await employees.update(trx, current, changes));
    return { outcome: 'UPDATED', id: current.id, changedFields };
  });
}

/** The manager the row names: by id, by external id (NOT_FOUND when none holds it), null to clear, undefined when absent. */
async function managerOf(trx: Kysely<HrDatabase>, row: Row): Promise<string | null | undefined> {
  if (!row.managerExternalId) return row.managerExternalId === null && row.managerId === undefined ? null : row.managerId;
  const { system, id } = row.managerExternalId;
  const managerId = await entityByExternalId(trx, 'Employee', system, id);
  if (!managerId) throw notFoundAt('Employee', `${system}:${id}`, ['managerExternalId']);
  return managerId;
}

async function moveTo(trx: Kysely<HrDatabase>, employee: EmployeeRow, to: EmployeeRow['status']): Promise<EmployeeRow> {
  await aboutField('status', () => {
    assertTransition(employeeLifecycle, employee.id, employee.status, to);
    return Promise.resolve();
  });
  return employees.update(trx, employee, { status: to });
}

/** A stored employee under the API's field names, to compare an import row with. */
function asApiFields(employee: EmployeeRow) {
  return {
    name: employee.name,
    email: employee.email,
    title: employee.title,
    departmentId: employee.department_id,
    managerId: employee.manager_id,
    capacityHoursPerWeek: employee.capacity_hours_per_week,
    startDate: employee.start_date,
    salary: employee.salary_minor === null ? null : `${employee.salary_minor} ${employee.salary_currency}`,
    status: employee.status,
  };
}
