import { lookupByExternalId } from '../../../lib/external-ids/fields.ts';
import { dataQualityReport } from '../../../lib/quality/report.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { idArgument } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { listProjects } from '../store/projects.ts';
import { projectsQualityChecks } from '../quality.ts';
import { timeReport } from '../reports.ts';

export const Query: QueryResolvers = {
  project: (_, { id }, { loaders }) => loaders.project.load(idArgument('id', id, 'prj')),
  projectByExternalId: async (_, args, { db, loaders }) => {
    const id = await lookupByExternalId(db, 'Project', args);
    return id ? loaders.project.load(id) : null;
  },
  projects: async (_, { first, after, phase, health, clientId }, { db }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await listProjects(db, page, { phase, health, clientId: idArgument('clientId', clientId, 'cli') });
    return toConnection(rows, page, totalCount, (row) => [row.name, row.id]);
  },
  projectsAuditLog: (_, { actor, first, after }, { loaders }) => loaders.audit.byActor(actor, { first, after }),
  projectsDataQuality: (_, { examples }, context) => dataQualityReport('projects', projectsQualityChecks(context), examples),
  timeByWeek: (_, args, context) => timeReport(args, context),
};
