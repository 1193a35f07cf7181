import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Watches the process's JavaScript heap against a ceiling. Sampling is cheap (about half a
 * microsecond: V8's counters, no /proc read), done on an unref'd interval and, because a runaway
 * request starves timers, every few hundred resolver calls too (`poll`). Over the ceiling,
 * `onExceeded` runs at each sample, so the service can shed new requests and abort in-flight
 * ones.
 *
 * Garbage counts in the heap until V8 collects it, and an idle process may not collect for a long
 * time (measured: 480 MB of garbage still counted 20 s later), so a process would go on shedding
 * after the request that grew it was abandoned. Before declaring the ceiling reached, a sample
 * above it runs a full collection first (at most once every two seconds in the process).
 */

let lastCollection = Number.NEGATIVE_INFINITY;

/**
 * V8's full collection: `gc` when Node runs with --expose-gc, otherwise the flag is set now and
 * the function taken from a fresh context (the global scope is left without it).
 */
export function fullCollection(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

/** Bytes of live (and not yet collected) JavaScript objects. */
export function heapUsedBytes(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * The ceiling actually enforced: the configured one, or four fifths of V8's own heap limit when
 * that is lower (a small container), so shedding starts before V8 dies with "Reached heap limit".
 */
export function effectiveCeilingBytes(ceilingMb: number, heapLimitBytes = getHeapStatistics().heap_size_limit): number {
  return Math.min(ceilingMb * 1024 * 1024, Math.floor(heapLimitBytes * 0.8));
}

export interface MemoryCeilingOptions {
  ceilingBytes: number;
  /** Runs at every sample above the ceiling. */
  onExceeded: () => void;
  /** Runs once each time the heap crosses the ceiling, and once when it is back under. */
  onChange?: (exceeded: boolean, heapBytes: number) => void;
  /** The heap's size now (default: V8's used heap). */
  heapUsed?: () => number;
  /** Timer period (default 250 ms). */
  intervalMs?: number;
  /** `poll` samples once in this many calls (default 500). */
  pollEvery?: number;
  /** Collects garbage before a sample above the ceiling counts (default `fullCollection()`; null: never). */
  collect?: (() => void) | null;
  /** Least time between two collections, across the process (default 2000 ms). */
  collectEveryMs?: number;
}

export class MemoryCeiling {
  private over = false;
  private polls = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly heapUsed: () => number;
  private readonly collect: (() => void) | null;

  constructor(private readonly options: MemoryCeilingOptions) {
    this.heapUsed = options.heapUsed ?? heapUsedBytes;
    this.collect = options.collect === undefined ? fullCollection() : options.collect;
  }

  /** Whether the last sample was above the ceiling. */
  get exceeded(): boolean {
    return this.over;
  }

  /** Samples now; true when above the ceiling. */
  sample(): boolean {
    let heap = this.heapUsed();
    const now = performance.now();
    if (heap > this.options.ceilingBytes && this.collect && now - lastCollection >= (this.options.collectEveryMs ?? 2000)) {
      lastCollection = now;
      this.collect();
      heap = this.heapUsed();
    }
    const over = heap > this.options.ceilingBytes;
    if (over !== this.over) this.options.onChange?.(over, heap);
    this.over = over;
    if (over) this.options.onExceeded();
    return over;
  }

  /** Samples once every `pollEvery` calls: cheap enough for every resolver. */
  poll(): void {
    this.polls += 1;
    if (this.polls >= (this.options.pollEvery ?? 500)) {
      this.polls = 0;
      this.sample();
    }
  }

  start(): void {
    if (this.timer) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.options.intervalMs ?? 250);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
