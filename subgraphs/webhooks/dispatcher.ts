import type { Kysely } from 'kysely';
import { nowIso } from '../../lib/dates.ts';
import type { Consumer, EventBus } from '../../lib/events/bus.ts';
import { matchesTypes } from '../../lib/events/envelope.ts';
import { queueDelivery } from './store/deliveries.ts';
import { enabledEndpoints } from './store/endpoints.ts';
import type { WebhooksDatabase } from './store/schema.ts';

/** The one durable consumer that turns events into deliveries, for every endpoint at once. */
export const DISPATCHER = 'webhooks.dispatcher';

/**
 * Reads every event on the bus and queues a delivery of it to each enabled endpoint whose types
 * match. An endpoint only gets events that happened after it was registered (a dispatcher
 * catching up after downtime does not send a new endpoint the backlog). The delivery's body is
 * the event envelope as JSON, fixed now, so every attempt sends and signs the same bytes.
 * Redelivered events change nothing (one delivery per endpoint and event).
 */
export function startDispatcher(db: Kysely<WebhooksDatabase>, bus: EventBus, queued: () => void): Consumer {
  return bus.consume(DISPATCHER, {}, async ({ event }) => {
    const endpoints = (await enabledEndpoints(db)).filter(
      (endpoint) => endpoint.createdAt <= event.occurredAt && matchesTypes(event.type, endpoint.types),
    );
    if (endpoints.length === 0) return;
    const body = JSON.stringify(event);
    const now = nowIso();
    await db.transaction().execute(async (trx) => {
      for (const endpoint of endpoints) {
        await queueDelivery(trx, { endpointId: endpoint.id, eventId: event.id, eventType: event.type, body, now });
      }
    });
    queued();
  });
}
