import type { Kysely, Migration } from 'kysely';
import { compareBytewise } from '../../../lib/store/columns.ts';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import { externalIdsMigration } from '../../../lib/external-ids/table.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';

/** The projects domain's schema history; portable DDL, run on SQLite and PostgreSQL alike. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('projects')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('client_id', 'text', (col) => col.notNull())
        .addColumn('lead_id', 'text')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('phase', 'text', (col) => col.notNull())
        .addColumn('health', 'text', (col) => col.notNull())
        .addColumn('health_note', 'text')
        .addColumn('budget_hundredths', 'bigint', (col) => col.notNull())
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('projects_client').on('projects').column('client_id').execute();
      await db.schema.createIndex('projects_lead').on('projects').column('lead_id').execute();
      await db.schema.createIndex('projects_name_id').on('projects').columns(['name', 'id']).execute();

      await db.schema
        .createTable('tasks')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id'))
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('assignee_id', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('estimate_hundredths', 'bigint')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('tasks_project').on('tasks').column('project_id').execute();
      await db.schema.createIndex('tasks_assignee').on('tasks').column('assignee_id').execute();

      await db.schema
        .createTable('time_entries')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id'))
        .addColumn('task_id', 'text', (col) => col.references('tasks.id'))
        .addColumn('employee_id', 'text', (col) => col.notNull())
        .addColumn('date', 'text', (col) => col.notNull())
        .addColumn('hundredths', 'bigint', (col) => col.notNull())
        .addColumn('billable', 'integer', (col) => col.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('time_entries_project_date').on('time_entries').columns(['project_id', 'date']).execute();
      await db.schema.createIndex('time_entries_employee_date').on('time_entries').columns(['employee_id', 'date']).execute();
    },
  },
  // Projects are paged by name: on PostgreSQL that order would follow the database's collation;
  // SQLite compares bytes.
  '0002_names_compare_bytewise': {
    async up(db: Kysely<unknown>) {
      await compareBytewise(db, 'projects', ['name']);
    },
  },
  // Every write's record (lib/audit): appended in the write's transaction, never changed.
  '0003_audit_log': auditLogMigration,
  // Mutations retried with an Idempotency-Key answer from here (lib/idempotency).
  '0004_idempotency_keys': idempotencyKeysMigration,
  // Every write's event, announced by the relay (lib/events/relay.ts); the automation rules' processed events.
  '0005_events': eventsMigration,
  // The Idempotency-Key owner's lease and committed writes: a key whose owner died is taken over, once.
  '0006_idempotency_lease': idempotencyLeaseMigration,
  // What each event's changed row points at (ChangeEvent.references).
  '0007_outbox_references': outboxReferencesMigration,
  // Projects' ids in outside systems (lib/external-ids), and the outbox column that announces them.
  '0008_external_ids': externalIdsMigration,
  // The time report (store/reports.ts) reads a week of entries at a time and finds the next week
  // with any, by date: the index holds what it sums, so a week is read from the index alone.
  '0009_time_entries_date': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('time_entries_date')
        .on('time_entries')
        .columns(['date', 'project_id', 'employee_id', 'hundredths', 'billable'])
        .execute();
    },
  },
};
