import { pageRequest } from '../../../lib/store/pagination.ts';
import type { WebhookEndpointResolvers } from '../__generated__/resolvers-types.ts';
import { listDeliveries } from '../store/deliveries.ts';
import { typesOf } from '../store/endpoints.ts';
import { DEFAULT_PAGE } from './Query.ts';

export const WebhookEndpoint: WebhookEndpointResolvers = {
  types: (row) => typesOf(row),
  enabled: (row) => row.enabled === 1,
  secretRotatedAt: (row) => row.secret_rotated_at,
  createdAt: (row) => row.created_at,
  updatedAt: (row) => row.updated_at,
  deliveries: (row, args, { db }) => listDeliveries(db, { status: args.status, endpointId: row.id }, pageRequest(args, DEFAULT_PAGE)),
};
