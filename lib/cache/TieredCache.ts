import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.ts';
import { RedisStore, type CacheLog, type RedisStoreOptions } from './RedisStore.ts';

/**
 * A KeyValueCache with an in-process LRU in front of an optional Redis shared by every replica.
 * Reads try this process first, then Redis (copying a hit here); writes go to both. Redis
 * trouble never reaches the caller: the cache keeps answering from this process (see RedisStore).
 */

export interface TieredCacheOptions {
  /** Redis shared by every replica; without it the cache lives in this process only. */
  redisUrl?: string;
  /** Prepended to every Redis key (default ''). */
  keyPrefix?: string;
  /** TTL in seconds when `set` is given none; null keeps entries until evicted (default null). */
  defaultTtlSeconds?: number | null;
  /** Bound of the in-process tier, counted in characters of key plus value (default 32 Mi). */
  localMaxSize?: number;
  /** Logged once per Redis outage (default console.warn). */
  warn?: CacheLog;
  /** Logged once when Redis is back (default console.info). */
  info?: CacheLog;
  /** Timeouts and backoff of the Redis client (see RedisStoreOptions for the defaults). */
  redis?: Omit<RedisStoreOptions, 'url' | 'keyPrefix' | 'warn' | 'info'>;
}

export class TieredCache implements KeyValueCache<string> {
  private readonly local: LRUCache<string, string>;
  private readonly remote: RedisStore | null;
  private readonly defaultTtlSeconds: number | null;

  constructor(options: TieredCacheOptions = {}) {
    this.local = new LRUCache<string, string>({
      maxSize: options.localMaxSize ?? 32 * 1024 * 1024,
      sizeCalculation: (value, key) => Math.max(1, key.length + value.length),
    });
    this.defaultTtlSeconds = options.defaultTtlSeconds ?? null;
    this.remote = options.redisUrl
      ? new RedisStore({ ...options.redis, url: options.redisUrl, keyPrefix: options.keyPrefix, warn: options.warn, info: options.info })
      : null;
  }

  /** Whether entries are shared through Redis right now (false without Redis or during an outage). */
  get shared(): boolean {
    return this.remote?.available ?? false;
  }

  async get(key: string): Promise<string | undefined> {
    const here = this.local.get(key);
    if (here !== undefined || !this.remote) return here;
    const stored = await this.remote.get(key);
    if (!stored) return undefined;
    // Keep Redis's remaining lifetime so this copy does not outlive the shared one.
    this.local.set(key, stored.value, { ttl: stored.ttlMs ?? 0 });
    return stored.value;
  }

  /** `ttl` in seconds as Apollo passes it: undefined → the default, null or 0 → no expiry. */
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttlSeconds = options?.ttl === undefined ? this.defaultTtlSeconds : options.ttl;
    const ttlMs = ttlSeconds && ttlSeconds > 0 ? Math.ceil(ttlSeconds * 1000) : null;
    this.local.set(key, value, { ttl: ttlMs ?? 0 });
    await this.remote?.set(key, value, ttlMs);
  }

  async delete(key: string): Promise<boolean> {
    const here = this.local.delete(key);
    const there = (await this.remote?.delete(key)) ?? false;
    return here || there;
  }

  /** Quits Redis; the in-process tier is dropped with the object. Idempotent. */
  async close(): Promise<void> {
    await this.remote?.close();
  }
}

export type PersistedQueryCacheConfig = Partial<Pick<Config, 'redisUrl' | 'redisKeyPrefix' | 'persistedQueryTtlSeconds'>>;

/** Defaults of the configuration (lib/config.ts), for callers that pass only part of it. */
const DEFAULT_KEY_PREFIX = 'recordgraph:';
const DEFAULT_TTL_SECONDS = 86_400;

/**
 * The gateway's automatic-persisted-query cache. Apollo Server prefixes its keys with `apq:`,
 * so a registered query is the Redis key `<REDIS_KEY_PREFIX>apq:<sha256>`.
 */
export function createPersistedQueryCache(
  config: PersistedQueryCacheConfig,
  log: Pick<TieredCacheOptions, 'warn' | 'info'> = {},
): TieredCache {
  return new TieredCache({
    redisUrl: config.redisUrl,
    keyPrefix: config.redisKeyPrefix ?? DEFAULT_KEY_PREFIX,
    defaultTtlSeconds: config.persistedQueryTtlSeconds ?? DEFAULT_TTL_SECONDS,
    ...log,
  });
}
