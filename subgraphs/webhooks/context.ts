import type { Kysely } from 'kysely';
import { loaderGroupedBy } from '../../lib/loaders.ts';
import type { SubgraphContext, SubgraphDeps } from '../../lib/subgraph.ts';
import type { WebhooksDatabase } from './store/schema.ts';

/** Per-request context of the webhooks subgraph: what every subgraph's has (lib/subgraph.ts), and fresh DataLoaders. */
export interface WebhooksContext extends SubgraphContext<WebhooksDatabase> {
  /** Receivers must be public https URLs (production). */
  publicUrlsOnly: boolean;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<WebhooksDatabase>) {
  return {
    attemptsByDelivery: loaderGroupedBy(
      (ids) => db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', ids).orderBy('number').execute(),
      (row) => row.delivery_id,
    ),
  };
}

export function createWebhooksContext(base: SubgraphContext<WebhooksDatabase>, deps: SubgraphDeps): WebhooksContext {
  return { ...base, publicUrlsOnly: deps.env === 'production', loaders: createLoaders(base.db) };
}
