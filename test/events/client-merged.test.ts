import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTags, changeOfEvent } from '../../gateway/entity-cache/tags.ts';
import type { ChangeEvent } from '../../lib/events/envelope.ts';
import { LocalBus } from '../../lib/events/local-bus.ts';
import { startReactions, type Reaction } from '../../lib/events/reactions.ts';
import { ReferenceChecker } from '../../lib/references.ts';
import { openDatabase, type Database } from '../../lib/store/database.ts';
import { runWrite } from '../../lib/writes/transaction.ts';
import { SYSTEM_ACTOR } from '../../lib/writes/actor.ts';
import { accountingReactions } from '../../subgraphs/accounting/automation.ts';
import { insertDraftInvoice } from '../../subgraphs/accounting/store/invoices.ts';
import { migrations } from '../../subgraphs/accounting/store/migrations.ts';
import type { AccountingDatabase } from '../../subgraphs/accounting/store/schema.ts';
import { eventually, testEvent } from '../support/nats.ts';
import { snapshotStore } from '../support/snapshot.ts';
import { tempDir } from '../support/stores.ts';

/**
 * A domain's reaction to `Client.merged` (lib/events/client-merged.ts), on accounting's store:
 * its invoices move to the survivor through its own versioned writes, each announced with both
 * clients in its references (so the gateway drops what it cached of either), and the same event
 * delivered again writes nothing.
 */

const RULE = 'accounting.repointMergedClient';
const dir = tempDir('recordgraph-client-merged-');
const url = join(dir.path, 'accounting.sqlite');
let store: Database<AccountingDatabase>;

beforeAll(async () => {
  store = await openDatabase<AccountingDatabase>({ url, migrations });
  await runWrite(store.db, SYSTEM_ACTOR, async (trx) => {
    for (const id of ['inv_merged1', 'inv_merged2', 'inv_other1']) {
      const clientId = id.startsWith('inv_merged') ? 'cli_merged' : 'cli_other';
      await insertDraftInvoice(trx, { id, clientId, currency: 'USD' }, [
        { description: 'Work', quantity_milli: 1000, unit_price_minor: 10000, amount_minor: 10000 },
      ]);
    }
  });
});
afterAll(async () => {
  await store.close();
  dir.remove();
});

function reaction(bus: LocalBus): Reaction<AccountingDatabase> {
  const events = {
    bus,
    outboxPollMs: 50,
    executors: {},
    serviceToken: async () => null,
    billingHourlyRate: '150.00',
  };
  const deps = { databaseUrl: url, references: new ReferenceChecker({}), reportingCurrency: 'USD' };
  const found = accountingReactions(store.db, events, deps).find((candidate) => candidate.rule === RULE);
  if (!found) throw new Error(`accounting has no ${RULE}`);
  return found;
}

/** Delivers `event` to the reaction on a bus of its own, as a (re)started consumer would; resolves once it was handled. */
async function deliver(event: ChangeEvent): Promise<void> {
  const bus = new LocalBus({ path: join(dir.path, `bus-${Math.random().toString(36).slice(2)}.sqlite`), pollMs: 20 });
  const handled: string[] = [];
  const rule = reaction(bus);
  const consumers = startReactions({
    db: store.db,
    bus,
    reactions: [{ ...rule, react: async (...args) => (await rule.react(...args), void handled.push(args[0].id)) }],
    committed: () => {},
  });
  try {
    await bus.publish(event);
    await eventually(() => handled.includes(event.id), 'the event was handled');
  } finally {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await bus.close();
  }
}

describe('Client.merged in accounting', () => {
  const merged: ChangeEvent = {
    ...testEvent('Client.merged', 'cli_merged'),
    changes: { status: 'MERGED', merged_into_id: 'cli_survivor' },
    references: [{ type: 'Client', id: 'cli_survivor' }],
  };

  it("re-points the merged client's invoices as accounting's own announced writes", async () => {
    await deliver(merged);
    const after = await snapshotStore(url);
    expect((after.invoices ?? []).map((row) => [row.id, row.client_id, row.version]).sort()).toEqual([
      ['inv_merged1', 'cli_survivor', 2],
      ['inv_merged2', 'cli_survivor', 2],
      ['inv_other1', 'cli_other', 1],
    ]);
    const audits = (after.audit_log ?? []).filter((row) => row.mutation === RULE);
    expect(audits.map((row) => [row.entity_id, row.actor_subject]).sort()).toEqual([
      ['inv_merged1', `automation:${RULE}`],
      ['inv_merged2', `automation:${RULE}`],
    ]);
    const announced = (after.outbox ?? []).filter((row) => audits.some((audit) => audit.id === row.audit_id));
    expect(announced.map((row) => [row.type, JSON.parse(String(row.refs)) as unknown])).toEqual([
      [
        'Invoice.updated',
        [
          { type: 'Client', id: 'cli_merged' },
          { type: 'Client', id: 'cli_survivor' },
        ],
      ],
      [
        'Invoice.updated',
        [
          { type: 'Client', id: 'cli_merged' },
          { type: 'Client', id: 'cli_survivor' },
        ],
      ],
    ]);
    // What the gateway's entity cache drops for such an event: both clients' accounting answers.
    const tags = changedTags(
      changeOfEvent({
        ...merged,
        source: 'accounting',
        entityType: 'Invoice',
        entityId: 'inv_merged1',
        references: JSON.parse(String(announced[0]?.refs)) as ChangeEvent['references'],
      }),
    );
    expect(tags).toEqual(
      expect.arrayContaining(['accounting:Client:cli_merged', 'accounting:Client:cli_survivor', 'accounting:Invoice:inv_merged1']),
    );
  });

  it('writes nothing when the same event arrives again', async () => {
    const before = await snapshotStore(url);
    await deliver(merged);
    expect(await snapshotStore(url)).toEqual(before);
  });
});
