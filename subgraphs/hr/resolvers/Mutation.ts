import { requireScope, type Caller } from '../../../lib/auth/scopes.ts';
import { today } from '../../../lib/dates.ts';
import { newId } from '../../../lib/ids.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import { transition } from '../../../lib/writes/transition.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { assertDepartmentExists, assertEmailFree, assertManagerAllowed, departmentNameTaken, duplicateEmail } from '../checks.ts';
import type { HrContext } from '../context.ts';
import * as inputs from '../inputs.ts';
import { employeeLifecycle } from '../lifecycles.ts';
import { departmentNamed, insertDepartment } from '../store/departments.ts';
import { employees } from '../store/employees.ts';

/**
 * Every HR write, each through the one write path (lib/writes/mutation.ts: authorise, validate,
 * then lock, check, write, audit and announce in one transaction). Rows are read inside it, so
 * versions, uniqueness and the management chain are checked against what is there. HR references
 * no other domain's entities, so it asks no other owner first.
 */

const mutation = writePath<HrContext>();

/**
 * hr:write lets a caller change employees; a salary is changed only by those who may read it, so
 * nobody overwrites a figure they are not allowed to see. Checked before validation, like hr:write.
 */
function assertSalaryClearance(args: Record<string, unknown>, caller: Caller): void {
  const input = args['input'] as { salary?: unknown } | undefined;
  if (input?.salary !== undefined) requireScope(caller, 'hr:salary:read', 'Setting Employee.salary');
}

export const Mutation: MutationResolvers = {
  createDepartment: mutation({
    args: inputs.createDepartmentArgs,
    write: async (trx, { input }) => {
      const existing = await departmentNamed(trx, input.name);
      if (existing) throw departmentNameTaken(input.name, existing.id);
      return insertDepartment(trx, { id: newId('dep'), name: input.name });
    },
    conflict: ({ input }) => departmentNameTaken(input.name, null),
  }),

  hireEmployee: mutation({
    authorise: assertSalaryClearance,
    args: inputs.hireEmployeeArgs,
    write: async (trx, { input }) => {
      if (input.departmentId) await assertDepartmentExists(trx, input.departmentId);
      if (input.managerId) await assertManagerAllowed(trx, input.managerId, null);
      await assertEmailFree(trx, input.email);
      return employees.insert(
        trx,
        {
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
        },
        input.externalIds,
      );
    },
    conflict: ({ input }) => duplicateEmail(input.email),
  }),

  updateEmployee: mutation({
    authorise: assertSalaryClearance,
    args: inputs.updateEmployeeArgs,
    write: async (trx, { id, input, expectedVersion }) => {
      const employee = await employees.forWrite(trx, id, expectedVersion);
      // Only what changes is checked: keeping a manager who has since left is not a new reference.
      if (input.departmentId && input.departmentId !== employee.department_id) {
        await assertDepartmentExists(trx, input.departmentId);
      }
      if (input.managerId && input.managerId !== employee.manager_id) {
        await assertManagerAllowed(trx, input.managerId, employee.id);
      }
      if (input.email && input.email !== employee.email) await assertEmailFree(trx, input.email);
      // Absent fields stay as they are; an explicit null clears an optional one.
      return employees.update(
        trx,
        employee,
        {
          ...(input.name ? { name: input.name } : {}),
          ...(input.email ? { email: input.email } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.departmentId !== undefined ? { department_id: input.departmentId } : {}),
          ...(input.managerId !== undefined ? { manager_id: input.managerId } : {}),
          ...(typeof input.capacityHoursPerWeek === 'number' ? { capacity_hours_per_week: input.capacityHoursPerWeek } : {}),
          ...(input.salary !== undefined
            ? { salary_minor: input.salary ? Number(input.salary.minor) : null, salary_currency: input.salary?.currency ?? null }
            : {}),
        },
        input.externalIds,
      );
    },
    // email is the only unique column an update can touch.
    conflict: ({ input }) => duplicateEmail(input.email ?? ''),
  }),

  changeEmployeeStatus: mutation({
    args: inputs.changeEmployeeStatusArgs,
    write: (trx, { id, status, expectedVersion }) => transition(trx, employees, employeeLifecycle, { id, expectedVersion, to: status }),
  }),
};
