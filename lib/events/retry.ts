import type { BackoffPolicy } from '../backoff.ts';

/** A consumer retrying one event it failed to handle: 100 ms doubling to at most 30 s. */
export const EVENT_RETRY: BackoffPolicy = { initialMs: 100, maxMs: 30_000 };

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted) {
      done();
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });
}
