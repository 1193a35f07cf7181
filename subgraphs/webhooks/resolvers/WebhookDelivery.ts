import type { WebhookDeliveryResolvers } from '../__generated__/resolvers-types.ts';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  endpointId: (row) => row.endpoint_id,
  eventId: (row) => row.event_id,
  eventType: (row) => row.event_type,
  attemptCount: (row) => row.attempt_count,
  nextAttemptAt: (row) => row.next_attempt_at,
  lastAttemptAt: (row) => row.last_attempt_at,
  createdAt: (row) => row.created_at,
  // The exact bytes POSTed, so a receiver can check a signature against it.
  payload: (row) => row.body,
  attempts: (row, _, { loaders }) => loaders.attemptsByDelivery.load(row.id),
};
