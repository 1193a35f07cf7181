/**
 * Steady, bounded load: `callers` loops, each calling `call` one request at a time with a pause
 * between requests, until `stop` (or `maxMs`, whichever comes first). Every outcome is kept with
 * when it started and how long it took, so a test can look at any window of time afterwards.
 */

export interface Outcome<T> {
  caller: number;
  startedAt: number;
  ms: number;
  result: T;
}

export interface Load<T> {
  outcomes: Outcome<T>[];
  /** Outcomes that started in [from, to). */
  between(from: number, to?: number): Outcome<T>[];
  /** Stops every loop after its current request; resolves when all have returned. */
  stop(): Promise<void>;
}

export function startLoad<T>(options: {
  callers: number;
  /** One request; must not throw (turn failures into a result). */
  call: (caller: number) => Promise<T>;
  /** Pause after each request (default 50 ms), so the load is steady, not a flood. */
  pauseMs?: number;
  /** Hard upper bound on how long the loops run (default 5 minutes). */
  maxMs?: number;
}): Load<T> {
  const outcomes: Outcome<T>[] = [];
  const until = Date.now() + (options.maxMs ?? 300_000);
  let running = true;
  const loop = async (caller: number) => {
    while (running && Date.now() < until) {
      const startedAt = Date.now();
      const result = await options.call(caller);
      outcomes.push({ caller, startedAt, ms: Date.now() - startedAt, result });
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 50));
    }
  };
  const loops = Promise.all(Array.from({ length: options.callers }, (_, caller) => loop(caller)));
  return {
    outcomes,
    between: (from, to = Number.POSITIVE_INFINITY) => outcomes.filter((o) => o.startedAt >= from && o.startedAt < to),
    async stop() {
      running = false;
      await loops;
    },
  };
}

/** The `q`-quantile (0–1) of `values` (0 for none). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
