import { DOMAINS, isDomain } from '../../lib/domains.ts';
import { openBus } from '../../lib/events/open.ts';
import { MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import { claimStore, StoreInUseError, type StoreHold } from '../../lib/store/hold.ts';
import type { Invocation } from '../command.ts';
import { demoPlan, openSubgraph, resetStore, seedIfEmpty } from '../services.ts';

/**
 * `recordgraph seed [domain…]`: deletes the named domains' stores and fills them with the demo
 * company again, and forgets the events they announced before. Every store is claimed first (lib/store/hold.ts): while a service serves from
 * one of them, nothing is deleted and seed says which to stop, so no running service keeps
 * answering, and accepting writes, from a store that was replaced underneath it.
 */

export const explained = [StoreBehindError, MigrationFailedError, StoreInUseError];

export async function run({ args: domains, config, log }: Invocation): Promise<number> {
  const unknown = domains.filter((domain) => !isDomain(domain));
  if (unknown.length) {
    console.error(`recordgraph seed: unknown domain ${unknown.join(', ')}; expected ${DOMAINS.join(', ')}`);
    return 2;
  }
  const targets = domains.length ? domains.filter(isDomain) : DOMAINS;
  const claims: StoreHold[] = [];
  try {
    for (const domain of targets) claims.push(await claimStore(config.databaseUrls[domain], domain));
    const plan = demoPlan(config);
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
    // The stores start over at version 1: the events they announced before are no longer true.
    const bus = await openBus(config.events);
    try {
      const forgotten = await bus.forget(targets);
      if (forgotten) log(`forgot ${forgotten} ${forgotten === 1 ? 'event' : 'events'} of ${targets.join(', ')}`);
    } finally {
      await bus.close();
    }
  } finally {
    await Promise.all(claims.map((claim) => claim.release()));
  }
  return 0;
}
