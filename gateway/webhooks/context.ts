import type DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Caller } from '../../lib/auth/scopes.ts';
import { loaderGroupedBy } from '../../lib/loaders.ts';
import type { AttemptRow, WebhooksDatabase } from './store/schema.ts';

/** Per-request context of the webhooks subgraph: the caller the gateway verified, the store, and what a write wakes. */
export interface WebhooksContext {
  caller: Caller;
  db: Kysely<WebhooksDatabase>;
  attempts: DataLoader<string, AttemptRow[]>;
  /** Receivers must be public https URLs (production). */
  publicUrlsOnly: boolean;
  /** After an endpoint write commits: announce it (OutboxRelay.wake). */
  announce(): void;
  /** After deliveries are queued again: send them now (DeliveryWorker.wake). */
  deliver(): void;
}

export interface WebhooksServices {
  db: Kysely<WebhooksDatabase>;
  /** Receivers must be public https URLs (production; lib/config env). */
  publicUrlsOnly: boolean;
  announce(): void;
  deliver(): void;
}

export function createContext(services: WebhooksServices, caller: Caller): WebhooksContext {
  return {
    ...services,
    caller,
    attempts: loaderGroupedBy(
      (ids) => services.db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', ids).orderBy('number').execute(),
      (row) => row.delivery_id,
    ),
  };
}
