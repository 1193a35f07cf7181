import { sql, type Kysely, type Migration } from 'kysely';
import { compareBytewise } from '../../../lib/store/columns.ts';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import { externalIdsMigration } from '../../../lib/external-ids/table.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';

/** HR's schema history; portable DDL, run on SQLite and PostgreSQL alike. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull().unique())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      // Names are unique ignoring case too, so two concurrent "Sales" / "SALES" cannot both land.
      await db.schema
        .createIndex('departments_name_lower')
        .on('departments')
        .unique()
        .expression(sql`lower(name)`)
        .execute();

      // manager_id references employees too: the seed inserts managers before their reports.
      await db.schema
        .createTable('employees')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('department_id', 'text', (col) => col.references('departments.id'))
        .addColumn('manager_id', 'text', (col) => col.references('employees.id'))
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('capacity_hours_per_week', 'integer', (col) => col.notNull())
        .addColumn('start_date', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('employees_department').on('employees').column('department_id').execute();
      await db.schema.createIndex('employees_manager').on('employees').column('manager_id').execute();
      await db.schema.createIndex('employees_name_id').on('employees').columns(['name', 'id']).execute();
    },
  },
  // SQLite's lower() folds ASCII only and PostgreSQL's folds everything, so "ÉTÉ" and "été" were
  // one name on PostgreSQL and two on SQLite. The key is computed in TypeScript instead, the same
  // on both (departmentNameKey in departments.ts; this is a copy frozen as it was here).
  '0002_department_name_key': {
    async up(db: Kysely<unknown>) {
      const departments = db as Kysely<{ departments: { id: string; name: string; name_key: string } }>;
      const key = (name: string) => name.normalize('NFC').toLowerCase();
      // Checked before any change: Kysely runs SQLite migrations outside a transaction.
      const rows = await departments.selectFrom('departments').select(['id', 'name']).orderBy('id').execute();
      const named = new Map<string, { id: string; name: string }>();
      for (const row of rows) {
        const clash = named.get(key(row.name));
        if (clash) {
          throw new Error(
            `departments ${clash.id} (${JSON.stringify(clash.name)}) and ${row.id} (${JSON.stringify(row.name)}) have names that differ only in case or accent encoding; rename one, then migrate again`,
          );
        }
        named.set(key(row.name), row);
      }
      await db.schema
        .alterTable('departments')
        .addColumn('name_key', 'text', (col) => col.notNull().defaultTo(''))
        .execute();
      for (const { id, name } of rows) {
        await departments
          .updateTable('departments')
          .set({ name_key: key(name) })
          .where('id', '=', id)
          .execute();
      }
      // Not "departments_name_key": PostgreSQL already gave that name to the unique constraint on name.
      await db.schema.dropIndex('departments_name_lower').execute();
      await db.schema.createIndex('departments_name_key_unique').on('departments').unique().column('name_key').execute();
    },
  },
  // Employees are paged by name and departments listed by it: on PostgreSQL that order would
  // follow the database's collation; SQLite compares bytes.
  '0003_names_compare_bytewise': {
    async up(db: Kysely<unknown>) {
      await compareBytewise(db, 'departments', ['name']);
      await compareBytewise(db, 'employees', ['name']);
    },
  },
  // Salaries, readable only with hr:salary:read. Existing employees have none recorded.
  '0004_employee_salary': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('employees').addColumn('salary_minor', 'bigint').execute();
      await db.schema.alterTable('employees').addColumn('salary_currency', 'text').execute();
    },
  },
  // Every write's record (lib/audit): appended in the write's transaction, never changed.
  '0005_audit_log': auditLogMigration,
  // Mutations retried with an Idempotency-Key answer from here (lib/idempotency).
  '0006_idempotency_keys': idempotencyKeysMigration,
  // Every write's event, announced by the relay (lib/events/relay.ts); the automation rules' processed events.
  '0007_events': eventsMigration,
  // The Idempotency-Key owner's lease and committed writes: a key whose owner died is taken over, once.
  '0008_idempotency_lease': idempotencyLeaseMigration,
  // What each event's changed row points at (ChangeEvent.references).
  '0009_outbox_references': outboxReferencesMigration,
  // Employees' ids in outside systems (lib/external-ids), and the outbox column that announces them.
  '0010_external_ids': externalIdsMigration,
};
