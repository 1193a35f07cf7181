import { DOMAINS } from '../../lib/domains.ts';
import { WEBHOOKS } from '../../lib/schema.ts';
import { MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { migrateDomain, migrateWebhooks } from '../services.ts';

/** `recordgraph migrate <store|all>`: runs a store's pending migrations and says what ran. */

export const explained = [StoreBehindError, MigrationFailedError];

export async function run({ args, config, log }: Invocation): Promise<number> {
  const [target, ...extra] = args;
  const stores = [...DOMAINS, WEBHOOKS] as const;
  if (!target || extra.length || (target !== 'all' && !(stores as readonly string[]).includes(target))) {
    console.error(`recordgraph migrate: expected one of ${[...stores, 'all'].join(', ')}; got ${args.join(' ') || 'nothing'}`);
    return 2;
  }
  for (const store of target === 'all' ? stores : stores.filter((name) => name === target)) {
    const { ran, total } = store === WEBHOOKS ? await migrateWebhooks(config) : await migrateDomain(store, config);
    log(ran.length ? `${store}: ran ${ran.join(', ')}` : `${store}: up to date (${total} ${total === 1 ? 'migration' : 'migrations'})`);
  }
  return 0;
}
