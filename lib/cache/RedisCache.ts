import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv, type DeserializedData } from 'keyv';
import { backoffDelay, type BackoffPolicy } from '../backoff.ts';

/**
 * Apollo's KeyValueCache on Redis, shared by every replica: Apollo's Keyv adapter over
 * @keyv/redis (node-redis) does the storing. What is ours is only what they leave open: Redis
 * trouble never reaches the caller nor holds it up. A call Redis does not answer within
 * commandTimeoutMs is a miss (node-redis's own command timeout stops counting once the command is
 * written, so a Redis that hangs would hold it for good); while Redis is away a read is a miss and
 * a write is dropped at once, without asking it; node-redis reconnects in the background, and the
 * outage is logged once when it starts and once when it ends. Apollo's ErrorsAreMissesCache is
 * not used: it covers reads only and logs every failure, and the deadline here has to catch
 * every failure anyway to tell the outage.
 */

export type CacheLog = (message: string, details: Record<string, unknown>) => void;

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every key as it is (default ''): `recordgraph:` stores `apq:<hash>` as `recordgraph:apq:<hash>`. */
  keyPrefix?: string;
  /** Logged once when Redis becomes unreachable (default console.warn). */
  warn?: CacheLog;
  /** Logged once when it is reachable again (default console.info). */
  info?: CacheLog;
  /** How long one call may wait for Redis before it is a miss and Redis counts as away (default 250 ms). */
  commandTimeoutMs?: number;
  /** How long opening a connection may take; the first call waits at most this long for it (default 1 000 ms). */
  connectTimeoutMs?: number;
  /**
   * How often a connection is checked with a PING (default 1 000 ms): how soon a Redis that stopped
   * answering on an open connection is noticed without traffic, and how soon its return is.
   */
  pingIntervalMs?: number;
}

/** Reconnection attempts: 100 ms doubling to 2 s, jittered so replicas do not all come back at once. Never given up. */
const RECONNECT: BackoffPolicy = { initialMs: 100, maxMs: 2_000, jitter: 0.1 };

/**
 * The Keyv Apollo's adapter takes. The adapter is CommonJS, so TypeScript gives it the CommonJS
 * declaration of Keyv, and ours (an ES module) the ES one: the same class of the same package
 * and version, declared twice. It only calls get, set and delete on it.
 */
type AdapterKeyv = NonNullable<ConstructorParameters<typeof KeyvAdapter<string>>[0]>;

type Connection =
  | { phase: 'idle' }
  | { phase: 'connecting'; settled: Promise<void>; settle: () => void }
  | { phase: 'up' }
  | { phase: 'down'; since: number }
  | { phase: 'closed' };

export class RedisCache implements KeyValueCache {
  private readonly client: ReturnType<typeof createClient>;
  private readonly cache: KeyValueCache;
  private readonly redactedUrl: string;
  private readonly warn: CacheLog;
  private readonly info: CacheLog;
  private readonly connectTimeoutMs: number;
  private readonly commandTimeoutMs: number;
  private connection: Connection = { phase: 'idle' };

