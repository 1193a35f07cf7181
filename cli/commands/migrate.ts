import type { Migration } from 'kysely';
import { DOMAINS } from '../../lib/domains.ts';
import { WEBHOOKS } from '../../lib/schema.ts';
import { migrateStore, MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { MIGRATIONS } from '../subgraphs.ts';

/**
 * `recordgraph migrate <store|all>`: runs a store's pending migrations and says what ran. Loads
 * the migrations and the store driver only, no service: it runs before every start (a Kubernetes
 * init container).
 */

export const explained = [StoreBehindError, MigrationFailedError];

const STORES = [...DOMAINS, WEBHOOKS] as const;
type Store = (typeof STORES)[number];

async function migrationsOf(store: Store): Promise<Record<string, Migration>> {
  return store === WEBHOOKS ? (await import('../../gateway/webhooks/store/migrations.ts')).migrations : MIGRATIONS[store]();
}

export async function run({ args, config, log }: Invocation): Promise<number> {
  const [target, ...extra] = args;
  if (!target || extra.length || (target !== 'all' && !(STORES as readonly string[]).includes(target))) {
    console.error(`recordgraph migrate: expected one of ${[...STORES, 'all'].join(', ')}; got ${args.join(' ') || 'nothing'}`);
    return 2;
  }
  for (const store of target === 'all' ? STORES : STORES.filter((name) => name === target)) {
    const url = store === WEBHOOKS ? config.webhooks.databaseUrl : config.databaseUrls[store];
    const { ran, total } = await migrateStore(url, await migrationsOf(store));
    log(ran.length ? `${store}: ran ${ran.join(', ')}` : `${store}: up to date (${total} ${total === 1 ? 'migration' : 'migrations'})`);
  }
  return 0;
}
