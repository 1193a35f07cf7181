import type { BusEvent, ChangeEvent, TypeFilter } from './envelope.ts';

/**
 * Where announced changes travel: one ordered, durable log that every subgraph's outbox relay
 * appends to and every consumer reads. Two implementations with one contract (test/events/bus
 * runs the same suite on both):
 *
 * - `LocalBus` (lib/events/local-bus.ts): the embedded default, a SQLite file (EVENT_LOG_PATH),
 *   shared by every process on the machine that opens it;
 * - `NatsBus` (lib/events/nats-bus.ts): one JetStream stream when NATS_URL is set, subjects
 *   `<prefix>.<source>.<Entity>.<verb>`, durable consumers.
 */
export interface EventBus {
  readonly kind: 'local' | 'nats';
  /**
   * Appends one event and resolves once the log holds it durably. Publishing an id the log
   * already holds is a no-op (the embedded log: always; JetStream: within its duplicate window),
   * so a relay that crashed before marking its outbox row and re-publishes leaves one copy.
   * Consumers still de-duplicate on the id: delivery is at least once.
   */
  publish(event: ChangeEvent): Promise<void>;
  /** Events after `after` (0 for the start), oldest first, at most `limit`: the change feed. */
  read(options: ReadOptions): Promise<BusEvent[]>;
  /** The position of the newest event in the log (0 when empty). */
  head(): Promise<number>;
  /** How many events of `types` (all when none) the log holds: the change feed's totalCount. */
  count(types?: TypeFilter): Promise<number>;
  /**
   * Deletes every event that `sources` announced (`recordgraph seed`, whose stores start over);
   * resolves with how many. Positions never go back: later events are numbered after every event
   * the log ever held, so consumers' positions stay valid.
   */
  forget(sources: readonly string[]): Promise<number>;
  /**
   * A durable consumer named `name`: `handler` sees every matching event once it is in the log,
   * in log order, one at a time. An event is acknowledged when `handler` resolves; when it
   * throws, the same event is offered again after a back-off and later events wait, so a
   * consumer never sees an entity's changes out of order. The position survives restarts of
   * the process and of the bus (at least once: a crash mid-handler re-delivers that event).
   */
  consume(name: string, options: ConsumeOptions, handler: (event: BusEvent) => Promise<void>): Consumer;
  /**
   * A live, non-durable tail for subscriptions: events after `after` (default: from now on),
   * as they arrive. Ends when `signal` aborts or the bus closes.
   */
  tail(options: TailOptions): AsyncIterable<BusEvent>;
  close(): Promise<void>;
}

export interface ReadOptions {
  after: number;
  types?: TypeFilter;
  limit: number;
}

export interface ConsumeOptions {
  types?: TypeFilter;
}

export interface TailOptions {
  after?: number;
  types?: TypeFilter;
  signal?: AbortSignal;
}

export interface Consumer {
  readonly name: string;
  /** Stops after the event in hand (if any) is handled; resolves when stopped. */
  stop(): Promise<void>;
}

/**
 * What both buses do to start a consumer: run its loop until it is stopped or the bus closes
 * (`closing`), and keep it in `running` so that closing the bus waits for it.
 */
export function startConsumer(
  name: string,
  closing: AbortSignal,
  running: Set<Promise<void>>,
  loop: (signal: AbortSignal) => Promise<void>,
): Consumer {
  const stopping = new AbortController();
  const done = loop(AbortSignal.any([stopping.signal, closing]));
  running.add(done);
  void done.finally(() => running.delete(done));
  return {
    name,
    stop: async () => {
      stopping.abort();
      await done;
    },
  };
}

/**
 * Whether `signal` has aborted by now. Loops that await re-read it through this call: the flag
 * changes while they wait, but TypeScript keeps it narrowed from the check before the await.
 */
export function aborted(signal: AbortSignal): boolean {
  return signal.aborted;
}
