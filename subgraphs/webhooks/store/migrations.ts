import { sql, type Kysely, type Migration } from 'kysely';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';
import { compareBytewise, dialectOfDb } from '../../../lib/store/columns.ts';

/**
 * The webhooks store's schema history; portable DDL, run on SQLite and PostgreSQL alike. The
 * gateway kept this store until webhooks became a subgraph of its own: the names are unchanged,
 * so a store it created carries on here.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      const postgres = dialectOfDb(db) === 'postgres';
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('url', 'text', (col) => col.notNull())
        .addColumn('types', 'text', (col) => col.notNull())
        .addColumn('description', 'text')
        .addColumn('enabled', 'integer', (col) => col.notNull())
        .addColumn('secret_rotated_at', 'text', (col) => col.notNull())
        .addColumn('deleted_at', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('webhook_endpoints_created').on('webhook_endpoints').columns(['created_at', 'id']).execute();
      await compareBytewise(db, 'webhook_endpoints', ['id', 'created_at']);

      await db.schema
        .createTable('webhook_secrets')
        .addColumn('endpoint_id', 'text', (col) => col.primaryKey().references('webhook_endpoints.id'))
        .addColumn('secret', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
        .addColumn('id', 'text', (col) => col.notNull().unique())
        .addColumn('endpoint_id', 'text', (col) => col.notNull().references('webhook_endpoints.id'))
        .addColumn('event_id', 'text', (col) => col.notNull())
        .addColumn('event_type', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('attempt_count', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('first_attempt_at', 'text')
        .addColumn('last_attempt_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addUniqueConstraint('webhook_deliveries_once', ['endpoint_id', 'event_id'])
        .execute();
      // The worker's scan: pending rows by due time, without reading delivered ones.
      await sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at, seq) where status = 'PENDING'`.execute(db);
      await db.schema.createIndex('webhook_deliveries_status').on('webhook_deliveries').columns(['status', 'seq']).execute();
      await db.schema
        .createIndex('webhook_deliveries_endpoint')
        .on('webhook_deliveries')
        .columns(['endpoint_id', 'status', 'seq'])
        .execute();
      await compareBytewise(db, 'webhook_deliveries', ['next_attempt_at']);

      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('delivery_id', 'text', (col) => col.notNull().references('webhook_deliveries.id'))
        .addColumn('number', 'integer', (col) => col.notNull())
        .addColumn('attempted_at', 'text', (col) => col.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('duration_ms', 'integer', (col) => col.notNull())
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id', 'number']).unique().execute();
    },
  },
  '0002_audit_log': auditLogMigration,
  '0003_events': eventsMigration,
  // Served over HTTP like every subgraph now, so a mutation's Idempotency-Key is kept (lib/idempotency).
  '0004_idempotency_keys': idempotencyKeysMigration,
  // The Idempotency-Key owner's lease and committed writes: a key whose owner died is taken over, once.
  '0005_idempotency_lease': idempotencyLeaseMigration,
  // What each event's changed row points at (ChangeEvent.references).
  '0006_outbox_references': outboxReferencesMigration,
};
