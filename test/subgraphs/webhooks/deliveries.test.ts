import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../lib/store/database.ts';
import { insertEndpoint, newSecret } from '../../../subgraphs/webhooks/store/endpoints.ts';
import { forgetDeliveriesOf, queueDelivery, recordAttempt } from '../../../subgraphs/webhooks/store/deliveries.ts';
import { migrations } from '../../../subgraphs/webhooks/store/migrations.ts';
import type { WebhooksDatabase } from '../../../subgraphs/webhooks/store/schema.ts';
import { testEvent } from '../../support/nats.ts';
import { createTestStore, type TestStore } from '../../support/stores.ts';

/** The webhooks store's deliveries, on the configured test store (SQLite, or PostgreSQL in the other project). */

let store: TestStore;
let database: Database<WebhooksDatabase>;

beforeAll(async () => {
  store = await createTestStore('webhooks');
  database = await openDatabase<WebhooksDatabase>({ url: store.url, migrations });
});
afterAll(async () => {
  await database.close();
  await store.drop();
});

describe('forgetDeliveriesOf', () => {
  it("deletes the deliveries of the sources' events with their attempts, and keeps every other", async () => {
    const db = database.db;
    const now = new Date().toISOString();
    const endpoint = await db.transaction().execute((trx) =>
      insertEndpoint(
        trx,
        {
          id: 'whe_1',
          url: 'https://example.com/hook',
          types: '["*"]',
          description: null,
          enabled: 1,
          secret_rotated_at: now,
          deleted_at: null,
        },
        newSecret(),
      ),
    );
    const events = [
      testEvent('Client.created', 'cli_1', 'crm'),
      testEvent('Invoice.issued', 'inv_1', 'accounting'),
      testEvent('Client.updated', 'cli_1', 'crm'),
    ];
    for (const event of events) {
      await queueDelivery(db, { endpointId: endpoint.id, eventId: event.id, eventType: event.type, body: JSON.stringify(event), now });
    }
    const [first] = await db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('event_id', '=', events[0]?.id ?? '')
      .execute();
    if (!first) throw new Error('no delivery queued');
    await recordAttempt(
      db,
      first,
      { attempted_at: now, status_code: 500, duration_ms: 3, error: null },
      { status: 'PENDING', nextAttemptAt: now },
    );

    expect(await forgetDeliveriesOf(db, ['crm'])).toBe(2);
    const left = await db.selectFrom('webhook_deliveries').select('event_id').execute();
    expect(left.map((row) => row.event_id)).toEqual([events[1]?.id]);
    expect(await db.selectFrom('webhook_attempts').select('id').execute()).toEqual([]);
    expect(await forgetDeliveriesOf(db, ['hr'])).toBe(0);
  });
});
