import { nowIso } from '../../../lib/dates.ts';
import { newId } from '../../../lib/ids.ts';
import { flag } from '../../../lib/store/columns.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import { found } from '../../../lib/writes/versioned.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { WebhooksContext } from '../context.ts';
import * as inputs from '../inputs.ts';
import { deadLetterPending, replayDead, replayDelivery } from '../store/deliveries.ts';
import { ENDPOINT, endpointForWrite, findEndpoint, insertEndpoint, newSecret, rotateSecret, updateEndpoint } from '../store/endpoints.ts';

/**
 * Every webhooks write, each through the one write path (lib/writes/mutation.ts: the
 * webhooks:manage scope, validate, then lock, check, write, audit and announce in one
 * transaction). Announcing also wakes the delivery worker (server.ts), so a replayed delivery or
 * a re-enabled endpoint's waiting ones go out at once.
 */

const mutation = writePath<WebhooksContext>();

/** In production a receiver must be a public https URL; refused before anything is written. */
function assertReceiver(url: string | null | undefined, { publicUrlsOnly }: WebhooksContext): void {
  if (publicUrlsOnly && url) inputs.assertPublicUrl(url, ['input', 'url']);
}

export const Mutation: MutationResolvers = {
  createWebhookEndpoint: mutation({
    args: inputs.createEndpointArgs,
    write: async (trx, { input }, context) => {
      assertReceiver(input.url, context);
      const secret = newSecret();
      const endpoint = await insertEndpoint(
        trx,
        {
          id: newId('whe'),
          url: input.url,
          types: JSON.stringify(input.types),
          description: input.description ?? null,
          enabled: flag(true),
          secret_rotated_at: nowIso(),
          deleted_at: null,
        },
        secret,
      );
      return { endpoint, secret };
    },
  }),

  updateWebhookEndpoint: mutation({
    args: inputs.updateEndpointArgs,
    write: async (trx, { id, input, expectedVersion }, context) => {
      assertReceiver(input.url, context);
      const current = await endpointForWrite(trx, id, expectedVersion);
      // Absent fields stay as they are; only the description can be cleared with an explicit null.
      return updateEndpoint(trx, current, {
        ...(input.url ? { url: input.url } : {}),
        ...(input.types ? { types: JSON.stringify(input.types) } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(typeof input.enabled === 'boolean' ? { enabled: flag(input.enabled) } : {}),
      });
    },
  }),

  rotateWebhookSecret: mutation({
    args: inputs.endpointVersionArgs,
    write: async (trx, { id, expectedVersion }) => {
      const secret = newSecret();
      const endpoint = await rotateSecret(trx, await endpointForWrite(trx, id, expectedVersion), secret);
      return { endpoint, secret };
    },
  }),

  deleteWebhookEndpoint: mutation({
    args: inputs.endpointVersionArgs,
    write: async (trx, { id, expectedVersion }) => {
      const current = await endpointForWrite(trx, id, expectedVersion);
      const deleted = await updateEndpoint(trx, current, { enabled: flag(false), deleted_at: nowIso() });
      await deadLetterPending(trx, id);
      return deleted;
    },
  }),

  replayWebhookDelivery: mutation({
    args: inputs.deliveryIdArgs,
    write: (trx, { id }) => replayDelivery(trx, id, nowIso()),
  }),

  replayDeadLetters: mutation({
    args: inputs.replayDeadLettersArgs,
    write: async (trx, { endpointId }) => {
      found(await findEndpoint(trx, endpointId), ENDPOINT, endpointId);
      return { replayed: await replayDead(trx, endpointId, nowIso()) };
    },
  }),
};
