import { createHash, randomBytes } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { backoffDelay, type BackoffPolicy } from '../../lib/backoff.ts';
import { redactUrl } from '../../lib/cache/RedisCache.ts';
import type { Logger } from '../../lib/observability/logger.ts';

export interface RedisEntriesOptions {
  url: string;
  /** REDIS_KEY_PREFIX; this tier's keys are `<prefix>entity:gen:<tag>` and `<prefix>entity:val:<hash>`. */
  keyPrefix: string;
  ttlSeconds: number;
  /** How long one round trip may take before it counts as a miss and Redis as away (default 250 ms). */
  commandTimeoutMs?: number;
  logger: () => Pick<Logger, 'warn' | 'info'>;
}

/** An entry to look up: its key in the cache and its tags. */
export interface RedisItem {
  key: string;
  tags: readonly string[];
}

/** What a lookup found: the answer, if any, and the Redis key a fresh answer is to be stored under (null: do not store). */
export interface RedisFound {
  json: string | undefined;
  storeAs: string | null;
}

const RECONNECT: BackoffPolicy = { initialMs: 100, maxMs: 2_000, jitter: 0.1 };

/**
 * The tier the gateway replicas share. Every tag has a generation in Redis, a random value that an
 * invalidation replaces; an entry is stored under a key that includes the generations of its tags
 * as they were read before its fetch began. An invalidation by any replica thus makes every entry
 * with that tag unreachable at once, including one a slower replica stores afterwards from a fetch
 * that began before the write (it is stored under the old generation, which nobody reads again).
 * Nothing is deleted: unreachable entries expire with their TTL.
 *
 * Generations are random rather than counted, so a generation that Redis lost (evicted, expired,
 * restarted without its data) is replaced by one no older entry was stored under: losing keys
 * only ever loses hits. What must not be lost is an invalidation: when one cannot be written
 * (Redis away or slow), this replica stops using Redis until it has replaced the generation of
 * `*`, which every entry has, so everything stored before is unreachable. It does the same after
 * any reconnection, since invalidations may have been missed by every replica while Redis was away.
 */
export class RedisEntries {
  private readonly client: ReturnType<typeof createClient>;
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private state: 'idle' | 'connecting' | 'up' | 'down' | 'closed' = 'idle';
  /** Set while invalidations may be missing from Redis: nothing is read or stored until `*` is renewed. */
  private suspect = true;
  private repairing: Promise<void> | null = null;

