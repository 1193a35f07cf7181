import type { Kysely, Migration } from 'kysely';
import { compareBytewise } from '../store/columns.ts';

/**
 * One row per change of one entity, appended in the transaction that made the change. Nothing
 * updates or deletes these rows: no mutation touches the table except by appending.
 */
export interface AuditLogTable {
  /** `aud_` + time + process sequence + random: sorts in the order rows were written. */
  id: string;
  occurred_at: string;
  actor_subject: string;
  /** The caller's scopes, space-separated (OAuth's form). */
  actor_scopes: string;
  /** The GraphQL mutation field, e.g. `updateClient`. */
  mutation: string;
  entity_type: string;
  entity_id: string;
  /** The entity's version after the change. */
  version: number;
  /** JSON: [{ field, before, after }] for every column that changed (store column names and values). */
  changes: string;
  request_id: string | null;
}

/** The migration every subgraph adds to its history to get its `audit_log`. */
export const auditLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('occurred_at', 'text', (col) => col.notNull())
      .addColumn('actor_subject', 'text', (col) => col.notNull())
      .addColumn('actor_scopes', 'text', (col) => col.notNull())
      .addColumn('mutation', 'text', (col) => col.notNull())
      .addColumn('entity_type', 'text', (col) => col.notNull())
      .addColumn('entity_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('changes', 'text', (col) => col.notNull())
      .addColumn('request_id', 'text')
      .execute();
    // History pages by entity, newest version first; the actor's log by subject, newest first.
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id', 'version']).unique().execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_subject', 'id']).execute();
    await compareBytewise(db, 'audit_log', ['id']);
  },
};
