/**
 * Identical work in flight at the same time, done once: the first caller with a key starts it,
 * callers that arrive with the same key before it settles share its outcome. The gateway uses it
 * for identical queries (gateway/sharing/sharing-gateway.ts) and identical subgraph query fetches
 * (gateway/datasources/SubgraphDataSource.ts); never for writes.
 *
 * The shared work runs under its own signal, aborted only when every caller sharing it has gone
 * away, so one impatient caller does not fail the others. A caller that goes away stops waiting
 * at once (its promise rejects with its signal's reason).
 *
 * Hand-written on purpose: promise-memoising libraries (p-memoize, DataLoader's cache) share a
 * promise but not its cancellation, and the reference counting is the point here.
 */
export class InFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /** How many distinct pieces of work are running now. */
  get size(): number {
    return this.flights.size;
  }

  /**
   * Runs `work` for `key`, or joins the run already in flight for it (`joined`, for metrics).
   * `caller` is the caller's own signal (its deadline, its connection).
   */
  run(key: string, caller: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): { result: Promise<T>; joined: boolean } {
    const existing = this.flights.get(key);
    // A run every caller has left is winding down: it is no one's to join.
    if (existing && !existing.signal.aborted) return { result: existing.join(caller), joined: true };
    const flight = new Flight<T>();
    this.flights.set(key, flight);
    const result = flight.join(caller);
    flight.start(work, () => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    });
    return { result, joined: false };
  }

  /**
   * Later callers start afresh instead of joining what is in flight now: after a write commits,
   * a run that began before it may have read what the write replaced.
   */
  forgetAll(): void {
    this.flights.clear();
  }
}

class Flight<T> {
  private readonly controller = new AbortController();
  private callers = 0;
  private readonly outcome: Promise<T>;
  private settle: { resolve: (value: T) => void; reject: (error: unknown) => void } = { resolve: () => {}, reject: () => {} };

  constructor() {
    this.outcome = new Promise<T>((resolve, reject) => (this.settle = { resolve, reject }));
    // When every caller has left, nobody awaits the outcome.
    this.outcome.catch(() => undefined);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(work: (signal: AbortSignal) => Promise<T>, done: () => void): void {
    work(this.controller.signal).then(
      (value) => {
        done();
        this.settle.resolve(value);
      },
      (error: unknown) => {
        done();
        this.settle.reject(error);
      },
    );
  }

  join(caller: AbortSignal | undefined): Promise<T> {
    this.callers++;
    if (!caller) return this.outcome;
    if (caller.aborted) {
      this.leave();
      return Promise.reject(reasonOf(caller));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        this.leave();
        reject(reasonOf(caller));
      };
      caller.addEventListener('abort', onAbort, { once: true });
      this.outcome.then(
        (value) => {
          caller.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          caller.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private leave(): void {
    if (--this.callers === 0) this.controller.abort(new DOMException('every caller went away', 'AbortError'));
  }
}

function reasonOf(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('aborted', 'AbortError');
}
