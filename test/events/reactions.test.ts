import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS } from '../../lib/errors.ts';
import type { Consumer } from '../../lib/events/bus.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { eventsMigration } from '../../lib/events/outbox.ts';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { startReactions, type Reaction } from '../../lib/events/reactions.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { eventually, testEvent } from '../support/nats.ts';
import { tempDir } from '../support/stores.ts';

/**
 * The automation runner: a rule acts once per event, retries what may pass later (an owner
 * down) while later events wait, and skips with an error what never will (a reference that does
 * not exist) instead of holding back every later event for ever.
 */

let dir: ReturnType<typeof tempDir>;
let store: Database<PlatformTables>;
let bus: LocalBus;
let consumers: Consumer[] = [];

beforeEach(async () => {
  dir = tempDir('recordgraph-reactions-');
  store = await openDatabase<PlatformTables>({ url: join(dir.path, 'store.sqlite'), migrations: { '0001_events': eventsMigration } });
  bus = new LocalBus({ path: join(dir.path, 'events.sqlite'), pollMs: 20 });
});
afterEach(async () => {
  await Promise.all(consumers.map((consumer) => consumer.stop()));
  consumers = [];
  await bus.close();
  await store.close();
  dir.remove();
});

function run(reaction: Reaction<PlatformTables>, logged: string[] = []) {
  consumers = startReactions({
    db: store.db,
    bus,
    reactions: [reaction],
    committed: () => {},
    logger: {
      warn: (_details, message) => void logged.push(`warn: ${message}`),
      error: (_details, message) => void logged.push(`error: ${message}`),
    },
  });
}

const processedIds = async () => (await store.db.selectFrom('processed_events').select('event_id').execute()).map((row) => row.event_id);

describe('automation rules', () => {
  it('act once per event, however often it is delivered', async () => {
    const event = testEvent('Deal.won', 'dea_1');
    let writes = 0;
    const reaction: Reaction<PlatformTables> = {
      rule: 'test.once',
      types: ['Deal.won'],
      react: async (_event, once) => {
        await once(async () => void (writes += 1));
      },
    };
    run(reaction);
    await bus.publish(event);
    await eventually(async () => (await processedIds()).includes(event.id), 'the event was processed');
    // The same event again, as after a crash before the bus heard it was handled: here from a
    // second log, so only the store's record of processed events stands in the way.
    const replay = new LocalBus({ path: join(dir.path, 'replay.sqlite'), pollMs: 20 });
    try {
      const [consumer] = startReactions({ db: store.db, bus: replay, reactions: [reaction], committed: () => {} });
      await replay.publish(event);
      // Handled (its position saved) without a second write.
      const log = new SQLite(join(dir.path, 'replay.sqlite'), { readonly: true });
      const position = () =>
        (log.prepare(`select position from consumers where name = 'test.once'`).get() as { position: number } | undefined)?.position;
      await eventually(() => position() === 1, 'the rule has handled the copy').finally(() => log.close());
      await consumer?.stop();
    } finally {
      await replay.close();
    }
    expect(writes).toBe(1);
  });

  it('retry an event that failed for a passing reason, holding later events back until it succeeds', async () => {
    const first = testEvent('Deal.won', 'dea_1');
    const second = testEvent('Deal.won', 'dea_2');
    const seen: string[] = [];
    let failures = 2;
    const logged: string[] = [];
    run(
      {
        rule: 'test.retry',
        types: ['Deal.won'],
        react: async (event, once) => {
          if (event.id === first.id && failures-- > 0) throw new Error('crm is unavailable');
          await once(async () => void seen.push(event.entityId));
        },
      },
      logged,
    );
    await bus.publish(first);
    await bus.publish(second);
    await eventually(() => seen.length === 2, 'both events were handled');
    expect(seen).toEqual(['dea_1', 'dea_2']);
    expect(logged.filter((line) => line.startsWith('warn'))).toHaveLength(2);
  });

  it('skip, with an error logged, an event they can never act on, and go on with the next', async () => {
    const missing = testEvent('Deal.won', 'dea_gone');
    const next = testEvent('Deal.won', 'dea_2');
    const seen: string[] = [];
    const logged: string[] = [];
    run(
      {
        rule: 'test.final',
        types: ['Deal.won'],
        react: async (event, once) => {
          if (event.id === missing.id) throw ERRORS.REFERENCE_NOT_FOUND.err('Client cli_gone does not exist');
          await once(async () => void seen.push(event.entityId));
        },
      },
      logged,
    );
    await bus.publish(missing);
    await bus.publish(next);
    await eventually(() => seen.length === 1, 'the next event was handled');
    expect(seen).toEqual(['dea_2']);
    expect(await processedIds()).toEqual(expect.arrayContaining([missing.id, next.id]));
    expect(logged).toEqual(['error: automation rule cannot act on this event and skips it']);
  });
});
