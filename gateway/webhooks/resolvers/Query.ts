import { pageRequest, type PageArgs } from '../../../lib/store/pagination.ts';
import type { WebhooksContext } from '../context.ts';
import { listDeliveries, type DeliveryFilter } from '../store/deliveries.ts';
import { findEndpoint, listEndpoints } from '../store/endpoints.ts';

const DEFAULT_PAGE = 20;

export const Query = {
  webhookEndpoints: (_: unknown, args: PageArgs, ctx: WebhooksContext) => listEndpoints(ctx.db, pageRequest(args, DEFAULT_PAGE)),
  webhookEndpoint: (_: unknown, args: { id: string }, ctx: WebhooksContext) => findEndpoint(ctx.db, args.id),
  webhookDeliveries: (_: unknown, args: PageArgs & DeliveryFilter, ctx: WebhooksContext) =>
    listDeliveries(ctx.db, { status: args.status, endpointId: args.endpointId }, pageRequest(args, DEFAULT_PAGE)),
};
