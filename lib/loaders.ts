import DataLoader from 'dataloader';
import { checkpoint } from './http/abandoned-work.ts';
import { afterYieldedResolvers } from './http/resolver-guard.ts';

/**
 * DataLoader factories for the two shapes every store needs. Created per request (in each
 * subgraph's context.ts), so a batch never mixes callers and nothing is cached across requests.
 * Each batch function returns exactly one result per key: the row, null for a miss, or [] for
 * a key with no children. A batch of an abandoned request (deadline spent, client gone) throws
 * its coded error instead of querying (lib/http/abandoned-work.ts). Batches are dispatched after
 * any resolvers the guard made wait for an event-loop turn have made their loads, so a list's
 * loads stay one batch (lib/http/resolver-guard.ts).
 */

/** Every DataLoader of a subgraph batches with these, so a resolver's yield never splits a batch (lib/http/resolver-guard.ts). */
export const LOADER_OPTIONS = { batchScheduleFn: afterYieldedResolvers } as const;

/** Loads rows by id; one query per batch. */
export function loaderById<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    checkpoint();
    const byId = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, LOADER_OPTIONS);
}

/** Loads child rows grouped by a parent id, keeping the order the query returned them in. */
export function loaderGroupedBy<T, K extends string = string>(
  load: (keys: readonly K[]) => Promise<T[]>,
  groupOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader(async (keys) => {
    checkpoint();
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of await load(keys)) groups.get(groupOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  }, LOADER_OPTIONS);
}

/** Loads one value per key (an aggregate, say), with a default for keys the query returned nothing for. */
export function loaderOfValues<K extends string, V>(load: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V): DataLoader<K, V> {
  return new DataLoader(async (keys) => {
    checkpoint();
    const values = await load(keys);
    return keys.map((key) => values.get(key) ?? missing);
  }, LOADER_OPTIONS);
}

/**
 * A family of loaders keyed by their arguments (e.g. `revenue(months: 12)` and `revenue(months: 3)`
 * in one request batch separately), built lazily.
 */
export function loaderFamily<A, L>(create: (args: A) => L, keyOf: (args: A) => string = (args) => JSON.stringify(args)) {
  const loaders = new Map<string, L>();
  return (args: A): L => {
    const key = keyOf(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}
