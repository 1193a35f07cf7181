import type { Kysely } from 'kysely';
import { WEBHOOKS } from '../../lib/domains.ts';
import { defineSubgraph, type BackgroundTask, type EventsDeps } from '../../lib/subgraph.ts';
import { createWebhooksContext, type WebhooksContext } from './context.ts';
import { startDispatcher } from './dispatcher.ts';
import { resolvers } from './resolvers/index.ts';
import { migrations } from './store/migrations.ts';
import type { WebhooksDatabase } from './store/schema.ts';
import { DeliveryWorker } from './worker.ts';

/** The webhooks subgraph: system of record for webhook endpoints, their deliveries and every attempt. */
export const webhooksSubgraph = defineSubgraph<WebhooksDatabase, WebhooksContext>({
  domain: WEBHOOKS,
  migrations,
  resolvers,
  createContext: createWebhooksContext,
  // Endpoints are readable with webhooks:manage only, the feed with read: it announces that an
  // endpoint changed, and which fields, never their values (a URL often carries a token).
  redacted: { WebhookEndpoint: ['url', 'description', 'types'] },
  background: (db, events) => startDeliveries(db, events),
});

/**
 * One durable bus consumer queues a delivery of each event to every matching endpoint, and the
 * worker sends due deliveries: woken by the dispatcher when it queued some, and after every
 * mutation (a replay, an endpoint enabled again).
 */
function startDeliveries(db: Kysely<WebhooksDatabase>, events: EventsDeps): BackgroundTask[] {
  if (!events.webhooks) throw new Error('the webhooks subgraph needs its delivery settings (EventsDeps.webhooks) to run with a bus');
  const worker = new DeliveryWorker(db, { ...events.webhooks, logger: events.logger });
  worker.start();
  const dispatcher = startDispatcher(db, events.bus, () => worker.wake());
  return [dispatcher, worker];
}
