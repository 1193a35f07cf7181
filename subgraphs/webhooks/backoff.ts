import { backoffDelay } from '../../lib/backoff.ts';

/** Retry timing for deliveries, in the spirit of Stripe's: exponential, capped, jittered, for a window. */

export interface RetryPolicy {
  /** Delay after the first failed attempt, doubling after each further one (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** How long after its first attempt a delivery keeps being retried before it is dead-lettered (WEBHOOK_RETRY_WINDOW_MS). */
  retryWindowMs: number;
}

/** No single wait is longer than two hours, so a receiver that recovers is found again soon. */
export const MAX_RETRY_DELAY_MS = 2 * 60 * 60 * 1000;

/** ±10 %, so deliveries that failed together (a receiver outage) do not all come back at once. */
const JITTER = 0.1;

/** The wait after the `failures`-th failed attempt: base·2^(failures−1), capped, jittered. */
export function retryDelayMs(policy: RetryPolicy, failures: number, random: () => number = Math.random): number {
  return backoffDelay({ initialMs: policy.retryBaseMs, maxMs: MAX_RETRY_DELAY_MS, jitter: JITTER }, failures - 1, random);
}

/**
 * When to try again after a failure at `now`, or null once the first attempt is older than the
 * retry window: then the delivery is dead-lettered. The last attempt is thus at least a window
 * after the first (24 hours by default), so a receiver down for a day still gets its events.
 */
export function nextAttemptAt(policy: RetryPolicy, failures: number, firstAttemptAt: Date, now: Date): Date | null {
  if (now.getTime() - firstAttemptAt.getTime() >= policy.retryWindowMs) return null;
  return new Date(now.getTime() + retryDelayMs(policy, failures));
}
