import { pageRequest, type PageArgs } from '../../../lib/store/pagination.ts';
import type { WebhooksContext } from '../context.ts';
import { listDeliveries, type Delivery, type DeliveryFilter } from '../store/deliveries.ts';
import { typesOf } from '../store/endpoints.ts';
import type { AttemptRow, EndpointRow } from '../store/schema.ts';

/** Store rows → the SDL's field names. */

export const WebhookEndpoint = {
  types: (row: EndpointRow) => typesOf(row),
  enabled: (row: EndpointRow) => row.enabled === 1,
  secretRotatedAt: (row: EndpointRow) => row.secret_rotated_at,
  createdAt: (row: EndpointRow) => row.created_at,
  updatedAt: (row: EndpointRow) => row.updated_at,
  deliveries: (row: EndpointRow, args: PageArgs & Pick<DeliveryFilter, 'status'>, ctx: WebhooksContext) =>
    listDeliveries(ctx.db, { status: args.status, endpointId: row.id }, pageRequest(args, 20)),
};

export const WebhookDelivery = {
  endpointId: (row: Delivery) => row.endpoint_id,
  eventId: (row: Delivery) => row.event_id,
  eventType: (row: Delivery) => row.event_type,
  attemptCount: (row: Delivery) => row.attempt_count,
  nextAttemptAt: (row: Delivery) => row.next_attempt_at,
  lastAttemptAt: (row: Delivery) => row.last_attempt_at,
  createdAt: (row: Delivery) => row.created_at,
  payload: (row: Delivery) => row.body,
  attempts: (row: Delivery, _: unknown, ctx: WebhooksContext) => ctx.attempts.load(row.id),
};

export const WebhookAttempt = {
  attemptedAt: (row: AttemptRow) => row.attempted_at,
  statusCode: (row: AttemptRow) => row.status_code,
  durationMs: (row: AttemptRow) => row.duration_ms,
};
