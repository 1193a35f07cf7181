import { LRUCache } from 'lru-cache';

export interface LocalEntriesOptions {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  /** Tags whose last invalidation is remembered (default 100 000); older ones count as invalidated at the highest evicted. */
  maxTags?: number;
}

interface Entry {
  /** The answer as JSON: each hit is parsed afresh, as the gateway merges later fetches into what it is given. */
  json: string;
  tags: readonly string[];
  /** The clock when the fetch that produced it began. */
  fetchedAt: number;
}

/**
 * The in-process tier, and the race guard. A clock counts invalidations; each tag remembers the
 * clock of its last one. A read takes the clock before it looks anything up (`now()`), and what
 * it fetched is stored only if none of its tags was invalidated since then: a fetch that began
 * before a write committed can bring the old value, and its answer must not outlive the
 * invalidation that came while it travelled. An entry is served only while none of its tags has
 * been invalidated after its fetch began, so an invalidation drops every entry it names without
 * an index from tags to keys. The tag map is bounded: a tag it forgets counts as invalidated at
 * the highest clock it has forgotten, which can only drop more.
 */
export class LocalEntries {
  private clock = 0;
  private forgotten = 0;
  private readonly invalidated: LRUCache<string, number>;
  private readonly entries: LRUCache<string, Entry>;

  constructor(options: LocalEntriesOptions) {
    this.invalidated = new LRUCache<string, number>({
      max: options.maxTags ?? 100_000,
      dispose: (at, _tag, reason) => {
        if (reason === 'evict') this.forgotten = Math.max(this.forgotten, at);
      },
    });
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      // UTF-16 in memory, plus the key and the tags; roughly.
      sizeCalculation: (entry, key) => 2 * (entry.json.length + key.length) + 64 * entry.tags.length + 64,
      ttl: options.ttlMs,
    });
  }

  /** The clock, to take before a read looks anything up. */
  now(): number {
    return this.clock;
  }

  invalidate(tags: Iterable<string>): void {
    const at = ++this.clock;
    for (const tag of tags) this.invalidated.set(tag, at);
  }

  /** Drops everything: every tag counts as invalidated now. */
  clear(): void {
    this.forgotten = ++this.clock;
    this.invalidated.clear();
    this.entries.clear();
  }

  /** True when none of `tags` was invalidated after `since`. */
  fresh(tags: readonly string[], since: number): boolean {
    return tags.every((tag) => (this.invalidated.get(tag, { updateAgeOnGet: false }) ?? this.forgotten) <= since);
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.fresh(entry.tags, entry.fetchedAt)) return entry.json;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps the answer of a fetch that began at `since`; false (nothing kept) when one of its tags was invalidated since. */
  set(key: string, json: string, tags: readonly string[], since: number): boolean {
    if (!this.fresh(tags, since)) return false;
    this.entries.set(key, { json, tags, fetchedAt: since });
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
