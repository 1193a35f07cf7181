import type { GatewayExecutionResult } from '@apollo/server-gateway-interface';
import type { EntityCacheConfig } from '../../lib/config.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import { WRITES_EXTENSION, type AnnouncedWrite } from '../../lib/writes/announced.ts';
import { callerIn } from '../context.ts';
import { fetchKind, type Fetch, type FetchAnswer, type FetchOptions } from './fetch.ts';
import { answerKey, cacheScope, entityKey, fetchKey, utcDate } from './keys.ts';
import { LocalEntries } from './local-entries.ts';
import { EntityCacheMetrics, type InvalidationReason } from './metrics.ts';
import { RedisEntries, type RedisFound } from './redis-entries.ts';
import { entitiesOf, mergeEntities, missesOf, storableEntities } from './representations.ts';
import { changedTags, changeOfEvent, changeOfWrite, entityTags, EVERYTHING, rootTags } from './tags.ts';

export interface EntityCacheOptions {
  config: EntityCacheConfig;
  /** REDIS_URL: shared by the replicas when set. */
  redisUrl?: string;
  redisKeyPrefix: string;
  logger: () => Pick<Logger, 'warn' | 'info'>;
  /**
   * Told of every invalidation as it happens, before anything else can read: the gateway's
   * in-flight sharing (gateway/sharing) then lets no later caller join work begun before it.
   */
  onInvalidate?: () => void;
}

/** One cacheable piece of a fetch: an entity, or a whole root answer. */
interface Item {
  key: string;
  tags: readonly string[];
}

/** What one query's execution read, for its whole answer (answers.ts). */
export interface Read {
  /** The clock when it began. */
  since: number;
  /** The tags of every fetch it made. */
  tags: Set<string>;
  fetches: number;
  /** False once a fetch was not cacheable: the answer is not kept. */
  cacheable: boolean;
}

/**
 * The gateway's cache of subgraph answers, never stale (README § Entity cache; the design in each
 * file of gateway/entity-cache/). `serve` sits in front of each subgraph fetch
 * (SubgraphDataSource.process): an entity fetch is answered per representation from memory, then
 * Redis, and only the misses go to the subgraph, through the data source's own fetch (its
 * de-duplication, breaker and retries); a root query fetch is cached whole; a mutation is never
 * cached, and what it wrote is invalidated before its answer goes back, so its writer's next read
 * sees it. Everything else learns of a change from its event (InvalidationFeed). Until the feed
 * follows the bus (`following`), nothing is served from the cache nor kept in it.
 */
export class EntityCache {
  readonly metrics: EntityCacheMetrics;
  private readonly local: LocalEntries;
  private readonly redis: RedisEntries | null;
  /** Tags invalidated here whose new generation is not yet in Redis: Redis is not asked about them meanwhile. */
  private readonly renewing = new Map<string, number>();
  private following = false;
  private readonly onInvalidate: () => void;
  /** Each query's read in progress, by the request's context (what every fetch of it is given). */
  private readonly reads = new WeakMap<object, Read>();

  constructor(options: EntityCacheOptions) {
    const { config } = options;
    this.onInvalidate = options.onInvalidate ?? (() => {});
    this.local = new LocalEntries({ maxEntries: config.maxEntries, maxBytes: config.maxBytes, ttlMs: config.ttlSeconds * 1000 });
    this.redis = options.redisUrl
      ? new RedisEntries({
          url: options.redisUrl,
          keyPrefix: options.redisKeyPrefix,
          ttlSeconds: config.ttlSeconds,
          logger: options.logger,
        })
      : null;
    this.metrics = new EntityCacheMetrics(() => ({ entries: this.local.size, bytes: this.local.bytes }));
  }

  /** The answer to one subgraph fetch, from the cache where it may be, from `fetch` otherwise. */
  async serve(subgraph: string, options: FetchOptions, fetch: Fetch): Promise<FetchAnswer> {
    const kind = fetchKind(options);
    if (kind === 'mutation') {
      const answer = await fetch(options);
      await this.invalidateWrites(subgraph, answer.extensions?.[WRITES_EXTENSION]);
      return answer;
    }
    if (!this.following || !('incomingRequestContext' in options)) return this.uncached(options, fetch);
    if (kind === 'entities') return this.serveEntities(subgraph, options, fetch);
    if (kind === 'root') return this.serveRoot(subgraph, options, fetch);
    return this.uncached(options, fetch);
  }

