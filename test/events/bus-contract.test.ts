import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Consumer, EventBus } from '../../lib/events/bus.ts';
import type { BusEvent, ChangeEvent } from '../../lib/events/envelope.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { NatsBus } from '../../lib/events/nats-bus.ts';
import { NATS_TEST_URL, deleteStream, eventually, natsReachable, requireNats, testEvent, uniqueStreamName } from '../support/nats.ts';
import { tempDir } from '../support/stores.ts';

/**
 * The EventBus contract (lib/events/bus.ts), run on both buses: LocalBus on a temporary SQLite
 * file and NatsBus on a JetStream stream of its own. A second bus object on the same log stands
 * for a restarted process.
 */

interface BusUnderTest {
  /** A bus object on this test's log; every call opens another one on the same log. */
  open(): Promise<EventBus>;
  /** Resolves once a tail started on `bus` is in place (from then on "from now" is fixed). */
  tailStarted(): Promise<void>;
}

interface BusSetup {
  name: string;
  available: boolean;
  requireService?: string;
  create(): Promise<BusUnderTest & { remove(): Promise<void> }>;
}

const natsUp = await natsReachable();
if (!natsUp && !requireNats) console.warn(`Skipping the NatsBus contract tests: nothing listens on ${NATS_TEST_URL}.`);

const setups: BusSetup[] = [
  {
    name: 'LocalBus',
    available: true,
    create: async () => {
      const dir = tempDir('recordgraph-bus-');
      const path = join(dir.path, 'events.sqlite');
      return {
        open: async () => new LocalBus({ path, pollMs: 20 }),
        // The tail reads the head synchronously from SQLite as soon as it is first awaited.
        tailStarted: () => new Promise((resolve) => setTimeout(resolve, 10)),
        remove: async () => dir.remove(),
      };
    },
  },
  {
    name: 'NatsBus',
    available: natsUp,
    requireService: requireNats ? `CI=true needs NATS at ${NATS_TEST_URL}` : undefined,
    create: async () => {
      const stream = uniqueStreamName();
      return {
        open: () => NatsBus.connect({ url: NATS_TEST_URL, stream }),
        tailStarted: () => eventually(() => consumerCount(stream).then((count) => count > 0), 'the tail has its consumer'),
        remove: () => deleteStream(stream),
      };
    },
  },
];

async function consumerCount(stream: string): Promise<number> {
  const nc = await connect({ servers: NATS_TEST_URL });
  try {
    const jsm = await jetstreamManager(nc);
    return (await jsm.consumers.list(stream).next()).length;
  } finally {
    await nc.close();
  }
}

