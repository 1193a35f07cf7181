import { money } from '../../../lib/money.ts';
import type { EmployeeResolvers } from '../__generated__/resolvers-types.ts';

export const Employee: EmployeeResolvers = {
  // Other domains ask for `{ id status }` to check a reference, and projects for
  // `capacityHoursPerWeek` (@requires): both come from the row the loader batches.
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  department: (employee, _, { loaders }) => (employee.department_id ? loaders.department.load(employee.department_id) : null),
  manager: (employee, _, { loaders }) => (employee.manager_id ? loaders.employee.load(employee.manager_id) : null),
  reports: (employee, _, { loaders }) => loaders.reportsByManager.load(employee.id),
  capacityHoursPerWeek: (employee) => employee.capacity_hours_per_week,
  // Only callers with hr:salary:read get here (server.ts fieldScopes).
  salary: (employee) =>
    employee.salary_minor === null || employee.salary_currency === null ? null : money(employee.salary_minor, employee.salary_currency),
  startDate: (employee) => employee.start_date,
  externalIds: (employee, _, { loaders }) => loaders.employeeExternalIds.load(employee.id),
  createdAt: (employee) => employee.created_at,
  updatedAt: (employee) => employee.updated_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Employee', parent.id, args),
};
