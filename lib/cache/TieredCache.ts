import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

/**
 * A cache in this process in front of one shared by every replica: reads try here first, then
 * the shared one (keeping a copy here), writes go to both. A hit here costs no round trip, and
 * what this replica has seen is still served while the shared cache is away.
 *
 * Only for entries that never change under their key, such as persisted queries (the key is the
 * query's hash): a copy here may outlive the shared entry, but never disagrees with it. Apollo's
 * KeyValueCache family and Keyv have no such pair (Keyv's is another package, `cacheable`, with
 * its own API), so this is the composition and nothing more.
 */
export class TieredCache implements KeyValueCache {
  /**
   * @param copyTtlSeconds how long a copy of a shared entry is kept here (default: until evicted);
   *   the shared cache does not say how long its entry has left.
   */
  constructor(
    private readonly local: KeyValueCache,
    private readonly shared: KeyValueCache & { close(): Promise<void> },
    private readonly copyTtlSeconds?: number,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const here = await this.local.get(key);
    if (here !== undefined) return here;
    const there = await this.shared.get(key);
    if (there !== undefined) await this.local.set(key, there, { ttl: this.copyTtlSeconds ?? null });
    return there;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await Promise.all([this.local.set(key, value, options), this.shared.set(key, value, options)]);
  }

  async delete(key: string): Promise<boolean> {
    const deleted = await Promise.all([this.local.delete(key), this.shared.delete(key)]);
    return deleted.includes(true);
  }

  /** Closes the shared cache; the one here goes with this object. */
  close(): Promise<void> {
    return this.shared.close();
  }
}