  /** The key of a query's whole answer (answers.ts). */
  answerKey(queryHash: string, operationName: string | null, variables: unknown, context: unknown): string {
    return answerKey(queryHash, operationName, variables ?? {}, cacheScope(callerIn(context)), utcDate());
  }

  /** A kept whole answer, parsed afresh (Apollo Server may add to what it is given). */
  answer(key: string): GatewayExecutionResult | undefined {
    if (!this.following) return undefined;
    const json = this.local.get(key);
    if (json === undefined) {
      this.metrics.miss(ANSWERS, 1);
      return undefined;
    }
    this.metrics.hit(ANSWERS, 'memory');
    return JSON.parse(json) as GatewayExecutionResult;
  }

  /** Starts following the fetches made with `context`; null while the cache does not serve. */
  beginRead(context: unknown): Read | null {
    if (!this.following || typeof context !== 'object' || context === null) return null;
    const read: Read = { since: this.local.now(), tags: new Set(), fetches: 0, cacheable: true };
    this.reads.set(context, read);
    return read;
  }

  /** Keeps a query's whole answer, if all of it came from cacheable fetches and nothing it shows changed meanwhile. */
  keepAnswer(key: string, read: Read, result: GatewayExecutionResult): void {
    if (!read.cacheable || read.fetches === 0 || result.errors?.length || !result.data) return;
    if (!this.local.set(key, JSON.stringify(result), [...read.tags], read.since)) this.metrics.raceSkips.inc();
  }

  /** A fetch the cache does not serve: the answer it is part of is not kept either. */
  noteUncacheable(context: unknown): void {
    const read = this.readOf(context);
    if (read) read.cacheable = false;
  }

  private readOf(context: unknown): Read | undefined {
    return typeof context === 'object' && context !== null ? this.reads.get(context) : undefined;
  }

  private noteFetch(options: FetchOptions, items: readonly (Item | null)[]): void {
    const read = this.readOf(options.context);
    if (!read) return;
    read.fetches++;
    for (const item of items) {
      if (!item) read.cacheable = false;
      else for (const tag of item.tags) read.tags.add(tag);
    }
  }

  private uncached(options: FetchOptions, fetch: Fetch): Promise<FetchAnswer> {
    this.noteUncacheable(options.context);
    return fetch(options);
  }

  /** The feed follows the bus from here on: what is cached from now is invalidated by its events. */
  follow(): void {
    this.following = true;
    this.metrics.following.set(1);
  }

  /** The feed lost the bus: nothing cached can be trusted, and nothing is cached until it follows again. */
  unfollow(): void {
    this.following = false;
    this.metrics.following.set(0);
  }

  /** Applies an event from the bus. */
  async invalidateEvent(event: ChangeEvent): Promise<void> {
    await this.invalidate(changedTags(changeOfEvent(event)), 'event');
  }

  /** Drops everything, here and (by renewing `*`) in Redis. */
  async reset(): Promise<void> {
    this.onInvalidate();
    this.local.clear();
    this.metrics.invalidations.inc({ reason: 'reset' });
    await this.renewInRedis([EVERYTHING]);
  }

  async close(): Promise<void> {
    this.following = false;
    await this.redis?.close();
  }

  private async invalidateWrites(subgraph: string, writes: unknown): Promise<void> {
    if (!Array.isArray(writes) || writes.length === 0) return;
    const tags = (writes as AnnouncedWrite[]).flatMap((write) => changedTags(changeOfWrite(subgraph, write)));
    await this.invalidate([...new Set(tags)], 'write');
  }

  private async invalidate(tags: readonly string[], reason: InvalidationReason): Promise<void> {
    this.onInvalidate();
    this.local.invalidate(tags);
    this.metrics.invalidations.inc({ reason });
    await this.renewInRedis(tags);
  }

  private async renewInRedis(tags: readonly string[]): Promise<void> {
    if (!this.redis) return;
    for (const tag of tags) this.renewing.set(tag, (this.renewing.get(tag) ?? 0) + 1);
    try {
      await this.redis.invalidate(tags);
    } finally {
      for (const tag of tags) {
        const left = (this.renewing.get(tag) ?? 1) - 1;
        if (left > 0) this.renewing.set(tag, left);
        else this.renewing.delete(tag);
      }
    }
  }

