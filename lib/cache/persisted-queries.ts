import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Config } from '../config.ts';
import { RedisCache, type CacheLog } from './RedisCache.ts';
import { TieredCache } from './TieredCache.ts';

/** What the cache reads of the configuration; the TTL is the gateway's to pass to Apollo Server, which sends it with every write. */
export type PersistedQueryCacheConfig = Partial<Pick<Config, 'redisUrl' | 'redisKeyPrefix' | 'persistedQueryTtlSeconds'>>;

/** The cache Apollo Server keeps registered queries in, and a way to let go of its connection. */
export type PersistedQueryCache = KeyValueCache & { close(): Promise<void> };

/** The default of REDIS_KEY_PREFIX (lib/config.ts), for callers that pass only part of the configuration. */
const DEFAULT_KEY_PREFIX = 'recordgraph:';

/**
 * The gateway's automatic-persisted-query cache: Apollo's LRU in this process (bounded in size),
 * and with REDIS_URL Redis behind it, shared by every replica. The LRU stays in front of Redis
 * because it measured better (bench/persisted-queries.ts): a hit costs no round trip, and while
 * Redis is away this replica still serves the queries it has seen instead of asking every client
 * to send its query again. Apollo Server prefixes its keys with `apq:` and passes
 * PERSISTED_QUERY_TTL_SECONDS with each write, so a registered query is the Redis key
 * `<REDIS_KEY_PREFIX>apq:<sha256>` with that TTL.
 */
export function createPersistedQueryCache(
  config: PersistedQueryCacheConfig,
  log: { warn?: CacheLog; info?: CacheLog } = {},
): PersistedQueryCache {
  if (!config.redisUrl) return Object.assign(new InMemoryLRUCache<string>(), { close: async () => {} });
  const shared = new RedisCache({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix ?? DEFAULT_KEY_PREFIX, ...log });
  return new TieredCache(new InMemoryLRUCache<string>(), shared, config.persistedQueryTtlSeconds);
}
