/**
 * Background work done in rounds (the outbox relay, the webhook worker): a round runs when the
 * work is woken (a write committed, a delivery was queued), every `pollMs` otherwise, and again
 * at once while a round says there is more. Rounds never overlap, whoever starts them. A failing
 * round is told once per outage, not once per poll, and retried at the next poll.
 */
export interface PollerOptions {
  pollMs: number;
  /** One round; resolves true when there is more to do at once (a full batch). */
  round: () => Promise<boolean>;
  /** The first failure of an outage. */
  failing: (error: unknown) => void;
  /** The first success after one. */
  recovered?: () => void;
}

export class Poller {
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private ticking = false;
  private again = false;
  private stopped = true;
  /** Set by `stop`: no round starts after it, not even one `exclusive` asks for. */
  private closed = false;
  private failed = false;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a round now; one in hand runs another straight after it. */
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) this.again = true;
    else this.schedule(0);
  }

  /** Runs `work` after the round in hand, with no round beside it (`flush`). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(() => {
      if (this.closed) throw new Error('stopped: no more rounds');
      return work();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** No more rounds; resolves once the one in hand has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    this.ticking = true;
    for (let more = true; more && !this.stopped; ) {
      this.again = false;
      let full = false;
      try {
        full = await this.exclusive(this.options.round);
        if (this.failed) this.options.recovered?.();
        this.failed = false;
      } catch (error: unknown) {
        if (!this.failed) this.options.failing(error);
        this.failed = true;
      }
      // No timer in between: under load a timer costs a turn of the event loop for every round.
      more = !this.failed && (full || this.again);
    }
    this.ticking = false;
    this.schedule(this.options.pollMs);
  }
}
