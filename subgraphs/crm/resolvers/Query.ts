import { lookupByExternalId, lookupByExternalIds } from '../../../lib/external-ids/fields.ts';
import { dataQualityReport } from '../../../lib/quality/report.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { idArgument, validate } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { clientsArgs, duplicateCandidatesArgs } from '../inputs.ts';
import { listClients } from '../store/clients.ts';
import { dealCursor, listDeals } from '../store/relationships.ts';
import { crmQualityChecks } from '../quality.ts';

export const Query: QueryResolvers = {
  client: (_, { id }, { loaders }) => loaders.client.load(idArgument('id', id, 'cli')),
  clientByExternalId: async (_, args, { db, loaders }) => {
    const id = await lookupByExternalId(db, 'Client', args);
    return id ? loaders.client.load(id) : null;
  },
  clientsByExternalIds: async (_, args, { db, loaders }) => {
    const ids = await lookupByExternalIds(db, 'Client', args);
    return Promise.all(ids.map((id) => (id ? loaders.client.load(id) : Promise.resolve(null))));
  },
  clients: async (_, { first, after, ...args }, { db }) => {
    const page = pageRequest({ first, after });
    const { status, search, orderBy } = validate(clientsArgs, args);
    const { rows, totalCount } = await listClients(db, page, { status, search }, orderBy);
    return toConnection(rows, page, totalCount, (row) => [row.name, row.id]);
  },
  // The search runs when its lists are asked for (resolvers/Duplicates.ts).
  duplicateCandidates: (_, args) => validate(duplicateCandidatesArgs, args),
  contract: (_, { id }, { loaders }) => loaders.contract.load(idArgument('id', id, 'ctr')),
  deal: (_, { id }, { loaders }) => loaders.deal.load(idArgument('id', id, 'dea')),
  deals: async (_, { first, after, stage, updatedSince }, { db }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await listDeals(db, page, { stage, updatedSince });
    return toConnection(rows, page, totalCount, dealCursor);
  },
  crmAuditLog: (_, { actor, first, after }, { loaders }) => loaders.audit.byActor(actor, { first, after }),
  crmDataQuality: (_, { examples }, context) => dataQualityReport('crm', crmQualityChecks(context), examples),
};
