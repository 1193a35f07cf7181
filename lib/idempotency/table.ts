import type { Kysely, Migration } from 'kysely';

/**
 * One row per Idempotency-Key a caller has used on a mutation of this subgraph: claimed as
 * `in_progress` by one request (its owner, holding a lease it renews while it works) before the
 * mutation runs, `committed` once a write of it has committed (in that write's transaction), then
 * `done` with the response it produced.
 */
export interface IdempotencyKeyTable {
  /** The verified caller's `sub`: keys are scoped per caller. */
  caller_subject: string;
  key: string;
  /** sha256 of the printed document, the variables and the operation name. */
  fingerprint: string;
  status: 'in_progress' | 'committed' | 'done';
  /** The GraphQL response (data and errors) as JSON; null until done. */
  response: string | null;
  created_at: string;
  /**
   * The request that holds the key: a random token, changed by every takeover, so a write of an
   * owner whose lease was taken over finds the key no longer its own and rolls back (a fencing
   * token). Null on rows from before leases.
   */
  owner: string | null;
  /** When the owner's lease ends unless renewed (ISO); a retry may take over a key past it. Null: expired. */
  lease_expires_at: string | null;
  /**
   * What each committed write of the operation returned, by response key (`createClient`, or its
   * alias), as JSON: written in the write's own transaction, so a retry that takes over a key whose
   * owner died after committing answers from it instead of writing again.
   */
  writes: string | null;
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

/**
 * The migration every subgraph adds after idempotencyKeysMigration: the owner's lease and the
 * committed writes (lib/idempotency/lease.ts), so a key whose owner died is taken over, once.
 * One column per statement: SQLite adds one at a time.
 */
export const idempotencyLeaseMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('idempotency_keys').addColumn('owner', 'text').execute();
    await db.schema.alterTable('idempotency_keys').addColumn('lease_expires_at', 'text').execute();
    await db.schema.alterTable('idempotency_keys').addColumn('writes', 'text').execute();
  },
};
