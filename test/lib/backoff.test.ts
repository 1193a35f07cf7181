import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../lib/backoff.ts';
import { EVENT_RETRY } from '../../lib/events/retry.ts';

/** The one exponential back-off: the event consumers' schedule and the webhook deliveries' schedule. */

const middle = () => 0.5;

describe('backoffDelay', () => {
  it('doubles from the first delay up to the cap, exactly when there is no jitter', () => {
    expect([0, 1, 2, 3, 8].map((attempt) => backoffDelay(EVENT_RETRY, attempt))).toEqual([100, 200, 400, 800, 25_600]);
    expect(backoffDelay(EVENT_RETRY, 9)).toBe(30_000);
    expect(backoffDelay(EVENT_RETRY, 5_000)).toBe(30_000);
    // A count that went below zero (a first delivery reported as attempt -1) waits the first delay.
    expect(backoffDelay(EVENT_RETRY, -1)).toBe(100);
  });

  it('moves each delay by at most the jitter, after the cap', () => {
    // The webhook deliveries' policy: base 30 s, capped at 2 h, ±10 %.
    const webhooks = { initialMs: 30_000, maxMs: 2 * 60 * 60 * 1000, jitter: 0.1 };
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(webhooks, attempt, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffDelay(webhooks, 0, () => 0)).toBe(27_000);
    expect(backoffDelay(webhooks, 0, () => 1)).toBe(33_000);
    expect(backoffDelay(webhooks, 40, middle)).toBe(webhooks.maxMs);
    expect(backoffDelay(webhooks, 40, () => 1)).toBe(Math.round(webhooks.maxMs * 1.1));
    for (let i = 0; i < 100; i += 1) {
      const delay = backoffDelay(webhooks, 2);
      expect(delay).toBeGreaterThanOrEqual(108_000);
      expect(delay).toBeLessThanOrEqual(132_000);
    }
  });
});
