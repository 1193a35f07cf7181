import type { Kysely } from 'kysely';
import type { Config } from '../../lib/config.ts';
import type { Consumer, EventBus } from '../../lib/events/bus.ts';
import { OutboxRelay } from '../../lib/events/relay.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { platformOf } from '../../lib/store/platform.ts';
import { WEBHOOKS } from '../../lib/schema.ts';
import { startDispatcher } from './dispatcher.ts';
import { webhooksSchema } from './resolvers/index.ts';
import { migrations } from './store/migrations.ts';
import type { WebhooksDatabase } from './store/schema.ts';
import { DeliveryWorker } from './worker.ts';
import { WebhooksDataSource } from './WebhooksDataSource.ts';

export interface Webhooks {
  /** The `webhooks` subgraph, for the gateway's buildService. */
  dataSource: WebhooksDataSource;
  /** Starts announcing endpoint changes, turning events into deliveries, and sending them. */
  start(): void;
  /** Stops the dispatcher, the worker (after the POSTs in hand) and the relay, then closes the store. */
  close(): Promise<void>;
  /** The store, for tests. */
  readonly db: Kysely<WebhooksDatabase>;
}

type WebhooksConfig = Pick<Config, 'env' | 'webhooks' | 'events' | 'databasePoolMax' | 'migrateOnStart'>;

/**
 * Opens the webhooks store (WEBHOOKS_DATABASE_URL) and builds what the gateway runs for it: the
 * subgraph, one durable bus consumer that queues deliveries, the worker that sends them, and an
 * outbox relay announcing endpoint changes (source `webhooks`) like every other write. Nothing
 * runs until `start`.
 */
export async function openWebhooks(config: WebhooksConfig, bus: EventBus, logger?: Pick<Logger, 'warn' | 'info'>): Promise<Webhooks> {
  const database: Database<WebhooksDatabase> = await openDatabase<WebhooksDatabase>({
    url: config.webhooks.databaseUrl,
    migrations,
    poolSize: config.databasePoolMax,
    migrate: config.migrateOnStart,
    name: WEBHOOKS,
  });
  const { db } = database;
  // Endpoints are readable with webhooks:manage only, the feed with read: it announces that an
  // endpoint changed, and which fields, never their values (a URL often carries a token).
  const relay = new OutboxRelay(platformOf(db), {
    source: WEBHOOKS,
    bus,
    pollMs: config.events.outboxPollMs,
    redacted: { WebhookEndpoint: ['url', 'description', 'types'] },
    logger,
  });
  const worker = new DeliveryWorker(db, { ...config.webhooks, logger });
  const dataSource = new WebhooksDataSource(webhooksSchema(), {
    db,
    publicUrlsOnly: config.env === 'production',
    announce: () => relay.wake(),
    deliver: () => worker.wake(),
  });
  let dispatcher: Consumer | null = null;
  let phase: 'opened' | 'started' | 'closed' = 'opened';
  return {
    dataSource,
    db,
    start() {
      if (phase !== 'opened') return;
      phase = 'started';
      relay.start();
      worker.start();
      dispatcher = startDispatcher(db, bus, () => worker.wake());
    },
    async close() {
      if (phase === 'closed') return;
      phase = 'closed';
      await dispatcher?.stop();
      await worker.stop();
      await relay.stop();
      await database.close();
    },
  };
}
