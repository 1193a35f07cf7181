import { DOMAINS, isDomain } from '../../lib/domains.ts';
import { MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { demoPlan, openSubgraph, resetStore, seedIfEmpty } from '../services.ts';

/** `recordgraph seed [domain…]`: deletes the named domains' stores and fills them with the demo company again. */

export const explained = [StoreBehindError, MigrationFailedError];

export async function run({ args: domains, config, log }: Invocation): Promise<number> {
  const unknown = domains.filter((domain) => !isDomain(domain));
  if (unknown.length) {
    console.error(`recordgraph seed: unknown domain ${unknown.join(', ')}; expected ${DOMAINS.join(', ')}`);
    return 2;
  }
  const plan = demoPlan(config);
  for (const domain of domains.length ? domains.filter(isDomain) : DOMAINS) {
    await resetStore(config.databaseUrls[domain]);
    // The store was just emptied, so its schema is created whatever MIGRATE_ON_START says.
    const subgraph = await openSubgraph(domain, config, config.subgraphUrls, { migrate: true });
    try {
      await seedIfEmpty(subgraph, () => plan, log);
    } finally {
      await subgraph.close();
    }
  }
  return 0;
}