  constructor(options: RedisCacheOptions) {
    const { commandTimeoutMs = 250, connectTimeoutMs = 1_000, pingIntervalMs = 1_000 } = options;
    this.redactedUrl = redactUrl(options.url);
    this.warn = options.warn ?? ((message, details) => console.warn(message, details));
    this.info = options.info ?? ((message, details) => console.info(message, details));
    this.connectTimeoutMs = connectTimeoutMs;
    this.commandTimeoutMs = commandTimeoutMs;
    this.client = createClient({
      url: options.url,
      // A command while Redis is away fails at once instead of waiting in a queue until it is back.
      disableOfflineQueue: true,
      // A connection that stopped answering is noticed without traffic, and so is its recovery.
      pingInterval: pingIntervalMs,
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries: number) => backoffDelay(RECONNECT, retries) },
    });
    this.client.on('ready', () => this.succeeded());
    this.client.on('ping-interval', () => this.succeeded());
    const store = new KeyvRedis<string>(this.client, { throwOnConnectError: false, throwOnErrors: false });
    // Keys exactly as before Keyv (`<prefix><key>`), so replicas of either version share them.
    store.keyPrefixSeparator = '';
    // Every failure of the client and of a command arrives here (@keyv/redis passes the client's on).
    store.on('error', (error: unknown) => this.failed(error));
    const keyv = new Keyv<string>(store, {
      namespace: options.keyPrefix || undefined,
      useKeyPrefix: false,
      // The query text itself, not Keyv's JSON envelope: Redis keeps the TTL, and the stored values stay as they were.
      serialize: ({ value }) => (typeof value === 'string' ? value : JSON.stringify(value)),
      deserialize: storedText,
    });
    this.cache = new KeyvAdapter(keyv as unknown as AdapterKeyv);
  }

  get(key: string): Promise<string | undefined> {
    return this.ask(() => this.cache.get(key), undefined);
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.ask(() => this.cache.set(key, value, options), undefined);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.ask(() => this.cache.delete(key), false)) === true;
  }

  /** Drops the connection (calls in hand end as misses). Idempotent. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = { phase: 'closed' };
    if (connection.phase === 'connecting') connection.settle();
    if (this.client.isOpen) this.client.destroy();
  }

  /** `call` on Redis when it is there, or `fallback`: at once while it is away, after commandTimeoutMs when it does not answer. */
  private async ask<T>(call: () => Promise<T>, fallback: T): Promise<T> {
    if (!(await this.usable())) return fallback;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        this.failed(new Error(`no answer within ${this.commandTimeoutMs} ms`));
        resolve(fallback);
      }, this.commandTimeoutMs);
    });
    const answer = call().catch((error: unknown) => {
      this.failed(error);
      return fallback;
    });
    try {
      return await Promise.race([answer, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async usable(): Promise<boolean> {
    const connection = this.connection;
    switch (connection.phase) {
      case 'idle':
        await this.firstConnection();
        return this.isUp();
      case 'connecting':
        await connection.settled;
        return this.isUp();
      case 'up':
        return true;
      case 'down':
      case 'closed':
        return false;
    }
  }

  /**
   * Connects with the first call (building has no side effects), which waits for the connection
   * rather than miss: until it is ready, fails, or connectTimeoutMs passes (a server that accepts
   * and never answers would otherwise hold it). Once open, node-redis keeps it open for good.
   */
  private firstConnection(): Promise<void> {
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    this.connection = { phase: 'connecting', settled, settle };
    const deadline = setTimeout(() => this.failed(new Error(`no answer within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
    deadline.unref();
    void settled.then(() => clearTimeout(deadline));
    // Failures arrive as 'error' events; the promise only needs handling.
    this.client.connect().catch(() => {});
    return settled;
  }

  // A method, not an inline comparison: TypeScript would keep `connection` narrowed across an await.
  private isUp(): boolean {
    return this.connection.phase === 'up';
  }

  private failed(error: unknown): void {
    const connection = this.connection;
    if (connection.phase !== 'connecting' && connection.phase !== 'up') return;
    this.connection = { phase: 'down', since: Date.now() };
    if (connection.phase === 'connecting') connection.settle();
    this.warn('Redis is unavailable: cache entries are not shared until it is back', {
      redis: this.redactedUrl,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  private succeeded(): void {
    const connection = this.connection;
    if (connection.phase !== 'connecting' && connection.phase !== 'down') return;
    this.connection = { phase: 'up' };
    if (connection.phase === 'connecting') connection.settle();
    else
      this.info('Redis recovered: cache entries are shared again', { redis: this.redactedUrl, downForMs: Date.now() - connection.since });
  }
}

/** A stored value as Keyv hands it on: Keyv's deserializer is generic, this store holds text only. */
function storedText<Value>(raw: string): DeserializedData<Value> {
  return { value: raw as Value };
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable Redis URL)';
  }
}
