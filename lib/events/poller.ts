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

/** Where the poller is; `stopped` is for good: no round starts after it, not even one `exclusive` asks for. */
type PollerState =
  { phase: 'unstarted' } | { phase: 'idle'; timer: NodeJS.Timeout } | { phase: 'running'; again: boolean } | { phase: 'stopped' };

export class Poller {
  private state: PollerState = { phase: 'unstarted' };
  /** Whatever runs or waits to run (rounds and `exclusive` work), one after the other. */
  private chain: Promise<unknown> = Promise.resolve();
  /**
   * Whether the last round failed. Not a phase: an outage outlasts rounds and the waits between
   * them, and only decides what is told (`failing` once, then `recovered`).
   */
  private outage = false;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    if (this.state.phase === 'unstarted') this.waitThenRun(0);
  }

  /** Asks for a round now; one in hand runs another straight after it. */
  wake(): void {
    const state = this.state;
    if (state.phase === 'running') state.again = true;
    else if (state.phase === 'idle') this.waitThenRun(0);
  }

  /** Runs `work` after the round in hand, with no round beside it (`flush`). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(() => {
      if (this.phase() === 'stopped') throw new Error('stopped: no more rounds');
      return work();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** No more rounds; resolves once the one in hand has ended. */
  async stop(): Promise<void> {
    const state = this.state;
    if (state.phase === 'idle') clearTimeout(state.timer);
    this.state = { phase: 'stopped' };
    await this.chain;
  }

  private waitThenRun(delayMs: number): void {
    const state = this.state;
    if (state.phase === 'idle') clearTimeout(state.timer);
    const timer = setTimeout(() => void this.run(), delayMs);
    timer.unref();
    this.state = { phase: 'idle', timer };
  }

  /** Rounds back to back while there is more (or a wake came in meanwhile), then waits `pollMs`. */
  private async run(): Promise<void> {
    const running: Extract<PollerState, { phase: 'running' }> = { phase: 'running', again: false };
    this.state = running;
    for (let more = true; more;) {
      running.again = false;
      let full = false;
      try {
        full = await this.exclusive(this.options.round);
        if (this.outage) this.options.recovered?.();
        this.outage = false;
      } catch (error: unknown) {
        // Stopped meanwhile (the round may have been refused its turn): nothing will retry, so no outage to tell of.
        if (this.phase() === 'stopped') return;
        if (!this.outage) this.options.failing(error);
        this.outage = true;
      }
      // No timer in between: under load a timer costs a turn of the event loop for every round.
      more = this.phase() === 'running' && !this.outage && (full || running.again);
    }
    if (this.phase() === 'running') this.waitThenRun(this.options.pollMs);
  }

  // A method, not `this.state.phase`: TypeScript would keep the state narrowed across an await.
  private phase(): PollerState['phase'] {
    return this.state.phase;
  }
}
