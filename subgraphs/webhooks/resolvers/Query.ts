import { pageRequest } from '../../../lib/store/pagination.ts';
import { idArgument } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { listDeliveries } from '../store/deliveries.ts';
import { findEndpoint, listEndpoints } from '../store/endpoints.ts';

export const DEFAULT_PAGE = 20;

export const Query: QueryResolvers = {
  webhookEndpoints: (_, args, { db }) => listEndpoints(db, pageRequest(args, DEFAULT_PAGE)),
  webhookEndpoint: (_, { id }, { db }) => findEndpoint(db, idArgument('id', id, 'whe')),
  webhookDeliveries: (_, args, { db }) =>
    listDeliveries(
      db,
      { status: args.status, endpointId: idArgument('endpointId', args.endpointId, 'whe') },
      pageRequest(args, DEFAULT_PAGE),
    ),
};
