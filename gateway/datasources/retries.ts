import { DelegateBackoff, handleWhen, retry, type RetryPolicy } from 'cockatiel';
import { backoffDelay, type BackoffPolicy } from '../../lib/backoff.ts';
import { SubgraphFailure } from './downstream-errors.ts';

/** The wait before a retry of a query fetch: short, since the caller is waiting, and jittered. */
export const FETCH_RETRY_BACKOFF: BackoffPolicy = { initialMs: 25, maxMs: 500, jitter: 0.5 };

/** The window over which a retry budget compares retries with fetches. */
export const RETRY_BUDGET_WINDOW_MS = 10_000;

/**
 * Retries a quiet subgraph may always have per window, whatever the ratio, so one transient
 * failure at low traffic (one fetch in ten seconds) can still be retried.
 */
export const RETRY_BUDGET_MIN_RETRIES = 5;

/**
 * At most `ratio` retries per fetch over the last RETRY_BUDGET_WINDOW_MS (plus a small floor), per
 * subgraph. When a subgraph fails, per-fetch retries alone would multiply the load on it by the
 * attempt count, just when it can least take it; a budget caps the extra load at `ratio`.
 *
 * Our own code because cockatiel has no retry budget (its retry policy counts attempts per call
 * only); this is Finagle's and gRPC's rule, in a dozen lines: ten one-second buckets of counts.
 */
export class RetryBudget {
  private static readonly BUCKETS = 10;
  private readonly fetches = new Array<number>(RetryBudget.BUCKETS).fill(0);
  private readonly retries = new Array<number>(RetryBudget.BUCKETS).fill(0);
  private bucket = 0;
  private bucketStartedAt: number;

  constructor(
    private readonly ratio: number,
    private readonly now: () => number = Date.now,
  ) {
    this.bucketStartedAt = now();
  }

  /** A fetch's first attempt. */
  recordFetch(): void {
    this.advance();
    this.fetches[this.bucket] = (this.fetches[this.bucket] ?? 0) + 1;
  }

  /** True when one more retry fits in the budget. */
  canRetry(): boolean {
    this.advance();
    const allowed = Math.max(RETRY_BUDGET_MIN_RETRIES, this.ratio * sum(this.fetches));
    return sum(this.retries) < allowed;
  }

  /** A retry that was sent. */
  recordRetry(): void {
    this.advance();
    this.retries[this.bucket] = (this.retries[this.bucket] ?? 0) + 1;
  }

  /** Moves to the current one-second bucket, emptying the ones that fell out of the window. */
  private advance(): void {
    const width = RETRY_BUDGET_WINDOW_MS / RetryBudget.BUCKETS;
    const steps = Math.min(Math.floor((this.now() - this.bucketStartedAt) / width), RetryBudget.BUCKETS);
    for (let step = 0; step < steps; step++) {
      this.bucket = (this.bucket + 1) % RetryBudget.BUCKETS;
      this.fetches[this.bucket] = 0;
      this.retries[this.bucket] = 0;
    }
    if (steps > 0) this.bucketStartedAt = steps === RetryBudget.BUCKETS ? this.now() : this.bucketStartedAt + steps * width;
  }
}

/**
 * Retries of one subgraph's query fetches (cockatiel), `retries` at most after the first attempt,
 * with the one backoff rule (lib/backoff.ts): only for failures where trying again soon can help
 * (no connection, OVERLOADED/503 — SubgraphFailure.transient) and only while `budget` allows.
 * Mutation fetches never go through it: the caller retries a write, with its Idempotency-Key.
 */
export function queryRetryPolicy(retries: number, budget: RetryBudget): RetryPolicy {
  const policy = retry(
    handleWhen((error) => error instanceof SubgraphFailure && error.transient && budget.canRetry()),
    { maxAttempts: retries, backoff: new DelegateBackoff((context) => backoffDelay(FETCH_RETRY_BACKOFF, context.attempt - 1)) },
  );
  policy.onRetry(() => budget.recordRetry());
  return policy;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