for (const setup of setups) {
  describe.skipIf(!setup.available && !setup.requireService)(`${setup.name} keeps the EventBus contract`, () => {
    let underTest: Awaited<ReturnType<BusSetup['create']>>;
    const opened: EventBus[] = [];
    const running: Consumer[] = [];
    const open = async () => {
      const bus = await underTest.open();
      opened.push(bus);
      return bus;
    };

    beforeAll(() => {
      if (setup.requireService) expect(setup.available, setup.requireService).toBe(true);
    });
    beforeEach(async () => {
      underTest = await setup.create();
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
      await Promise.all(opened.splice(0).map((bus) => bus.close()));
      await underTest.remove();
    });

    async function publishAll(bus: EventBus, events: ChangeEvent[]): Promise<void> {
      for (const event of events) await bus.publish(event);
    }

    /** Starts a durable consumer that records what it was handed. */
    function record(bus: EventBus, name: string, types?: string[], handler?: (event: BusEvent) => Promise<void>) {
      const seen: BusEvent[] = [];
      const consumer = bus.consume(name, { types }, async (event) => {
        await handler?.(event);
        seen.push(event);
      });
      running.push(consumer);
      return { seen, consumer };
    }

    const ids = (events: BusEvent[]) => events.map((entry) => entry.event.id);

    it('reads back what was published, in order, with increasing positions', async () => {
      const bus = await open();
      const events = [testEvent('Client.created'), testEvent('Client.updated'), testEvent('Invoice.issued')];
      await publishAll(bus, events);

      const all = await bus.read({ after: 0, limit: 10 });
      expect(ids(all)).toEqual(events.map((event) => event.id));
      expect(all.map((entry) => entry.event)).toEqual(events);
      const positions = all.map((entry) => entry.position);
      expect(positions[0]).toBeGreaterThan(0);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(3);

      expect(ids(await bus.read({ after: positions[0] ?? 0, limit: 1 }))).toEqual([events[1]?.id]);
      expect(await bus.read({ after: positions[2] ?? 0, limit: 10 })).toEqual([]);
      expect(await bus.head()).toBe(positions[2]);
    });

    it('keeps one copy of an event published twice', async () => {
      const bus = await open();
      const event = testEvent('Client.created');
      await bus.publish(event);
      await bus.publish(event);
      await (await open()).publish(event);

      const all = await bus.read({ after: 0, limit: 10 });
      expect(ids(all)).toEqual([event.id]);
      expect(await bus.head()).toBe(all[0]?.position);
    });

    it('reads only the types asked for', async () => {
      const bus = await open();
      const events = [
        testEvent('Client.created'),
        testEvent('Invoice.issued'),
        testEvent('Client.updated'),
        testEvent('Project.phaseChanged'),
        testEvent('Invoice.paid'),
      ];
      await publishAll(bus, events);
      const [clientCreated, invoiceIssued, clientUpdated, projectChanged, invoicePaid] = events.map((event) => event.id);

      expect(ids(await bus.read({ after: 0, types: ['Client.updated'], limit: 10 }))).toEqual([clientUpdated]);
      expect(ids(await bus.read({ after: 0, types: ['Client.*'], limit: 10 }))).toEqual([clientCreated, clientUpdated]);
      expect(ids(await bus.read({ after: 0, types: ['Invoice.paid', 'Project.*'], limit: 10 }))).toEqual([projectChanged, invoicePaid]);
      expect(ids(await bus.read({ after: 0, types: ['Invoice.*', 'Client.updated'], limit: 2 }))).toEqual([invoiceIssued, clientUpdated]);
      expect(ids(await bus.read({ after: 0, types: [], limit: 10 }))).toEqual(events.map((event) => event.id));
      expect(await bus.read({ after: 0, types: ['Deal.won'], limit: 10 })).toEqual([]);

      const [first] = await bus.read({ after: 0, types: ['Invoice.*'], limit: 1 });
      expect(ids(await bus.read({ after: first?.position ?? 0, types: ['Invoice.*'], limit: 10 }))).toEqual([invoicePaid]);
    });

    it('stops a consumer and a tail at once, even while they are still being set up', async () => {
      const bus = await open();
      const consumer = bus.consume('stopped.early', {}, async () => {});
      await consumer.stop();
      const ending = new AbortController();
      const tail = bus.tail({ signal: ending.signal })[Symbol.asyncIterator]();
      const next = tail.next();
      ending.abort();
      expect(await next).toEqual({ done: true, value: undefined });
    });

    it('counts the events of the types asked for', async () => {
      const bus = await open();
      expect(await bus.count()).toBe(0);
      await publishAll(bus, [
        testEvent('Client.created'),
        testEvent('Invoice.issued'),
        testEvent('Client.updated'),
        testEvent('Invoice.paid', 'inv_1', 'accounting'),
      ]);
      expect(await bus.count()).toBe(4);
      expect(await bus.count(['Client.*'])).toBe(2);
      expect(await bus.count(['Invoice.paid'])).toBe(1);
      // An exact type inside an Entity.* asked for too is counted once.
      expect(await bus.count(['Client.*', 'Client.updated', 'Invoice.issued'])).toBe(3);
      expect(await bus.count(['Deal.won'])).toBe(0);
    });

    it('says where the head of the log is', async () => {
      const bus = await open();
      expect(await bus.head()).toBe(0);
      await publishAll(bus, [testEvent('Client.created'), testEvent('Client.updated')]);
      const all = await bus.read({ after: 0, limit: 10 });
      expect(await bus.head()).toBe(all[1]?.position);
    });

    it('forgets the events of the sources asked for, and numbers later events after every one it held', async () => {
      const bus = await open();
      const accounting = testEvent('Invoice.issued', 'inv_1', 'accounting');
      await publishAll(bus, [testEvent('Client.created', 'cli_1', 'crm'), accounting, testEvent('Client.updated', 'cli_1', 'crm')]);
      const head = await bus.head();
      expect(await bus.forget(['crm'])).toBe(2);
      expect(ids(await bus.read({ after: 0, limit: 10 }))).toEqual([accounting.id]);
      expect(await bus.count()).toBe(1);
      expect(await bus.forget([])).toBe(0);
      const later = testEvent('Client.created', 'cli_1', 'crm');
      await bus.publish(later);
      const [entry] = await bus.read({ after: head, limit: 10 });
      expect(entry?.event.id).toBe(later.id);
      expect(entry?.position).toBeGreaterThan(head);
    });

    it('hands a durable consumer every event in order and resumes where it stopped', async () => {
      const bus = await open();
      const first = [testEvent('Client.created'), testEvent('Invoice.issued'), testEvent('Client.updated')];
      await publishAll(bus, first);
      // Named as automation rules are (`<domain>.<rule>`), which JetStream's own names may not be.
      const before = record(bus, 'accounting.billing');
      await eventually(() => before.seen.length === 3, 'the consumer had the first three events');
      await before.consumer.stop();
      expect(ids(before.seen)).toEqual(first.map((event) => event.id));

      const later = [testEvent('Invoice.paid'), testEvent('Client.updated')];
      await publishAll(bus, later);
      // Another bus object on the same log, as after a restart of the process.
      const after = record(await open(), 'accounting.billing');
      await eventually(() => after.seen.length === 2, 'the consumer had the two later events');
      const extra = testEvent('Client.updated');
      await bus.publish(extra);
      await eventually(() => after.seen.length === 3, 'the consumer had the extra event');
      expect(ids(after.seen)).toEqual([...later, extra].map((event) => event.id));
    });

    it('gives each consumer name its own position and its own types', async () => {
      const bus = await open();
      const events = [
        testEvent('Client.created'),
        testEvent('Invoice.issued'),
        testEvent('Project.phaseChanged'),
        testEvent('Invoice.paid'),
      ];
      await publishAll(bus, events);
      const invoices = record(bus, 'invoices', ['Invoice.*']);
      const mixed = record(bus, 'mixed', ['Client.created', 'Invoice.paid']);
      const everything = record(bus, 'everything');
      await eventually(
        () => invoices.seen.length === 2 && mixed.seen.length === 2 && everything.seen.length === 4,
        'every consumer had its events',
      );
      expect(ids(invoices.seen)).toEqual([events[1]?.id, events[3]?.id]);
      expect(ids(mixed.seen)).toEqual([events[0]?.id, events[3]?.id]);
      expect(ids(everything.seen)).toEqual(events.map((event) => event.id));
    });

    it('offers an event again after its handler throws, and later events wait', async () => {
      const bus = await open();
      const events = [testEvent('Client.created'), testEvent('Client.updated'), testEvent('Client.updated')];
      const attempts: string[] = [];
      let failuresLeft = 2;
      const { seen } = record(bus, 'flaky', undefined, async ({ event }) => {
        attempts.push(event.id);
        if (event.id === events[1]?.id && failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('downstream unavailable');
        }
      });
      await publishAll(bus, events);
      await eventually(() => seen.length === 3, 'the consumer handled all three events');
      const [a, b, c] = events.map((event) => event.id);
      expect(attempts).toEqual([a, b, b, b, c]);
      expect(ids(seen)).toEqual([a, b, c]);
    });

    it('finishes the event in hand on stop and does not hand it out again', async () => {
      const bus = await open();
      const events = [testEvent('Client.created'), testEvent('Client.updated')];
      let release = () => {};
      let inHand = false;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow = record(bus, 'slow', undefined, async ({ event }) => {
        inHand = true;
        if (event.id === events[0]?.id) await gate;
      });
      await bus.publish(events[0] as ChangeEvent);
      await eventually(() => inHand, 'the handler has the first event');
      const stopped = slow.consumer.stop();
      release();
      await stopped;
      expect(ids(slow.seen)).toEqual([events[0]?.id]);

      await bus.publish(events[1] as ChangeEvent);
      const resumed = record(await open(), 'slow');
      await eventually(() => ids(resumed.seen).includes(events[1]?.id ?? ''), 'the resumed consumer had the next event');
      expect(ids(resumed.seen)).toEqual([events[1]?.id]);
    });

    it('tails from a position and keeps following', async () => {
      const bus = await open();
      const events = [testEvent('Client.created'), testEvent('Invoice.issued'), testEvent('Client.updated')];
      await publishAll(bus, events);
      const [first] = await bus.read({ after: 0, limit: 1 });
      const abort = new AbortController();
      const tailed: BusEvent[] = [];
      const following = (async () => {
        for await (const entry of bus.tail({ after: first?.position ?? 0, signal: abort.signal })) tailed.push(entry);
      })();
      await eventually(() => tailed.length === 2, 'the tail caught up');
      const live = testEvent('Client.updated');
      await bus.publish(live);
      await eventually(() => tailed.length === 3, 'the tail had the live event');
      abort.abort();
      await following;
      expect(ids(tailed)).toEqual([events[1]?.id, events[2]?.id, live.id]);
    });

    it('tails from now with a type filter, and ends when the bus closes', async () => {
      const bus = await open();
      await bus.publish(testEvent('Client.created'));
      const tailed: BusEvent[] = [];
      const following = (async () => {
        for await (const entry of bus.tail({ types: ['Client.*'] })) tailed.push(entry);
      })();
      await underTest.tailStarted();
      const events = [testEvent('Invoice.issued'), testEvent('Client.updated')];
      await publishAll(bus, events);
      await eventually(() => tailed.length === 1, 'the tail had the new client event');
      await bus.close();
      await following;
      expect(ids(tailed)).toEqual([events[1]?.id]);
    });
  });
}
