import { isRecordSystem, SYSTEMS_OF_RECORD } from '../../lib/domains.ts';
import { migrateStore, MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { MIGRATIONS } from '../subgraphs.ts';

/**
 * `recordgraph migrate <store|all>`: runs a store's pending migrations and says what ran. Loads
 * the migrations and the store driver only, no service: it runs before every start (a Kubernetes
 * init container).
 */

export const explained = [StoreBehindError, MigrationFailedError];

export async function run({ args, config, log }: Invocation): Promise<number> {
  const [target, ...extra] = args;
  if (!target || extra.length || (target !== 'all' && !isRecordSystem(target))) {
    console.error(`recordgraph migrate: expected one of ${[...SYSTEMS_OF_RECORD, 'all'].join(', ')}; got ${args.join(' ') || 'nothing'}`);
    return 2;
  }
  for (const store of target === 'all' ? SYSTEMS_OF_RECORD : SYSTEMS_OF_RECORD.filter((name) => name === target)) {
    const { ran, total } = await migrateStore(config.databaseUrls[store], await MIGRATIONS[store]());
    log(ran.length ? `${store}: ran ${ran.join(', ')}` : `${store}: up to date (${total} ${total === 1 ? 'migration' : 'migrations'})`);
  }
  return 0;
}
