import { describe, expect, it } from 'vitest';
import { InFlight } from '../../gateway/sharing/in-flight.ts';

/** Work shared by callers in flight at once (gateway/sharing/in-flight.ts): outcome, cancellation, forgetting. */

function held<T>(): {
  work: (signal: AbortSignal) => Promise<T>;
  finish: (value: T) => void;
  signal: () => AbortSignal | undefined;
  runs: () => number;
} {
  let finish: (value: T) => void = () => {};
  let signal: AbortSignal | undefined;
  let runs = 0;
  return {
    work: (given) => {
      runs++;
      signal = given;
      return new Promise<T>((resolve) => (finish = resolve));
    },
    finish: (value) => finish(value),
    signal: () => signal,
    runs: () => runs,
  };
}

describe('InFlight', () => {
  it('runs identical work once and gives every caller its outcome, then starts afresh', async () => {
    const flights = new InFlight<string>();
    const work = held<string>();
    const first = flights.run('k', undefined, work.work);
    const second = flights.run('k', undefined, work.work);
    expect([first.joined, second.joined]).toEqual([false, true]);
    work.finish('answer');
    expect(await Promise.all([first.result, second.result])).toEqual(['answer', 'answer']);
    expect(flights.size).toBe(0);
    flights.run('k', undefined, work.work);
    expect(work.runs()).toBe(2);
  });

  it('passes a failure to every caller', async () => {
    const flights = new InFlight<string>();
    const failing = () => Promise.reject(new Error('subgraph down'));
    const [a, b] = [flights.run('k', undefined, failing), flights.run('k', undefined, failing)];
    await expect(a.result).rejects.toThrow('subgraph down');
    await expect(b.result).rejects.toThrow('subgraph down');
  });

  it('keeps the work going while one caller is left, and aborts it when the last one goes', async () => {
    const flights = new InFlight<string>();
    const work = held<string>();
    const [one, two] = [new AbortController(), new AbortController()];
    const first = flights.run('k', one.signal, work.work);
    const second = flights.run('k', two.signal, work.work);
    one.abort(new Error('first caller left'));
    await expect(first.result).rejects.toThrow('first caller left');
    expect(work.signal()?.aborted).toBe(false);
    two.abort(new Error('second caller left'));
    await expect(second.result).rejects.toThrow('second caller left');
    expect(work.signal()?.aborted).toBe(true);
    // Work every caller left is not joined: the next caller starts its own.
    flights.run('k', undefined, work.work);
    expect(work.runs()).toBe(2);
  });

  it('does not let later callers join work begun before forgetAll (a write committed)', async () => {
    const flights = new InFlight<string>();
    const before = held<string>();
    const after = held<string>();
    const old = flights.run('k', undefined, before.work);
    flights.forgetAll();
    const fresh = flights.run('k', undefined, after.work);
    expect(fresh.joined).toBe(false);
    after.finish('new');
    before.finish('old');
    expect(await fresh.result).toBe('new');
    expect(await old.result).toBe('old');
  });
});
