import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Poller, type PollerOptions } from '../../../lib/events/poller.ts';

/**
 * The Poller's rules, on fake timers: it is scheduling logic, so the clock is moved by hand and
 * nothing waits on a real one. Each round is a promise the test settles when it wants.
 */

const POLL_MS = 1_000;

/** Rounds a test left unsettled, settled after it so that stopping its poller does not wait for ever. */
const unsettled = new Set<() => void>();

/** A round the test controls: every call is recorded and waits until the test settles it. */
function controlledRounds() {
  const calls: { settle(more: boolean): void; fail(error: Error): void }[] = [];
  let active = 0;
  let mostAtOnce = 0;
  const round = () =>
    new Promise<boolean>((resolve, reject) => {
      active += 1;
      mostAtOnce = Math.max(mostAtOnce, active);
      const leftOver = () => resolve(false);
      unsettled.add(leftOver);
      const done = () => {
        active -= 1;
        unsettled.delete(leftOver);
      };
      calls.push({
        settle: (more) => {
          done();
          resolve(more);
        },
        fail: (error) => {
          done();
          reject(error);
        },
      });
    });
  return {
    round,
    calls,
    get started() {
      return calls.length;
    },
    get mostAtOnce() {
      return mostAtOnce;
    },
    /** Settles the newest round. */
    last() {
      const call = calls.at(-1);
      if (!call) throw new Error('no round started');
      return call;
    },
  };
}

/** Lets timers due by then fire and every promise they settle run. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('Poller', () => {
  const pollers: Poller[] = [];
  function poller(options: Partial<PollerOptions> & Pick<PollerOptions, 'round'>) {
    const created = new Poller({ pollMs: POLL_MS, failing: () => {}, ...options });
    pollers.push(created);
    return created;
  }

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const settle of unsettled) settle();
    unsettled.clear();
    await Promise.all(pollers.splice(0).map((created) => created.stop()));
  });

  it('runs a round once started, then one every pollMs', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    await advance(POLL_MS * 5);
    expect(rounds.started).toBe(0);

    work.start();
    await advance(0);
    expect(rounds.started).toBe(1);
    rounds.last().settle(false);
    await advance(POLL_MS - 1);
    expect(rounds.started).toBe(1);
    await advance(1);
    expect(rounds.started).toBe(2);
    rounds.last().settle(false);
    await advance(POLL_MS);
    expect(rounds.started).toBe(3);
  });

  it('never runs two rounds at once, however often it is woken or asked for exclusive work', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    work.start();
    await advance(0);
    const flushed: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      work.wake();
      void work.exclusive(async () => void flushed.push(`flush ${i}`));
      await advance(POLL_MS);
    }
    expect(rounds.started).toBe(1);
    expect(flushed).toEqual([]);

    rounds.last().settle(false);
    await advance(0);
    // The exclusive work queued behind the round ran; the woken round runs after it, alone.
    expect(flushed).toHaveLength(5);
    expect(rounds.started).toBe(2);
    expect(rounds.mostAtOnce).toBe(1);
  });

  it('runs another round straight after the one in hand when woken during it', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    work.start();
    await advance(0);
    work.wake();
    work.wake();
    rounds.last().settle(false);
    // No clock moved: the second round follows the first at once, and only one for both wakes.
    await advance(0);
    expect(rounds.started).toBe(2);
    rounds.last().settle(false);
    await advance(POLL_MS - 1);
    expect(rounds.started).toBe(2);
  });

  it('runs a round at once when woken between polls', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    work.start();
    await advance(0);
    rounds.last().settle(false);
    await advance(POLL_MS / 2);
    work.wake();
    await advance(0);
    expect(rounds.started).toBe(2);
  });

  it('runs rounds back to back while a round says there is more', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    work.start();
    await advance(0);
    for (const more of [true, true, true]) {
      rounds.last().settle(more);
      await advance(0);
    }
    expect(rounds.started).toBe(4);
    rounds.last().settle(false);
    await advance(POLL_MS - 1);
    expect(rounds.started).toBe(4);
  });

  it('tells of an outage once and of the recovery once, and waits a poll after a failure', async () => {
    const rounds = controlledRounds();
    const failing = vi.fn<PollerOptions['failing']>();
    const recovered = vi.fn<NonNullable<PollerOptions['recovered']>>();
    const work = poller({ round: rounds.round, failing, recovered });
    work.start();
    await advance(0);

    const first = new Error('store unreachable');
    rounds.last().fail(first);
    await advance(0);
    // A failed round is not retried at once, even when it was woken meanwhile.
    expect(rounds.started).toBe(1);
    for (let i = 0; i < 3; i += 1) {
      await advance(POLL_MS);
      rounds.last().fail(new Error('still unreachable'));
    }
    await advance(0);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledWith(first);
    expect(recovered).not.toHaveBeenCalled();

    await advance(POLL_MS);
    rounds.last().settle(false);
    await advance(0);
    expect(recovered).toHaveBeenCalledTimes(1);
    await advance(POLL_MS);
    rounds.last().settle(false);
    await advance(0);
    expect(recovered).toHaveBeenCalledTimes(1);

    // The next outage is a new one.
    await advance(POLL_MS);
    rounds.last().fail(new Error('down again'));
    await advance(0);
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('waits on stop for the round in hand, then runs none, not even exclusive work', async () => {
    const rounds = controlledRounds();
    const failing = vi.fn<PollerOptions['failing']>();
    const work = poller({ round: rounds.round, failing });
    work.start();
    await advance(0);
    const queued = work.exclusive(async () => 'flushed');
    let stopped = false;
    const stopping = work.stop().then(() => (stopped = true));
    await advance(POLL_MS);
    expect(stopped).toBe(false);

    // The round in hand says there is more: no further round for it after a stop.
    rounds.last().settle(true);
    await stopping;
    await expect(queued).rejects.toThrow(/stopped/);
    work.wake();
    work.start();
    await advance(POLL_MS * 5);
    expect(rounds.started).toBe(1);
    await expect(work.exclusive(async () => 'late')).rejects.toThrow(/stopped/);
    expect(failing).not.toHaveBeenCalled();
  });

  it('does not take a round refused by a stop for an outage', async () => {
    const rounds = controlledRounds();
    const failing = vi.fn<PollerOptions['failing']>();
    const work = poller({ round: rounds.round, failing });
    work.start();
    await advance(0);
    rounds.last().settle(false);
    let release = () => {};
    const flushing = work.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    // Woken while a flush runs: the round waits its turn behind it, and the stop comes first.
    work.wake();
    await advance(0);
    const stopping = work.stop();
    release();
    await flushing;
    await stopping;
    await advance(POLL_MS);
    expect(rounds.started).toBe(1);
    expect(failing).not.toHaveBeenCalled();
  });

  it('stops a poller that never started, or is waiting for its next poll, at once', async () => {
    const rounds = controlledRounds();
    const unstarted = poller({ round: rounds.round });
    await unstarted.stop();
    const waiting = poller({ round: rounds.round });
    waiting.start();
    await advance(0);
    rounds.last().settle(false);
    await advance(0);
    await waiting.stop();
    await advance(POLL_MS * 5);
    expect(rounds.started).toBe(1);
  });

  it('does exclusive work before it is started', async () => {
    const rounds = controlledRounds();
    const work = poller({ round: rounds.round });
    expect(await work.exclusive(async () => 42)).toBe(42);
    expect(rounds.started).toBe(0);
  });
});
