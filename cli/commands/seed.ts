import type { Config } from '../../lib/config.ts';
import { DOMAINS, isDomain, WEBHOOKS, type RecordSystem } from '../../lib/domains.ts';
import { openBus } from '../../lib/events/open.ts';
import { migrateStore, MigrationFailedError, openDatabase, StoreBehindError } from '../../lib/store/database.ts';
import { claimStore, StoreInUseError, type StoreHold } from '../../lib/store/hold.ts';
import type { WebhooksDatabase } from '../../subgraphs/webhooks/store/schema.ts';
import type { Invocation } from '../command.ts';
import { demoCompany, openSubgraph, resetStore, seedIfEmpty, type Log } from '../services.ts';
import { MIGRATIONS } from '../subgraphs.ts';

/**
 * `recordgraph seed [domain…]`: deletes the named domains' stores (all four by default) and fills
 * them with the demo company again; what was said about them goes too: their events on the bus
 * and the webhook deliveries of those events (with no domain named, the whole webhooks store).
 *
 * Every store it changes is claimed first (lib/store/hold.ts): while a service serves from one of
 * them, nothing is deleted and seed says what to stop, so no running service keeps answering, and
 * accepting writes, from a store replaced underneath it.
 */

export const explained = [StoreBehindError, MigrationFailedError, StoreInUseError];

export async function run({ args: domains, config, log }: Invocation): Promise<number> {
  const unknown = domains.filter((domain) => !isDomain(domain));
  if (unknown.length) {
    console.error(`recordgraph seed: unknown domain ${unknown.join(', ')}; expected ${DOMAINS.join(', ')}`);
    return 2;
  }
  const everything = domains.length === 0;
  const targets = everything ? DOMAINS : domains.filter(isDomain);
  const claims: StoreHold[] = [];
  try {
    for (const name of [...targets, WEBHOOKS] as RecordSystem[]) claims.push(await claimStore(config.databaseUrls[name], name));
    const plan = demoCompany(config);
    for (const domain of targets) {
      await resetStore(config.databaseUrls[domain]);
      // The store was just emptied, so its schema is created whatever MIGRATE_ON_START says;
      // seed holds the claim, so the subgraph opens without a hold of its own.
      const subgraph = await openSubgraph(domain, config, config.subgraphUrls, { migrate: true, hold: false });
      try {
        await seedIfEmpty(subgraph, () => plan, log);
      } finally {
        await subgraph.close();
      }
    }
    // The stores start over at version 1: what was announced about them before is no longer true.
    await forgetEvents(config, everything ? [...targets, WEBHOOKS] : targets, log);
    if (everything) await resetWebhooks(config, log);
    else await forgetDeliveries(config, targets, log);
  } finally {
    await Promise.all(claims.map((claim) => claim.release()));
  }
  return 0;
}

async function forgetEvents(config: Config, sources: readonly string[], log: Log): Promise<void> {
  const bus = await openBus(config.events);
  try {
    const forgotten = await bus.forget(sources);
    if (forgotten) log(`forgot ${forgotten} ${forgotten === 1 ? 'event' : 'events'} of ${sources.join(', ')}`);
  } finally {
    await bus.close();
  }
}

/** Empties the webhooks store (endpoints, deliveries, attempts) and brings its schema back. */
async function resetWebhooks(config: Config, log: Log): Promise<void> {
  await resetStore(config.databaseUrls.webhooks);
  await migrateStore(config.databaseUrls.webhooks, await MIGRATIONS.webhooks());
  log('webhooks: endpoints and deliveries deleted');
}

async function forgetDeliveries(config: Config, sources: readonly string[], log: Log): Promise<void> {
  const [{ forgetDeliveriesOf }, migrations] = await Promise.all([
    import('../../subgraphs/webhooks/store/deliveries.ts'),
    MIGRATIONS.webhooks(),
  ]);
  const database = await openDatabase<WebhooksDatabase>({
    url: config.databaseUrls.webhooks,
    migrations,
    name: WEBHOOKS,
    poolSize: 1,
  });
  try {
    const forgotten = await forgetDeliveriesOf(database.db, sources);
    if (forgotten) log(`forgot ${forgotten} webhook ${forgotten === 1 ? 'delivery' : 'deliveries'} of ${sources.join(', ')}`);
  } finally {
    await database.close();
  }
}
