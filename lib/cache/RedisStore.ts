import { Redis } from 'ioredis';

/**
 * The Redis tier of a cache: every call answers, never throws. A failure marks Redis down,
 * logged once per outage; while it is down the calls skip Redis (they answer "unavailable" at
 * once) and ioredis keeps reconnecting in the background; the first success logs the recovery.
 */

export type CacheLog = (message: string, details: Record<string, unknown>) => void;

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key (default ''). */
  keyPrefix?: string;
  /** Logged once when Redis becomes unreachable (default console.warn). */
  warn?: CacheLog;
  /** Logged once when it is reachable again (default console.info). */
  info?: CacheLog;
  /** How long one command may take before it counts as a failure (default 250 ms). */
  commandTimeoutMs?: number;
  /** How long opening a connection may take (default 1 000 ms). */
  connectTimeoutMs?: number;
  /** Longest pause between two reconnection attempts; they start at 100 ms and double (default 2 000 ms). */
  maxReconnectDelayMs?: number;
  /** After a failed command on a connection that still looks open, how long to leave Redis alone (default 1 000 ms). */
  retryAfterMs?: number;
}

export interface StoredValue {
  value: string;
  /** Milliseconds left before Redis expires it; null when it never does. */
  ttlMs: number | null;
}

type Health =
  | { phase: 'idle' }
  | { phase: 'connecting'; settled: Promise<void>; settle: () => void }
  | { phase: 'up' }
  | { phase: 'down'; since: number; lastFailureAt: number }
  | { phase: 'closed' };

type Outcome<T> = { ok: true; value: T } | { ok: false };

export class RedisStore {
  private readonly client: Redis;
  private readonly keyPrefix: string;
  private readonly redactedUrl: string;
  private readonly warn: CacheLog;
  private readonly info: CacheLog;
  private readonly retryAfterMs: number;
  private readonly connectTimeoutMs: number;
  private health: Health;

  constructor(options: RedisStoreOptions) {
    const { commandTimeoutMs = 250, connectTimeoutMs = 1_000, maxReconnectDelayMs = 2_000 } = options;
    this.keyPrefix = options.keyPrefix ?? '';
    this.redactedUrl = redactUrl(options.url);
    this.warn = options.warn ?? ((message, details) => console.warn(message, details));
    this.info = options.info ?? ((message, details) => console.info(message, details));
    this.retryAfterMs = options.retryAfterMs ?? 1_000;
    this.connectTimeoutMs = connectTimeoutMs;
    this.client = new Redis(options.url, {
      lazyConnect: true,
      // A dead Redis must answer at once, not queue commands until it is back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: connectTimeoutMs,
      commandTimeout: commandTimeoutMs,
      // Never give up: a replica that lost Redis uses it again as soon as it is back.
      retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt - 1, 10), maxReconnectDelayMs),
    });
    // Without an 'error' listener ioredis prints every failed reconnection attempt.
    this.client.on('error', (error: unknown) => this.failed(error));
    this.client.on('close', () => this.failed(new Error('connection closed')));
    this.client.on('ready', () => this.succeeded());
    // Building has no side effects: the connection opens with the first command.
    this.health = { phase: 'idle' };
  }

  /** Whether the last thing Redis did was answer. */
  get available(): boolean {
    return this.isUp();
  }

  async get(key: string): Promise<StoredValue | undefined> {
    const outcome = await this.run(async (client) => {
      const replies = await client.pipeline().get(this.keyPrefix + key).pttl(this.keyPrefix + key).exec();
      const [[getError, value] = [], [ttlError, ttl] = []] = replies ?? [];
      if (getError) throw getError;
      if (ttlError) throw ttlError;
      return typeof value === 'string' ? { value, ttlMs: typeof ttl === 'number' && ttl > 0 ? ttl : null } : undefined;
    });
    return outcome.ok ? outcome.value : undefined;
  }

  /** Stores the value; false when Redis could not take it (it is then only in the caller's tier). */
  async set(key: string, value: string, ttlMs: number | null): Promise<boolean> {
    const outcome = await this.run((client) =>
      ttlMs ? client.set(this.keyPrefix + key, value, 'PX', ttlMs) : client.set(this.keyPrefix + key, value),
    );
    return outcome.ok;
  }

  async delete(key: string): Promise<boolean> {
    const outcome = await this.run((client) => client.del(this.keyPrefix + key));
    return outcome.ok && outcome.value > 0;
  }

  /** Quits Redis (or drops the connection when it is not answering). Idempotent. */
  async close(): Promise<void> {
    const health = this.health;
    if (health.phase === 'closed') return;
    this.health = { phase: 'closed' };
    if (health.phase === 'idle') return;
    if (health.phase === 'connecting') health.settle();
    if (this.client.status === 'ready') {
      await this.client.quit().catch(() => this.client.disconnect());
    } else {
      this.client.disconnect();
    }
  }

  private async run<T>(command: (client: Redis) => Promise<T>): Promise<Outcome<T>> {
    if (!(await this.usable())) return { ok: false };
    try {
      const value = await command(this.client);
      this.succeeded();
      return { ok: true, value };
    } catch (error: unknown) {
      this.failed(error);
      return { ok: false };
    }
  }

  private async usable(): Promise<boolean> {
    const health = this.health;
    switch (health.phase) {
      case 'idle':
        await this.firstConnection();
        return this.isUp();
      case 'connecting':
        await health.settled;
        return this.isUp();
      case 'up':
        return true;
      case 'down':
        // Reconnection is ioredis's job; a connection that stayed open (a timeout, a refused
        // write) is tried again now and then, so a request pays for a failure at most that often.
        return this.client.status === 'ready' && Date.now() - health.lastFailureAt >= this.retryAfterMs;
      case 'closed':
        return false;
    }
  }

  /**
   * The first commands wait for the first connection rather than miss: until it is ready, fails,
   * or connectTimeout passes (a server that accepts and never answers would otherwise hold them).
   */
  private firstConnection(): Promise<void> {
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    this.health = { phase: 'connecting', settled, settle };
    const deadline = setTimeout(() => this.failed(new Error(`no answer within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
    deadline.unref();
    void settled.then(() => clearTimeout(deadline));
    // Failures arrive through the 'error' and 'close' events too; the promise only needs handling.
    this.client.connect().catch(() => {});
    return settled;
  }

  // A method, not an inline comparison: TypeScript would keep `health` narrowed across an await.
  private isUp(): boolean {
    return this.health.phase === 'up';
  }

  private failed(error: unknown): void {
    const now = Date.now();
    const health = this.health;
    switch (health.phase) {
      case 'idle':
      case 'closed':
        return;
      case 'down':
        health.lastFailureAt = now;
        return;
      case 'connecting':
      case 'up':
        this.health = { phase: 'down', since: now, lastFailureAt: now };
        if (health.phase === 'connecting') health.settle();
        this.warn('Redis is unavailable: the cache works in this process only until it is back', {
          redis: this.redactedUrl,
          error: error instanceof Error ? error.message : String(error),
        });
    }
  }

  private succeeded(): void {
    const health = this.health;
    if (health.phase === 'idle' || health.phase === 'closed' || health.phase === 'up') return;
    this.health = { phase: 'up' };
    if (health.phase === 'connecting') health.settle();
    if (health.phase === 'down') {
      this.info('Redis recovered: the cache is shared again', { redis: this.redactedUrl, downForMs: Date.now() - health.since });
    }
  }
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
