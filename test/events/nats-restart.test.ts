import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { NatsBus } from '../../lib/events/nats-bus.ts';
import { createLogger } from '../../lib/observability/logger.ts';
import { eventually, natsServerMissing, requireNats, startPrivateNatsServer, testEvent, type PrivateNatsServer } from '../support/nats.ts';

/**
 * NATS goes away in the middle of a stream of events and comes back on the same port and store:
 * a durable consumer ends up with every event, in order, none lost. Publishing while NATS is down
 * fails, and is retried with the same id the way the outbox relay does; the stream keeps one copy.
 */

const missing = natsServerMissing();
if (missing && !requireNats) console.warn(`Skipping the NATS restart test: ${missing}.`);

describe.skipIf(missing !== null && !requireNats)('NatsBus across a NATS restart', () => {
  let server: PrivateNatsServer | null = null;
  let bus: NatsBus | null = null;
  const logLines: string[] = [];
  const logger = createLogger({ service: 'test', destination: { write: (line: string) => void logLines.push(line) } });
  const logged = (level: string) =>
    logLines
      .map((line) => JSON.parse(line) as { level: string; msg: string })
      .filter((line) => line.level === level)
      .map((line) => line.msg);

  beforeAll(async () => {
    expect(missing, 'CI=true needs a nats-server binary').toBeNull();
    server = await startPrivateNatsServer();
    bus = await NatsBus.connect({ url: server.url, stream: 'RGRESTART', logger });
  });
  afterAll(async () => {
    await bus?.close().catch(() => undefined);
    await server?.remove();
  });

  /** Publishes until the bus acknowledges, as a relay would: the same event, so the same id. */
  async function publishUntilAcknowledged(event: ChangeEvent): Promise<number> {
    for (let failures = 0; ; failures += 1) {
      try {
        await bus?.publish(event);
        return failures;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  it('delivers every event once and in order to a durable consumer and a tail after NATS restarts', { timeout: 60_000 }, async () => {
    if (!bus || !server) throw new Error('no bus');
    const seen: ChangeEvent[] = [];
    // A handler with some work to do, so NATS goes away while the consumer is still catching up.
    const consumer = bus.consume('restart-watcher', {}, async ({ event }) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push(event);
    });
    const tailed: ChangeEvent[] = [];
    const abortTail = new AbortController();
    const tailing = (async () => {
      for await (const { event } of bus.tail({ after: 0, signal: abortTail.signal })) tailed.push(event);
    })();
    const events = Array.from({ length: 30 }, (_, index) => testEvent(index % 2 ? 'Client.updated' : 'Invoice.issued', `cli_${index % 3}`));

    for (const event of events.slice(0, 10)) await publishUntilAcknowledged(event);
    await eventually(() => seen.length >= 1, 'the consumer had its first event');

    await server.stop('SIGTERM');
    // While NATS is down a publish fails (or times out); a relay retries it with the same id.
    await expect(bus.publish(events[10] as ChangeEvent)).rejects.toThrow();
    const restart = new Promise<void>((resolve, reject) => setTimeout(() => void server?.start().then(resolve, reject), 1_000));
    let failedPublishes = 1;
    for (const event of events.slice(10)) failedPublishes += await publishUntilAcknowledged(event);
    await restart;

    await eventually(() => new Set(seen.map((event) => event.id)).size === events.length, 'the consumer had every event', 40_000);
    await consumer.stop();
    await eventually(() => new Set(tailed.map((event) => event.id)).size === events.length, 'the tail had every event', 20_000);
    abortTail.abort();
    await tailing;

    const firstSeen = seen.filter((event, index) => seen.findIndex((other) => other.id === event.id) === index);
    expect(firstSeen.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(tailed.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(failedPublishes).toBeGreaterThan(0);
    // The re-published events were kept once: the log holds each event exactly once.
    const log = await bus.read({ after: 0, limit: 100 });
    expect(log.map((entry) => entry.event.id)).toEqual(events.map((event) => event.id));
    expect(logged('warn').filter((message) => message === 'NATS connection lost; reconnecting')).toHaveLength(1);
    expect(logged('info')).toEqual(['NATS connection restored']);
  });
});
