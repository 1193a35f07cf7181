import { sql, type Kysely, type Migration } from 'kysely';
import { compareBytewise } from '../../../lib/store/columns.ts';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { externalIdsMigration } from '../../../lib/external-ids/table.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';

/** The CRM's schema history; portable DDL, run on SQLite and PostgreSQL alike. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('clients')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('domain', 'text')
        .addColumn('industry', 'text')
        .addColumn('country', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('account_manager_id', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('clients_name_id').on('clients').columns(['name', 'id']).execute();

      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('email', 'text', (col) => col.notNull())
        .addColumn('phone', 'text')
        .addColumn('title', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('contacts_client').on('contacts').column('client_id').execute();

      await db.schema
        .createTable('deals')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('amount_minor', 'bigint', (col) => col.notNull())
        .addColumn('currency', 'text', (col) => col.notNull())
        .addColumn('stage', 'text', (col) => col.notNull())
        .addColumn('expected_close_date', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('deals_client').on('deals').column('client_id').execute();

      await db.schema
        .createTable('contracts')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
        .addColumn('start_date', 'text', (col) => col.notNull())
        .addColumn('end_date', 'text', (col) => col.notNull())
        .addColumn('annual_value_minor', 'bigint', (col) => col.notNull())
        .addColumn('currency', 'text', (col) => col.notNull())
        .addColumn('auto_renew', 'integer', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('renews_contract_id', 'text', (col) => col.references('contracts.id'))
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('contracts_client').on('contracts').columns(['client_id', 'status']).execute();
    },
  },
  // Two activations racing on PostgreSQL could each see no ACTIVE contract; the index decides.
  '0002_one_active_contract_per_client': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('contracts_one_active')
        .unique()
        .on('contracts')
        .column('client_id')
        .where(sql.ref('status'), '=', sql.lit('ACTIVE'))
        .execute();
    },
  },
  // Clients are paged by name and contacts listed by it: on PostgreSQL that order would follow the
  // database's collation (case and accents folded, punctuation skipped); SQLite compares bytes.
  '0003_names_compare_bytewise': {
    async up(db: Kysely<unknown>) {
      await compareBytewise(db, 'clients', ['name']);
      await compareBytewise(db, 'contacts', ['name']);
    },
  },
  // Every write's record (lib/audit): appended in the write's transaction, never changed.
  '0004_audit_log': auditLogMigration,
  // Mutations retried with an Idempotency-Key answer from here (lib/idempotency).
  '0005_idempotency_keys': idempotencyKeysMigration,
  // Every write's event, announced by the relay (lib/events/relay.ts); the automation rules' processed events.
  '0006_events': eventsMigration,
  // The Idempotency-Key owner's lease and committed writes: a key whose owner died is taken over, once.
  '0007_idempotency_lease': idempotencyLeaseMigration,
  // What each event's changed row points at (ChangeEvent.references).
  '0008_outbox_references': outboxReferencesMigration,
  // Clients' and contacts' ids in outside systems (lib/external-ids), and the outbox column that announces them.
  '0009_external_ids': externalIdsMigration,
  // A merged client stays as a tombstone (status MERGED) that names the client it was merged into,
  // so its id keeps answering (mergeClients, README § Duplicates and merging clients).
  '0010_client_merges': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('clients')
        .addColumn('merged_into_id', 'text', (col) => col.references('clients.id'))
        .execute();
      // `clients` counts live clients as all minus tombstones: this index makes the second count free.
      await db.schema.createIndex('clients_merged').on('clients').column('id').where(sql.ref('status'), '=', sql.lit('MERGED')).execute();
    },
  },
};
