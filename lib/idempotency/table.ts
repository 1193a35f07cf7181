import type { Kysely, Migration } from 'kysely';

/**
 * One row per Idempotency-Key a caller has used on a mutation of this subgraph: claimed as
 * `in_progress` before the mutation runs, then `done` with the response it produced.
 */
export interface IdempotencyKeyTable {
  /** The verified caller's `sub`: keys are scoped per caller. */
  caller_subject: string;
  key: string;
  /** sha256 of the printed document, the variables and the operation name. */
  fingerprint: string;
  status: 'in_progress' | 'done';
  /** The GraphQL response (data and errors) as JSON; null while in progress. */
  response: string | null;
  created_at: string;
}

/** The migration every subgraph adds to its history to get its `idempotency_keys`. */
export const idempotencyKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('caller_subject', 'text', (col) => col.notNull())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('fingerprint', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('response', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['caller_subject', 'key'])
      .execute();
    // Expired keys are deleted by age.
    await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
  },
};
