import { describe, expect, it } from 'vitest';
import { fetchDeadline } from '../../../gateway/datasources/deadline-fetch.ts';
import { fullCollection } from '../../../lib/http/memory-ceiling.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a fetch deadline', () => {
  it('fires on time even when garbage is collected while it waits (AbortSignal.any holds its sources weakly)', async () => {
    const gc = fullCollection();
    expect(gc, 'V8 gc could not be reached').not.toBeNull();
    const caller = new AbortController();
    // Only the signal is kept, as Apollo's fetcher keeps it: the deadline object itself must hold the timeout.
    const deadline = fetchDeadline(50, caller.signal);
    const { signal } = deadline;
    await pause(10);
    gc?.();
    for (let waited = 0; !signal.aborted && waited < 5_000; waited += 25) {
      await pause(25);
      gc?.();
    }
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).name).toBe('TimeoutError');
    expect(deadline.timeout.aborted).toBe(true);
  });

  it('aborts when the caller goes away first', () => {
    const caller = new AbortController();
    const { signal } = fetchDeadline(60_000, caller.signal);
    caller.abort(new Error('client gone'));
    expect(signal.aborted).toBe(true);
  });
});
