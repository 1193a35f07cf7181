import { sql, type Kysely, type Migration } from 'kysely';

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
      await db.schema.createIndex('departments_name_lower').on('departments').unique().expression(sql`lower(name)`).execute();

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
};