  constructor(private readonly options: RedisEntriesOptions) {
    this.prefix = `${options.keyPrefix}entity:`;
    this.timeoutMs = options.commandTimeoutMs ?? 250;
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      // A connection that stopped answering is noticed without traffic, and so is its return.
      pingInterval: 1_000,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => backoffDelay(RECONNECT, retries) },
    });
    this.client.on('error', (error: unknown) => this.lost(error));
    this.client.on('ready', () => this.answered());
    this.client.on('ping-interval', () => this.answered());
  }

  /** Looks `items` up; a miss for each while Redis is away or untrusted. */
  async lookup(items: readonly RedisItem[]): Promise<RedisFound[]> {
    const none = items.map(() => ({ json: undefined, storeAs: null }));
    if (items.length === 0 || !(await this.usable())) return none;
    const found = await this.ask(async () => {
      const tags = [...new Set(items.flatMap((item) => item.tags))];
      const generations = await this.generations(tags);
      const storeAs = items.map((item) => this.valueKey(item, generations));
      const values = await this.client.mGet(storeAs);
      return items.map((_, i) => ({ json: values[i] ?? undefined, storeAs: storeAs[i] ?? null }));
    });
    return found ?? none;
  }

  /** Stores an answer under the key its lookup gave. Best effort: a failure is a later miss. */
  store(storeAs: string, json: string): void {
    if (this.state !== 'up' || this.suspect) return;
    void this.ask(() => this.client.set(storeAs, json, { expiration: { type: 'EX', value: this.options.ttlSeconds } }));
  }

  /** Replaces the generations of `tags`; resolves once Redis has them, or once this replica has stopped trusting Redis. */
  async invalidate(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    if (!(await this.usable())) {
      this.suspect = true;
      return;
    }
    const done = await this.ask(() => Promise.all(tags.map((tag) => this.renew(tag))));
    if (!done) this.suspect = true;
  }

  async close(): Promise<void> {
    this.state = 'closed';
    if (this.client.isOpen) this.client.destroy();
  }

  private async usable(): Promise<boolean> {
    if (this.state === 'idle') await this.connect();
    if (this.state !== 'up') return false;
    if (this.suspect) await this.repair();
    return this.trusted();
  }

  // Methods, not inline comparisons: TypeScript would keep the state narrowed across an await.
  private trusted(): boolean {
    return this.state === 'up' && !this.suspect;
  }

  private stillConnecting(): boolean {
    return this.state === 'connecting';
  }

  private async connect(): Promise<void> {
    this.state = 'connecting';
    const connected = this.client.connect().then(
      () => undefined,
      () => undefined,
    );
    await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    if (this.stillConnecting()) this.state = 'down';
  }

  /** Renews `*`, after which nothing stored before is reachable and Redis can be trusted again. */
  private repair(): Promise<void> {
    this.repairing ??= (async () => {
      const renewed = await this.ask(() => this.renew('*'));
      if (renewed !== undefined) this.suspect = false;
      this.repairing = null;
    })();
    return this.repairing;
  }

  private renew(tag: string): Promise<unknown> {
    return this.client.set(this.genKey(tag), newGeneration(), { expiration: { type: 'EX', value: this.generationTtl() } });
  }

  /** The tags' generations, making one for each tag that has none (or lost it). */
  private async generations(tags: readonly string[]): Promise<Map<string, string>> {
    const values = await this.client.mGet(tags.map((tag) => this.genKey(tag)));
    const generations = new Map<string, string>();
    await Promise.all(
      tags.map(async (tag, i) => {
        const value = values[i];
        if (value) return void generations.set(tag, value);
        // Another replica may make it at the same moment: the first one stays, and both use it.
        const fresh = newGeneration();
        const earlier = await this.client.set(this.genKey(tag), fresh, {
          condition: 'NX',
          GET: true,
          expiration: { type: 'EX', value: this.generationTtl() },
        });
        generations.set(tag, typeof earlier === 'string' ? earlier : fresh);
      }),
    );
    return generations;
  }

  private valueKey(item: RedisItem, generations: ReadonlyMap<string, string>): string {
    const hash = createHash('sha256').update(item.key);
    for (const tag of item.tags) hash.update(`\n${tag}=${generations.get(tag) ?? ''}`);
    return `${this.prefix}val:${hash.digest('base64url')}`;
  }

  private genKey(tag: string): string {
    return `${this.prefix}gen:${tag}`;
  }

  /** Longer than any entry lives, so a generation outlives what was stored under it; losing it early only loses hits. */
  private generationTtl(): number {
    return Math.max(4 * this.options.ttlSeconds, 3_600);
  }

  /** `call`, or undefined when it fails or takes longer than the command timeout (then Redis counts as away). */
  private async ask<T>(call: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        this.lost(new Error(`no answer within ${this.timeoutMs} ms`));
        resolve(undefined);
      }, this.timeoutMs);
    });
    const answer = call().catch((error: unknown) => {
      this.lost(error);
      return undefined;
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private answered(): void {
    if (this.state === 'up' || this.state === 'closed') return;
    const wasDown = this.state === 'down';
    this.state = 'up';
    this.suspect = true;
    if (wasDown)
      this.options.logger().info({ redis: redactUrl(this.options.url) }, 'entity cache: Redis is back; entries stored before are not used');
  }

  private lost(error: unknown): void {
    this.suspect = true;
    if (this.state !== 'up' && this.state !== 'connecting') return;
    this.state = 'down';
    this.options
      .logger()
      .warn(
        { redis: redactUrl(this.options.url), error: error instanceof Error ? error.message : String(error) },
        'entity cache: Redis is unavailable; each gateway caches on its own until it is back',
      );
  }
}

function newGeneration(): string {
  return randomBytes(9).toString('base64url');
}
