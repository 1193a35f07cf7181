import { requireScope } from '../../../lib/auth/scopes.ts';
import { today } from '../../../lib/dates.ts';
import { newId } from '../../../lib/ids.ts';
import { assertTransition } from '../../../lib/lifecycle.ts';
import { refusingDuplicates } from '../../../lib/store/database.ts';
import { assertVersion } from '../../../lib/store/versions.ts';
import { validate } from '../../../lib/validation.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import {
  assertDepartmentExists,
  assertEmailFree,
  assertManagerAllowed,
  departmentNameTaken,
  duplicateEmail,
  employeeFor,
} from '../checks.ts';
import * as inputs from '../inputs.ts';
import { employeeLifecycle } from '../lifecycles.ts';
import type { HrContext } from '../context.ts';
import { departmentNamed, insertDepartment } from '../store/departments.ts';
import { insertEmployee, updateEmployee } from '../store/employees.ts';

/**
 * Every HR write: validate (zod), then change only HR's tables in one transaction, reading rows
 * inside it so versions, uniqueness and the management chain are checked against what is there.
 * HR references no other domain's entities, so no reference check is needed before it.
 */

/**
 * hr:write lets a caller change employees; a salary is changed only by those who may read it, so
 * nobody overwrites a figure they are not allowed to see. Checked before validation, like hr:write.
 */
function assertSalaryClearance(input: { salary?: unknown }, caller: HrContext['caller']): void {
  if (input.salary !== undefined) requireScope(caller, 'hr:salary:read', 'Setting Employee.salary');
}
export const Mutation: MutationResolvers = {
  createDepartment: async (_, args, { db }) => {
    const { input } = validate(inputs.createDepartmentArgs, args);
    return refusingDuplicates(
      () =>
        db.transaction().execute(async (trx) => {
          const existing = await departmentNamed(trx, input.name);
          if (existing) throw departmentNameTaken(input.name, existing.id);
          return insertDepartment(trx, { id: newId('dep'), name: input.name });
        }),
      () => departmentNameTaken(input.name, null),
    );
  },

  hireEmployee: async (_, args, { db, caller }) => {
    assertSalaryClearance(args.input, caller);
    const { input } = validate(inputs.hireEmployeeArgs, args);
    return refusingDuplicates(
      () =>
        db.transaction().execute(async (trx) => {
          if (input.departmentId) await assertDepartmentExists(trx, input.departmentId);
          if (input.managerId) await assertManagerAllowed(trx, input.managerId, null);
          await assertEmailFree(trx, input.email);
          return insertEmployee(trx, {
            id: newId('emp'),
            name: input.name,
            email: input.email,
            title: input.title ?? null,
            department_id: input.departmentId ?? null,
            manager_id: input.managerId ?? null,
            status: 'ACTIVE',
            capacity_hours_per_week: input.capacityHoursPerWeek ?? 40,
            start_date: input.startDate ?? today(),
            salary_minor: input.salary ? Number(input.salary.minor) : null,
            salary_currency: input.salary?.currency ?? null,
          });
        }),
      duplicateEmail(input.email),
    );
  },

  updateEmployee: async (_, args, { db, caller }) => {
    assertSalaryClearance(args.input, caller);
    const { id, input, expectedVersion } = validate(inputs.updateEmployeeArgs, args);
    return refusingDuplicates(
      () =>
        db.transaction().execute(async (trx) => {
          const employee = await employeeFor(trx, id);
          assertVersion('Employee', employee, expectedVersion);
          // Only what changes is checked: keeping a manager who has since left is not a new reference.
          if (input.departmentId && input.departmentId !== employee.department_id) {
            await assertDepartmentExists(trx, input.departmentId);
          }
          if (input.managerId && input.managerId !== employee.manager_id) {
            await assertManagerAllowed(trx, input.managerId, employee.id);
          }
          if (input.email && input.email !== employee.email) await assertEmailFree(trx, input.email);
          // Absent fields stay as they are; an explicit null clears an optional one.
          return updateEmployee(trx, employee, {
            ...(input.name ? { name: input.name } : {}),
            ...(input.email ? { email: input.email } : {}),
            ...(input.title !== undefined ? { title: input.title } : {}),
            ...(input.departmentId !== undefined ? { department_id: input.departmentId } : {}),
            ...(input.managerId !== undefined ? { manager_id: input.managerId } : {}),
            ...(typeof input.capacityHoursPerWeek === 'number' ? { capacity_hours_per_week: input.capacityHoursPerWeek } : {}),
            ...(input.salary !== undefined
              ? { salary_minor: input.salary ? Number(input.salary.minor) : null, salary_currency: input.salary?.currency ?? null }
              : {}),
          });
        }),
      // email is the only unique column an update can touch.
      duplicateEmail(input.email ?? ''),
    );
  },

  changeEmployeeStatus: async (_, args, { db }) => {
    const { id, status, expectedVersion } = validate(inputs.changeEmployeeStatusArgs, args);
    return db.transaction().execute(async (trx) => {
      const employee = await employeeFor(trx, id);
      assertVersion('Employee', employee, expectedVersion);
      assertTransition(employeeLifecycle, id, employee.status, status);
      return updateEmployee(trx, employee, { status });
    });
  },
};
