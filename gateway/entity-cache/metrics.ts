import { Counter, Gauge, type Metric, type Registry } from 'prom-client';

export type InvalidationReason = 'event' | 'write' | 'reset';

/** The entity cache's series in the gateway's /metrics (README § Entity cache). */
export class EntityCacheMetrics {
  readonly hits: Counter<'subgraph' | 'tier'>;
  readonly misses: Counter<'subgraph'>;
  readonly invalidations: Counter<'reason'>;
  readonly raceSkips: Counter;
  readonly position: Gauge;
  readonly following: Gauge;

  private readonly all: Metric[];
  private hitCount = 0;
  private missCount = 0;

  constructor(local: () => { entries: number; bytes: number }) {
    // Registered with the gateway's registry once it exists (attach).
    const registers: Registry[] = [];
    this.hits = new Counter({
      name: 'recordgraph_entity_cache_hits_total',
      help: 'Entities and root answers the gateway served from its cache instead of fetching, by subgraph and tier (memory, redis).',
      labelNames: ['subgraph', 'tier'],
      registers,
    });
    this.misses = new Counter({
      name: 'recordgraph_entity_cache_misses_total',
      help: 'Cacheable entities and root answers the gateway had to fetch, by subgraph.',
      labelNames: ['subgraph'],
      registers,
    });
    this.invalidations = new Counter({
      name: 'recordgraph_entity_cache_invalidations_total',
      help: 'Changes that dropped cached answers: an event from the bus, a mutation answered through this gateway, or a reset (bus gap or restart of the tail).',
      labelNames: ['reason'],
      registers,
    });
    this.raceSkips = new Counter({
      name: 'recordgraph_entity_cache_stores_skipped_total',
      help: 'Answers not kept because what they show was invalidated while they were fetched (the race guard).',
      registers,
    });
    this.position = new Gauge({
      name: 'recordgraph_entity_cache_bus_position',
      help: 'Position of the last event on the bus whose invalidation this gateway has applied.',
      registers,
    });
    this.following = new Gauge({
      name: 'recordgraph_entity_cache_following',
      help: '1 while the cache follows the bus and serves; 0 while it does not (starting, or after losing the bus), when every fetch goes to the subgraph.',
      registers,
    });
    const entries = new Gauge({
      name: 'recordgraph_entity_cache_entries',
      help: 'Answers held in this gateway’s memory.',
      registers,
      collect() {
        this.set(local().entries);
      },
    });
    const bytes = new Gauge({
      name: 'recordgraph_entity_cache_bytes',
      help: 'Approximate memory those answers take.',
      registers,
      collect() {
        this.set(local().bytes);
      },
    });
    const counts = () => ({ hits: this.hitCount, misses: this.missCount });
    const ratio = new Gauge({
      name: 'recordgraph_entity_cache_hit_ratio',
      help: 'Hits over lookups since the gateway started (0 before the first).',
      registers,
      collect() {
        const { hits, misses } = counts();
        this.set(hits + misses === 0 ? 0 : hits / (hits + misses));
      },
    });
    this.all = [this.hits, this.misses, this.invalidations, this.raceSkips, this.position, this.following, entries, bytes, ratio];
  }

  hit(subgraph: string, tier: 'memory' | 'redis'): void {
    this.hits.inc({ subgraph, tier });
    this.hitCount++;
  }

  miss(subgraph: string, count: number): void {
    this.misses.inc({ subgraph }, count);
    this.missCount += count;
  }

  attach(registry: Registry): void {
    for (const metric of this.all) registry.registerMetric(metric);
  }
}
