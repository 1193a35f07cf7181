import type { DepartmentResolvers } from '../__generated__/resolvers-types.ts';

export const Department: DepartmentResolvers = {
  employees: (department, _, { loaders }) => loaders.employeesByDepartment.load(department.id),
  history: (parent, args, { loaders }) => loaders.audit.history('Department', parent.id, args),
};
