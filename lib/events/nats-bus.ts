import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  StorageType,
  jetstream,
  jetstreamManager,
  type Consumer as JetStreamConsumer,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { backoffDelay, type BackoffPolicy } from '../backoff.ts';
import type { Logger } from '../observability/logger.ts';
import { aborted, startConsumer, type ConsumeOptions, type Consumer, type EventBus, type ReadOptions, type TailOptions } from './bus.ts';
import { isTypePattern, matchesTypes, type BusEvent, type ChangeEvent, type TypeFilter } from './envelope.ts';
import { EVENT_RETRY, sleep } from './retry.ts';

export interface NatsBusOptions {
  /** The NATS server(s) (NATS_URL), e.g. `nats://127.0.0.1:4222`. */
  url: string;
  /** The JetStream stream (NATS_STREAM, default `RECORDGRAPH`); its subjects are `<stream lowercased>.>`. */
  stream: string;
  /** Told once when NATS goes away and once when it is back. */
  logger?: Pick<Logger, 'warn' | 'info'>;
}

/** A relay that re-publishes after a crash does so within minutes: the stream drops repeats of an id seen this recently. */
const DUPLICATE_WINDOW_MS = 2 * 60_000;
/** How long a durable consumer's pull lasts before it is renewed; it sends heartbeats at half that. */
const PULL_EXPIRES_MS = 5_000;
/** Events one pull asks for: with max_ack_pending 1 the server still sends them one at a time. */
const PULL_BATCH = 100;
/** How long a tail's pull lasts; it sends heartbeats at half that. */
const TAIL_EXPIRES_MS = 5_000;
/**
 * How long the server waits for an acknowledgement before it offers the event again. A handler
 * that takes longer keeps its event by telling the server it is still working on it. Short,
 * because after NATS itself is killed an acknowledgement it had not yet written to disk is
 * forgotten, and the consumer waits this long before the event comes round again.
 */
const ACK_WAIT_MS = 10_000;
/** Waits between attempts to reach NATS again, at most 1 s: the client itself reconnects every 250 ms. */
const OUTAGE_RETRY: BackoffPolicy = { initialMs: 100, maxMs: 1_000 };
/** How long an acknowledgement waits for the server's confirmation before it is sent again. */
const ACK_CONFIRM_MS = 2_000;
const ACK = new TextEncoder().encode('+ACK');
/** Most messages a read pulls at once when it filters client-side. */
const READ_BATCH = 256;

const SUBJECT_TOKEN = /^[A-Za-z0-9_-]+$/;

/**
 * The bus on NATS JetStream: one file-backed stream, one subject per event
 * (`<prefix>.<source>.<Entity>.<verb>`), positions are stream sequences. JetStream drops a
 * re-published id (`msgID`), durable consumers keep their position on the server, and the
 * client reconnects for ever, so consumers ride through a NATS restart.
 */
