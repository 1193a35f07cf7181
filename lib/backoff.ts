/**
 * Exponential back-off, as one pure function of the attempt number: an event consumer retrying
 * an event (lib/events/retry.ts) and a webhook delivery waiting for its receiver use the same rule.
 *
 * Not a library: cockatiel's `ExponentialBackoff` and p-retry keep the attempt count in memory
 * and step through the delays themselves, while a webhook delivery keeps its count in a table row
 * and is picked up again after a restart, so it needs "the n-th delay" straight away; and their
 * jitters (cockatiel: full, half or decorrelated) are not the ±x % webhooks promise receivers.
 */
export interface BackoffPolicy {
  /** The first delay (attempt 0), in milliseconds; each further attempt doubles it. */
  initialMs: number;
  /** No delay is longer than this, in milliseconds (before jitter). */
  maxMs: number;
  /**
   * Each delay is moved up or down by at most this fraction of itself (0.1: ±10 %), so failures
   * that happened together do not all come back at once. Default 0: exact delays.
   */
  jitter?: number;
}

/** The wait before retry `attempt` (0 for the first): initialMs·2^attempt, at most maxMs, then jittered. */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  const delay = Math.min(policy.initialMs * 2 ** Math.max(0, attempt), policy.maxMs);
  const jitter = policy.jitter ?? 0;
  return jitter ? Math.round(delay * (1 + jitter * (2 * random() - 1))) : delay;
}
