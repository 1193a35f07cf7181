import type { Kysely, Migration } from 'kysely';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import { externalIdsMigration } from '../../../lib/external-ids/table.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';

/** Accounting's schema history; portable DDL, run on SQLite and PostgreSQL alike. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('invoices')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('client_id', 'text', (col) => col.notNull())
        .addColumn('number', 'text', (col) => col.notNull().unique())
        .addColumn('currency', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('total_minor', 'bigint', (col) => col.notNull())
        .addColumn('issue_date', 'text')
        .addColumn('due_date', 'text')
        .addColumn('exchange_rate', 'text')
        .addColumn('reporting_currency', 'text')
        .addColumn('reporting_total_minor', 'bigint')
        .addColumn('void_reason', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      // Per-client pages and aggregates start from client_id; the global list from (created_at, id).
      await db.schema.createIndex('invoices_client_created').on('invoices').columns(['client_id', 'created_at', 'id']).execute();
      await db.schema.createIndex('invoices_created').on('invoices').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('invoice_lines')
        .addColumn('invoice_id', 'text', (col) => col.notNull().references('invoices.id'))
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('description', 'text', (col) => col.notNull())
        .addColumn('quantity_milli', 'bigint', (col) => col.notNull())
        .addColumn('unit_price_minor', 'bigint', (col) => col.notNull())
        .addColumn('amount_minor', 'bigint', (col) => col.notNull())
        .addPrimaryKeyConstraint('invoice_lines_pk', ['invoice_id', 'position'])
        .execute();

      await db.schema
        .createTable('payments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('invoice_id', 'text', (col) => col.notNull().references('invoices.id'))
        .addColumn('amount_minor', 'bigint', (col) => col.notNull())
        .addColumn('paid_on', 'text', (col) => col.notNull())
        .addColumn('reference', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('payments_invoice').on('payments').column('invoice_id').execute();

      await db.schema
        .createTable('invoice_sequences')
        .addColumn('year', 'text', (col) => col.primaryKey())
        .addColumn('last_number', 'integer', (col) => col.notNull())
        .execute();
    },
  },
  // Every write's record (lib/audit): appended in the write's transaction, never changed.
  '0002_audit_log': auditLogMigration,
  // Mutations retried with an Idempotency-Key answer from here (lib/idempotency).
  '0003_idempotency_keys': idempotencyKeysMigration,
  // Every write's event, announced by the relay (lib/events/relay.ts); the automation rules' processed events.
  '0004_events': eventsMigration,
  // Time entries (projects') already on an invoice, so closing a project bills only unbilled time.
  '0005_billed_time_entries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('billed_time_entries')
        .addColumn('time_entry_id', 'text', (col) => col.primaryKey())
        .addColumn('project_id', 'text', (col) => col.notNull())
        .addColumn('invoice_id', 'text', (col) => col.notNull().references('invoices.id'))
        .execute();
    },
  },
  // The Idempotency-Key owner's lease and committed writes: a key whose owner died is taken over, once.
  '0006_idempotency_lease': idempotencyLeaseMigration,
  // Revenue and open balances (store/aggregates.ts) read a client's SENT and PAID invoices by issue
  // date from the index alone: no row lookups, however many invoices the client has.
  '0007_invoices_client_revenue': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('invoices_client_revenue')
        .on('invoices')
        .columns(['client_id', 'status', 'issue_date', 'reporting_currency', 'reporting_total_minor'])
        .execute();
    },
  },
  // What each event's changed row points at (ChangeEvent.references).
  '0008_outbox_references': outboxReferencesMigration,
  // Invoices' ids in outside systems (lib/external-ids), and the outbox column that announces them.
  '0010_external_ids': externalIdsMigration,
  // The BI reports (store/reports.ts) walk issued invoices by issue date: the invoice report pages
  // on (issue_date, id), and the revenue report finds each month's invoices and the next month
  // with any; status and amounts ride along so a month is read from the index alone.
  '0011_invoices_issue_date': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('invoices_issue_date')
        .on('invoices')
        .columns(['issue_date', 'id', 'status', 'client_id', 'reporting_currency', 'reporting_total_minor'])
        .execute();
    },
  },
};
