import { lookupByExternalId } from '../../../lib/external-ids/fields.ts';
import { dataQualityReport } from '../../../lib/quality/report.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { idArgument } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { listDepartments } from '../store/departments.ts';
import { listEmployees } from '../store/employees.ts';
import { hrQualityChecks } from '../quality.ts';

export const Query: QueryResolvers = {
  employee: (_, { id }, { loaders }) => loaders.employee.load(idArgument('id', id, 'emp')),
  employeeByExternalId: async (_, args, { db, loaders }) => {
    const id = await lookupByExternalId(db, 'Employee', args);
    return id ? loaders.employee.load(id) : null;
  },
  employees: async (_, { first, after, status, departmentId }, { db }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await listEmployees(db, page, { status, departmentId: idArgument('departmentId', departmentId, 'dep') });
    return toConnection(rows, page, totalCount, (row) => [row.name, row.id]);
  },
  departments: (_, __, { db }) => listDepartments(db),
  hrAuditLog: (_, { actor, first, after }, { loaders }) => loaders.audit.byActor(actor, { first, after }),
  hrDataQuality: (_, { examples }, context) => dataQualityReport('hr', hrQualityChecks(context), examples),
};
