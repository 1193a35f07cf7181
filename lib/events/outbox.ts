import { sql, type Generated, type Insertable, type Kysely, type Migration } from 'kysely';
import type { AuditLogTable } from '../audit/table.ts';
import { dialectOfDb } from '../store/columns.ts';
import { eventIdFor } from './envelope.ts';
import type { ExternalId } from '../external-ids/store.ts';
import type { EntityReference } from './references.ts';

/**
 * The transactional outbox: one row per change to announce, appended by `recordWrite`
 * (lib/writes/record.ts) in the write's own transaction, next to the change and its audit row.
 * A rolled-back write leaves neither, so it is never announced. The row names the audit row,
 * which already holds who, when and what changed; the relay (lib/events/relay.ts) builds the
 * envelope from both and marks the row published once the bus holds the event.
 */
export interface OutboxTable {
  /** Write order in this store; the relay publishes in this order. */
  seq: Generated<number>;
  event_id: string;
  audit_id: string;
  /** `<Entity>.<verb>` (lib/events/types.ts), fixed when written. */
  type: string;
  /** Null until the bus acknowledged the event. */
  published_at: string | null;
  /**
   * What the changed row points at, before and after (lib/events/references.ts), as JSON: announced
   * as the event's `references`. Null in rows written before the column existed.
   */
  refs: string | null;
  /**
   * The entity's external ids after the change, as JSON (lib/external-ids), announced as the
   * event's `externalIds`; only in the stores of entities that have them (externalIdsMigration).
   */
  external_ids?: string | null;
}

/**
 * Events a subgraph's automation rules (lib/events/reactions.ts) have acted on, one row per
 * rule and triggering event, written in the reaction's transaction: a redelivered event finds
 * its row and changes nothing.
 */
export interface ProcessedEventTable {
  rule: string;
  event_id: string;
  processed_at: string;
}

/** The migration every subgraph adds to its history to announce its writes and react to others'. */
export const eventsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = dialectOfDb(db) === 'postgres';
    await db.schema
      .createTable('outbox')
      .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
      .addColumn('event_id', 'text', (col) => col.notNull().unique())
      .addColumn('audit_id', 'text', (col) => col.notNull())
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text')
      .execute();
    // The relay's scan: unpublished rows in write order, without reading the published ones.
    await sql`create index outbox_pending on outbox (seq) where published_at is null`.execute(db);
    await db.schema
      .createTable('processed_events')
      .addColumn('rule', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('processed_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('processed_events_pk', ['rule', 'event_id'])
      .execute();
  },
};

/**
 * The migration after eventsMigration: each outbox row keeps what the changed row points at, which
 * the audit row does not (it holds only the columns that changed), so the event can announce it.
 */
export const outboxReferencesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('refs', 'text').execute();
  },
};

/** The outbox row announcing the change `audit` records, as `<Entity>.<verb>` (lib/events/types.ts), and what it points at. */
export function outboxRow(
  audit: AuditLogTable,
  type: string,
  references: readonly EntityReference[],
  externalIds?: readonly ExternalId[],
): Insertable<OutboxTable> {
  return {
    event_id: eventIdFor(audit.id),
    audit_id: audit.id,
    type,
    published_at: null,
    refs: JSON.stringify(references),
    ...(externalIds ? { external_ids: JSON.stringify(externalIds) } : {}),
  };
}