  private async serveEntities(subgraph: string, options: FetchOptions, fetch: Fetch): Promise<FetchAnswer> {
    const { representations, ...rest } = options.request.variables ?? {};
    if (!Array.isArray(representations)) return this.uncached(options, fetch);
    const since = this.local.now();
    const base = fetchKey(subgraph, options.request.query ?? '', rest, this.scopeOf(options), utcDate());
    const items = representations.map((representation: unknown): Item | null => {
      const tags = entityTags(subgraph, representation);
      return tags ? { key: entityKey(base, representation), tags } : null;
    });
    this.noteFetch(options, items);
    const found = await this.lookup(subgraph, items, since);
    const misses = missesOf(representations, found.values);
    if (misses.positions.length === 0) return { data: { _entities: found.values } };
    const sent = misses.representations.length === representations.length ? options : withRepresentations(options, misses.representations);
    const answer = await fetch(sent);
    const storable = storableEntities(answer, misses.positions.length);
    const fetched = entitiesOf(answer);
    misses.positions.forEach((position, j) => {
      const item = items[position];
      if (item && storable[j]) this.keep(item, JSON.stringify(fetched?.[j]), since, found.storeAs[position] ?? null);
    });
    return sent === options ? answer : mergeEntities(found.values, misses, answer);
  }

  private async serveRoot(subgraph: string, options: FetchOptions, fetch: Fetch): Promise<FetchAnswer> {
    const tags = rootTags(subgraph);
    if (!tags) return this.uncached(options, fetch);
    const since = this.local.now();
    const item = {
      key: fetchKey(subgraph, options.request.query ?? '', options.request.variables, this.scopeOf(options), utcDate()),
      tags,
    };
    this.noteFetch(options, [item]);
    const found = await this.lookup(subgraph, [item], since);
    const data = found.values[0];
    if (data !== undefined) return { data: data as Record<string, unknown> };
    const answer = await fetch(options);
    if (!answer.errors?.length && answer.data) this.keep(item, JSON.stringify(answer.data), since, found.storeAs[0] ?? null);
    return answer;
  }

  /** Each item's answer (undefined: a miss), from memory, then Redis; what Redis had is kept in memory too. */
  private async lookup(subgraph: string, items: readonly (Item | null)[], since: number) {
    const values: unknown[] = items.map(() => undefined);
    const storeAs: (string | null)[] = items.map(() => null);
    const asked: number[] = [];
    items.forEach((item, i) => {
      if (!item) return;
      const json = this.local.get(item.key);
      if (json === undefined) {
        if (this.redis && !item.tags.some((tag) => this.renewing.has(tag))) asked.push(i);
        return;
      }
      values[i] = JSON.parse(json);
      this.metrics.hit(subgraph, 'memory');
    });
    if (this.redis && asked.length) {
      const answers: RedisFound[] = await this.redis.lookup(asked.map((i) => items[i] as Item));
      answers.forEach(({ json, storeAs: key }, n) => {
        const i = asked[n] as number;
        storeAs[i] = key;
        const item = items[i] as Item;
        if (json === undefined) return;
        values[i] = JSON.parse(json);
        this.metrics.hit(subgraph, 'redis');
        this.local.set(item.key, json, item.tags, since);
      });
    }
    const missed = items.filter((item, i) => item && values[i] === undefined).length;
    if (missed) this.metrics.miss(subgraph, missed);
    return { values, storeAs };
  }

  /** Keeps a fetched answer, unless what it shows was invalidated while it was fetched (the race guard). */
  private keep(item: Item, json: string, since: number, storeAs: string | null): void {
    if (!this.local.set(item.key, json, item.tags, since)) {
      this.metrics.raceSkips.inc();
      return;
    }
    if (storeAs) this.redis?.store(storeAs, json);
  }

  private scopeOf(options: FetchOptions): string {
    return cacheScope(callerIn(options.context));
  }
}

/** The `subgraph` label of whole answers in the hit and miss series. */
const ANSWERS = 'answers';

function withRepresentations(options: FetchOptions, representations: unknown[]): FetchOptions {
  return { ...options, request: { ...options.request, variables: { ...options.request.variables, representations } } };
}
