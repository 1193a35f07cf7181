import { backoffDelay, type BackoffPolicy } from '../../lib/backoff.ts';
import { aborted, type EventBus } from '../../lib/events/bus.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import type { EntityCache } from './EntityCache.ts';

const RESTART: BackoffPolicy = { initialMs: 100, maxMs: 5_000, jitter: 0.1 };

/**
 * Follows the bus for the entity cache: a non-durable tail from the head at start, each event
 * applied in order. The cache serves only while the tail runs. When the tail ends or fails, or
 * positions jump (events this gateway did not see: a bus outage, `recordgraph seed` forgetting
 * events), the cache stops serving, the tail starts again from the head, everything cached is
 * dropped, and only then does the cache serve again: whatever was committed meanwhile is read
 * afresh.
 */
export class InvalidationFeed {
  private readonly stopping = new AbortController();
  private running: Promise<void> | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly cache: EntityCache,
    private readonly logger: () => Pick<Logger, 'warn' | 'info'>,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    const signal = this.stopping.signal;
    for (let failures = 0; !signal.aborted;) {
      try {
        const head = await this.bus.head();
        await this.cache.reset();
        this.cache.follow();
        this.cache.metrics.position.set(head);
        let last = head;
        for await (const { position, event } of this.bus.tail({ after: head, signal })) {
          if (position !== last + 1) throw new Error(`the bus went from position ${last} to ${position}`);
          await this.cache.invalidateEvent(event);
          last = position;
          this.cache.metrics.position.set(position);
          failures = 0;
        }
        if (aborted(signal)) return;
        throw new Error('the tail of the bus ended');
      } catch (error: unknown) {
        this.cache.unfollow();
        if (aborted(signal)) return;
        this.logger().warn({ err: error }, 'entity cache: lost the bus; serving uncached until it follows again');
        await new Promise((resolve) => setTimeout(resolve, backoffDelay(RESTART, failures++)).unref());
      }
    }
  }
}
