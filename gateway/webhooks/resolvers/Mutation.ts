import { nowIso } from '../../../lib/dates.ts';
import { newId } from '../../../lib/ids.ts';
import { flag } from '../../../lib/store/columns.ts';
import { found } from '../../../lib/writes/versioned.ts';
import { validate } from '../../../lib/validation.ts';
import type { WebhooksContext } from '../context.ts';
import * as inputs from '../inputs.ts';
import { deadLetterPending, replayDead, replayDelivery } from '../store/deliveries.ts';
import { ENDPOINT, endpointForWrite, findEndpoint, insertEndpoint, newSecret, rotateSecret, updateEndpoint } from '../store/endpoints.ts';

/**
 * Every webhooks write. The scope is checked before these run (resolvers/index.ts); each
 * validates its arguments (zod), then writes in one transaction: an endpoint's change, its
 * version, audit row and outbox row commit together or not at all, and are announced after.
 */

type Args = Record<string, unknown>;

export const Mutation = {
  createWebhookEndpoint: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { input } = validate(inputs.createEndpointArgs, args);
    if (ctx.publicUrlsOnly) inputs.assertPublicUrl(input.url, ['input', 'url']);
    const secret = newSecret();
    const endpoint = await ctx.db.transaction().execute((trx) =>
      insertEndpoint(
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
      ),
    );
    ctx.announce();
    return { endpoint, secret };
  },

  updateWebhookEndpoint: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { id, input, expectedVersion } = validate(inputs.updateEndpointArgs, args);
    if (ctx.publicUrlsOnly && input.url) inputs.assertPublicUrl(input.url, ['input', 'url']);
    const endpoint = await ctx.db.transaction().execute(async (trx) => {
      const current = await endpointForWrite(trx, id, expectedVersion);
      // Absent fields stay as they are; only the description can be cleared with an explicit null.
      return updateEndpoint(trx, current, {
        ...(input.url ? { url: input.url } : {}),
        ...(input.types ? { types: JSON.stringify(input.types) } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(typeof input.enabled === 'boolean' ? { enabled: flag(input.enabled) } : {}),
      });
    });
    ctx.announce();
    // Re-enabled: its waiting deliveries may go now.
    ctx.deliver();
    return endpoint;
  },

  rotateWebhookSecret: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { id, expectedVersion } = validate(inputs.endpointVersionArgs, args);
    const secret = newSecret();
    const endpoint = await ctx.db.transaction().execute(async (trx) => {
      const current = await endpointForWrite(trx, id, expectedVersion);
      return rotateSecret(trx, current, secret);
    });
    ctx.announce();
    return { endpoint, secret };
  },

  deleteWebhookEndpoint: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { id, expectedVersion } = validate(inputs.endpointVersionArgs, args);
    const endpoint = await ctx.db.transaction().execute(async (trx) => {
      const current = await endpointForWrite(trx, id, expectedVersion);
      const deleted = await updateEndpoint(trx, current, { enabled: flag(false), deleted_at: nowIso() });
      await deadLetterPending(trx, id);
      return deleted;
    });
    ctx.announce();
    return endpoint;
  },

  replayWebhookDelivery: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { id } = validate(inputs.deliveryIdArgs, args);
    const delivery = await replayDelivery(ctx.db, id, nowIso());
    ctx.deliver();
    return delivery;
  },

  replayDeadLetters: async (_: unknown, args: Args, ctx: WebhooksContext) => {
    const { endpointId } = validate(inputs.replayDeadLettersArgs, args);
    found(await findEndpoint(ctx.db, endpointId), ENDPOINT, endpointId);
    const replayed = await replayDead(ctx.db, endpointId, nowIso());
    ctx.deliver();
    return { replayed };
  },
};