export class NatsBus implements EventBus {
  readonly kind = 'nats';
  private readonly prefix: string;
  private readonly closing = new AbortController();
  private readonly consumers = new Set<Promise<void>>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly stream: string,
    private readonly logger?: NatsBusOptions['logger'],
  ) {
    this.prefix = stream.toLowerCase();
  }

  /** Connects and creates the stream when it is missing (an existing one is left as it is). */
  static async connect({ url, stream, logger }: NatsBusOptions): Promise<NatsBus> {
    const nc = await connect({ servers: url, name: `recordgraph:${stream}`, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    try {
      const jsm = await jetstreamManager(nc);
      await ensureStream(jsm, stream);
      const bus = new NatsBus(nc, jetstream(nc), jsm, stream, logger);
      void bus.watchConnection();
      return bus;
    } catch (error: unknown) {
      await nc.close();
      throw error;
    }
  }

  async publish(event: ChangeEvent): Promise<void> {
    if (!SUBJECT_TOKEN.test(event.source) || !isTypePattern(event.type) || event.type.endsWith('.*')) {
      throw new Error(`cannot publish event ${event.id}: source "${event.source}" or type "${event.type}" is not a subject`);
    }
    await this.js.publish(`${this.prefix}.${event.source}.${event.type}`, JSON.stringify(event), { msgID: event.id });
  }

  async read({ after, types, limit }: ReadOptions): Promise<BusEvent[]> {
    if (limit <= 0) return [];
    const filter = this.subjectFor(types);
    const consumer = await this.orderedConsumer(after + 1, filter.subject);
    try {
      // num_pending tells how many events there are to read: no waiting for a pull to expire.
      let pending = (await consumer.info()).num_pending;
      const events: BusEvent[] = [];
      while (events.length < limit && pending > 0) {
        const wanted = filter.exact ? limit - events.length : READ_BATCH;
        const messages = await consumer.fetch({ max_messages: Math.min(pending, wanted), expires: 5_000 });
        let received = 0;
        for await (const msg of messages) {
          received += 1;
          pending = msg.info.pending;
          const event = toBusEvent(msg);
          if (matchesTypes(event.event.type, types)) events.push(event);
          if (events.length === limit) break;
        }
        // The server said more were there and sent none: not the end of the log, so not a last page.
        if (!received) throw new Error(`reading ${this.stream} after ${after}: ${pending} events pending, none delivered`);
      }
      return events;
    } finally {
      await consumer.delete().catch(() => false);
    }
  }

  async head(): Promise<number> {
    return (await this.jsm.streams.info(this.stream)).state.last_seq;
  }

  /** Counted by the server, per subject: a type's events are all on its subjects. */
  async count(types?: TypeFilter): Promise<number> {
    if (!types?.length) return (await this.jsm.streams.info(this.stream)).state.messages;
    // An exact type of an entity whose `Entity.*` is asked for too is already in that pattern's count.
    const wholeEntities = new Set(types.filter((type) => type.endsWith('.*')).map((type) => type.slice(0, -2)));
    const patterns = [...new Set(types)].filter((type) => type.endsWith('.*') || !wholeEntities.has(type.slice(0, type.indexOf('.'))));
    let total = 0;
    for (const pattern of patterns) {
      const info = await this.jsm.streams.info(this.stream, { subjects_filter: `${this.prefix}.*.${pattern}` });
      for (const messages of Object.values(info.state.subjects ?? {})) total += messages;
    }
    return total;
  }

  /** Purged by subject: a source's events are all under `<prefix>.<source>.>`. Stream sequences never go back. */
  async forget(sources: readonly string[]): Promise<number> {
    let purged = 0;
    for (const source of sources) purged += (await this.jsm.streams.purge(this.stream, { filter: `${this.prefix}.${source}.>` })).purged;
    return purged;
  }

  consume(name: string, options: ConsumeOptions, handler: (event: BusEvent) => Promise<void>): Consumer {
    return startConsumer(name, this.closing.signal, this.consumers, (signal) => this.runConsumer(name, options.types, handler, signal));
  }

  async *tail({ after, types, signal }: TailOptions): AsyncIterable<BusEvent> {
    const done = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    if (done.aborted) return;
    // "From now" is after the head when the tail starts, as a position: the ordered consumer can
    // then be recreated at the right place after a reconnect.
    const start = (after ?? (await this.head())) + 1;
    const consumer = await this.orderedConsumer(start, this.subjectFor(types).subject);
    // Short pulls: after an outage the tail notices missed heartbeats within seconds and recreates its consumer.
    const messages = await consumer.consume({ max_messages: 100, expires: TAIL_EXPIRES_MS });
    const stop = () => void messages.close();
    done.addEventListener('abort', stop, { once: true });
    // Ended while the consumer was being set up: the listener came too late to hear it.
    if (aborted(done)) stop();
    try {
      for await (const msg of messages) {
        if (aborted(done)) return;
        const event = toBusEvent(msg);
        if (matchesTypes(event.event.type, types)) yield event;
      }
    } finally {
      done.removeEventListener('abort', stop);
      await messages.close().catch(() => undefined);
      await consumer.delete().catch(() => false);
    }
  }

  async close(): Promise<void> {
    this.closing.abort();
    await Promise.all(this.consumers);
    if (!this.nc.isClosed()) await this.nc.drain();
  }

  /**
   * One durable consumer's loop: one long pull, each event handled and acknowledged before the
   * next; outages are waited out. The pull stays open across events (a pull per event costs a
   * subscription and a round trip more each time), and with max_ack_pending 1 the server sends
   * the next event only once this one is acknowledged, so the acknowledgement and the next
   * event cross in one round trip.
   */
  private async runConsumer(
    name: string,
    types: TypeFilter,
    handler: (event: BusEvent) => Promise<void>,
    signal: AbortSignal,
  ): Promise<void> {
    for (let failures = 0; !signal.aborted;) {
      try {
        const consumer = await this.durableConsumer(name, types);
        if (aborted(signal)) return;
        // A consumer deleted under us ends the pull with an error: it is created again below.
        const messages = await consumer.consume({ max_messages: PULL_BATCH, expires: PULL_EXPIRES_MS, abort_on_missing_resource: true });
        // Stopping ends the pull at once, before the event in hand is acknowledged, so the server has
        // nowhere to send the next one; whatever already arrived still comes out of the loop below.
        const stop = () => messages.stop();
        signal.addEventListener('abort', stop, { once: true });
        // Stopped while the pull was being set up: the listener came too late to hear it.
        if (aborted(signal)) stop();
        try {
          for await (const msg of messages) {
            failures = 0;
            // Stopped while waiting: hand the event straight back rather than leave it to the ack timeout.
            if (aborted(signal)) msg.nak();
            else await this.deliver(msg, types, handler, signal);
          }
        } finally {
          signal.removeEventListener('abort', stop);
          messages.stop();
        }
        if (!aborted(signal)) throw new Error(`the pull of event consumer ${name} ended`);
      } catch (error: unknown) {
        if (!this.nc.isClosed() && failures === 0)
          this.logger?.warn({ consumer: name, err: error }, 'event consumer cannot pull from NATS; retrying');
        await sleep(backoffDelay(OUTAGE_RETRY, failures), signal);
        failures += 1;
      }
    }
  }

  private async deliver(msg: JsMsg, types: TypeFilter, handler: (event: BusEvent) => Promise<void>, signal: AbortSignal): Promise<void> {
    const event = toBusEvent(msg);
    if (!matchesTypes(event.event.type, types)) {
      await this.acknowledge(msg, signal);
      return;
    }
    const stillWorking = setInterval(() => msg.working(), ACK_WAIT_MS / 3);
    try {
      await handler(event);
    } catch {
      // Not acknowledged: the server offers the same event again after the back-off, and holds later ones.
      msg.nak(backoffDelay(EVENT_RETRY, msg.info.deliveryCount - 1));
      return;
    } finally {
      clearInterval(stillWorking);
    }
    await this.acknowledge(msg, signal);
  }

  /**
   * Acknowledges until the server confirms: an acknowledgement lost in an outage would hold every
   * later event back for the ack wait and then hand this one out again. A stop gives up (at least once).
   */
  private async acknowledge(msg: JsMsg, signal: AbortSignal): Promise<void> {
    const sent = await msg.ackAck().catch(() => false);
    if (sent) return;
    // nats.js sends a message's acknowledgement only once; later attempts go to its ack subject.
    const ackSubject = 'reply' in msg && typeof msg.reply === 'string' ? msg.reply : '';
    for (let failures = 0; ackSubject && !signal.aborted && !this.nc.isClosed(); failures += 1) {
      await sleep(backoffDelay(OUTAGE_RETRY, failures), signal);
      const confirmed = await this.nc.request(ackSubject, ACK, { timeout: ACK_CONFIRM_MS }).then(
        () => true,
        () => false,
      );
      if (confirmed) return;
    }
  }

  /** Creates the durable consumer, or moves an existing one to this filter and acknowledgement wait. */
  private async durableConsumer(rule: string, types: TypeFilter): Promise<JetStreamConsumer> {
    const name = durableName(rule);
    const config = {
      durable_name: name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.subjectFor(types).subject,
      max_ack_pending: 1,
      ack_wait: nanos(ACK_WAIT_MS),
    };
    const existing = await this.jsm.consumers.info(this.stream, name).catch((error: unknown) => {
      if (isNotFound(error)) return null;
      throw error;
    });
    if (!existing) await this.jsm.consumers.add(this.stream, config);
    else if (existing.config.filter_subject !== config.filter_subject || existing.config.ack_wait !== config.ack_wait) {
      await this.jsm.consumers.update(this.stream, name, { filter_subject: config.filter_subject, ack_wait: config.ack_wait });
    }
    return this.js.consumers.get(this.stream, name);
  }

  private orderedConsumer(startSeq: number, subject: string): Promise<JetStreamConsumer> {
    return this.js.consumers.get(this.stream, {
      filter_subjects: subject,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: startSeq,
    });
  }

  /**
   * The one subject a filter maps to (nats-server 2.9 takes a single filter subject per consumer),
   * and whether it is exact; several patterns read everything and are filtered here.
   */
  private subjectFor(types: TypeFilter): { subject: string; exact: boolean } {
    const only = types?.length === 1 ? types[0] : undefined;
    if (!types?.length) return { subject: `${this.prefix}.>`, exact: true };
    if (only !== undefined && isTypePattern(only)) return { subject: `${this.prefix}.*.${only}`, exact: true };
    return { subject: `${this.prefix}.>`, exact: false };
  }

  /** One warning per outage, one line when NATS is back. */
  private async watchConnection(): Promise<void> {
    let down = false;
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect' && !down) {
        down = true;
        this.logger?.warn({ stream: this.stream, server: status.server }, 'NATS connection lost; reconnecting');
      } else if (status.type === 'reconnect' && down) {
        down = false;
        this.logger?.info({ stream: this.stream, server: status.server }, 'NATS connection restored');
      }
    }
  }
}

async function ensureStream(jsm: JetStreamManager, stream: string): Promise<void> {
  try {
    await jsm.streams.info(stream);
  } catch (error: unknown) {
    if (!isNotFound(error)) throw error;
    await jsm.streams.add({
      name: stream,
      subjects: [`${stream.toLowerCase()}.>`],
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  }
}

/** JetStream names take no `.`, `*`, `>` or spaces: `projects.openProjectForWonDeal` becomes `projects_openProjectForWonDeal`. */
function durableName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

function toBusEvent(msg: JsMsg): BusEvent {
  return { position: msg.seq, event: msg.json<ChangeEvent>() };
}

/** The stream or the consumer asked about does not exist (yet). */
function isNotFound(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError &&
    (error.code === JetStreamApiCodes.StreamNotFound || error.code === JetStreamApiCodes.ConsumerNotFound)
  );
}
