import { pageRequest } from '../../../lib/store/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { listDeliveries } from '../store/deliveries.ts';
import { findEndpoint, listEndpoints } from '../store/endpoints.ts';

export const DEFAULT_PAGE = 20;

export const Query: QueryResolvers = {
  webhookEndpoints: (_, args, { db }) => listEndpoints(db, pageRequest(args, DEFAULT_PAGE)),
  webhookEndpoint: (_, { id }, { db }) => findEndpoint(db, id),
  webhookDeliveries: (_, args, { db }) =>
    listDeliveries(db, { status: args.status, endpointId: args.endpointId }, pageRequest(args, DEFAULT_PAGE)),
};
