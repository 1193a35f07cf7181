import type { WebhookAttemptResolvers } from '../__generated__/resolvers-types.ts';

export const WebhookAttempt: WebhookAttemptResolvers = {
  attemptedAt: (row) => row.attempted_at,
  statusCode: (row) => row.status_code,
  durationMs: (row) => row.duration_ms,
};
