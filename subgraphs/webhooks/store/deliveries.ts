import { PostgresAdapter, type Kysely } from 'kysely';
import { newId } from '../../../lib/ids.ts';
import { fetchPage, toConnection, type Connection, type PageRequest } from '../../../lib/store/pagination.ts';
import { notFound } from '../../../lib/writes/versioned.ts';
import type { AttemptRow, Delivery, DeliveryStatus, WebhooksDatabase } from './schema.ts';

type Db = Kysely<WebhooksDatabase>;

/** Queues one event for one endpoint; a redelivered event finds its row and adds nothing. */
export async function queueDelivery(
  db: Db,
  values: { endpointId: string; eventId: string; eventType: string; body: string; now: string },
): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      id: newId('whd'),
      endpoint_id: values.endpointId,
      event_id: values.eventId,
      event_type: values.eventType,
      body: values.body,
      status: 'PENDING',
      attempt_count: 0,
      next_attempt_at: values.now,
      first_attempt_at: null,
      last_attempt_at: null,
      created_at: values.now,
    })
    .onConflict((conflict) => conflict.columns(['endpoint_id', 'event_id']).doNothing())
    .execute();
}

/** A due delivery taken by one worker, with what it needs to send it. */
export interface ClaimedDelivery extends Delivery {
  url: string;
  secret: string;
}

/**
 * Takes up to `limit` due deliveries of enabled endpoints, oldest event first, and pushes their
 * next attempt out to `leaseUntil`, so no other worker takes them meanwhile; a worker that dies
 * mid-send leaves them to be taken again once the lease ends (at least once). On PostgreSQL
 * rows another replica is claiming are skipped (`for update skip locked`), so replicas share
 * the work instead of queueing behind each other.
 */
export function claimDue(db: Db, options: { now: string; leaseUntil: string; limit: number }): Promise<ClaimedDelivery[]> {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .innerJoin('webhook_secrets as s', 's.endpoint_id', 'd.endpoint_id')
      .selectAll('d')
      .select(['e.url', 's.secret'])
      .where('d.status', '=', 'PENDING')
      .where('d.next_attempt_at', '<=', options.now)
      .where('e.enabled', '=', 1)
      .where('e.deleted_at', 'is', null)
      .orderBy('d.seq')
      .limit(options.limit);
    if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate('d').skipLocked();
    const rows = (await query.execute()) as ClaimedDelivery[];
    if (rows.length) {
      await trx
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: options.leaseUntil })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
    }
    return rows;
  });
}

/** What one attempt came to: delivered, another attempt at `nextAttemptAt`, or dead-lettered. */
export type AttemptOutcome = { status: 'DELIVERED' } | { status: 'PENDING'; nextAttemptAt: string } | { status: 'DEAD' };

/** Records one attempt and its outcome on the delivery, in one transaction. */
export async function recordAttempt(
  db: Db,
  delivery: Delivery,
  attempt: Omit<AttemptRow, 'id' | 'delivery_id' | 'number'>,
  outcome: AttemptOutcome,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const number = delivery.attempt_count + 1;
    await trx
      .insertInto('webhook_attempts')
      .values({ id: newId('wha'), delivery_id: delivery.id, number, ...attempt })
      .execute();
    await trx
      .updateTable('webhook_deliveries')
      .set({
        status: outcome.status,
        attempt_count: number,
        next_attempt_at: outcome.status === 'PENDING' ? outcome.nextAttemptAt : null,
        first_attempt_at: delivery.first_attempt_at ?? attempt.attempted_at,
        last_attempt_at: attempt.attempted_at,
      })
      .where('id', '=', delivery.id)
      .execute();
  });
}

export interface DeliveryFilter {
  status?: DeliveryStatus | null;
  endpointId?: string | null;
}

/** Deliveries newest first, optionally of one status (DEAD: the dead-letter list) and one endpoint. */
export async function listDeliveries(db: Db, filter: DeliveryFilter, page: PageRequest): Promise<Connection<Delivery>> {
  const query = db
    .selectFrom('webhook_deliveries')
    .$if(Boolean(filter.status), (q) => q.where('status', '=', filter.status as DeliveryStatus))
    .$if(Boolean(filter.endpointId), (q) => q.where('endpoint_id', '=', filter.endpointId as string));
  const { rows, totalCount } = await fetchPage(query, page, 'seq', 'desc');
  return toConnection(rows as Delivery[], page, totalCount, (row) => [row.seq, row.id]);
}

export async function findDelivery(db: Db, id: string): Promise<Delivery | null> {
  return (await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/**
 * Queues a dead-lettered or delivered delivery again, due now, with a fresh retry window; a
 * pending one is already queued and stays as it is. Its earlier attempts are kept.
 */
export async function replayDelivery(db: Db, id: string, now: string): Promise<Delivery> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'PENDING', next_attempt_at: now, first_attempt_at: null })
    .where('id', '=', id)
    .where('status', '!=', 'PENDING')
    .execute();
  const row = await findDelivery(db, id);
  if (!row) throw notFound('WebhookDelivery', id);
  return row;
}

/** Parks an endpoint's undelivered deliveries as DEAD (it was deleted): they stay listed, never sent. */
export async function deadLetterPending(db: Db, endpointId: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'DEAD', next_attempt_at: null })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'PENDING')
    .execute();
}

/** Queues every dead-lettered delivery of one endpoint again; returns how many. */
export async function replayDead(db: Db, endpointId: string, now: string): Promise<number> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'PENDING', next_attempt_at: now, first_attempt_at: null })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'DEAD')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Deletes the deliveries, and their attempts, of every event `sources` announced: `recordgraph
 * seed` replaced those stores and forgot their events. Returns how many deliveries went.
 */
export function forgetDeliveriesOf(db: Db, sources: readonly string[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // The body is the event as JSON.stringify wrote it, so its source reads `"source":"crm"`.
    const ofSources = trx
      .selectFrom('webhook_deliveries')
      .select('id')
      .where((eb) => eb.or(sources.map((source) => eb('body', 'like', `%"source":${JSON.stringify(source)}%`))));
    await trx.deleteFrom('webhook_attempts').where('delivery_id', 'in', ofSources).execute();
    const { numDeletedRows } = await trx.deleteFrom('webhook_deliveries').where('id', 'in', ofSources).executeTakeFirst();
    return Number(numDeletedRows);
  });
}
