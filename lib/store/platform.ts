import type { Kysely } from 'kysely';
import type { AuditLogTable } from '../audit/table.ts';
import type { OutboxTable, ProcessedEventTable } from '../events/outbox.ts';
import type { IdempotencyKeyTable } from '../idempotency/table.ts';

/**
 * The tables every subgraph's store has besides its own, made by the migrations each one adds to
 * its history (auditLogMigration, idempotencyKeysMigration, eventsMigration): the audit trail,
 * the Idempotency-Keys, the outbox and the events its automation has processed. Each subgraph's
 * database type extends this interface, so the shared code reads and writes them typed.
 */
export interface PlatformTables {
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
  outbox: OutboxTable;
  processed_events: ProcessedEventTable;
}

/**
 * What the shared code asks of a subgraph's store or transaction to read and write the platform
 * tables. Any `Kysely<DB>` or `Transaction<DB>` whose DB extends PlatformTables is one, so a
 * write hands its own transaction to the audit and the outbox as it is, uncast.
 */
export type PlatformStore = Pick<Kysely<PlatformTables>, 'selectFrom' | 'insertInto' | 'updateTable'>;

/**
 * The platform tables of a subgraph's store or transaction, for code that is generic over the
 * store's type (the relay, the automation runner, the versioned tables). Kysely cannot see that a
 * DB chosen by a type parameter has the platform tables; the constraint says it does, so this is
 * the one place that tells Kysely so, and a store without them does not type-check here.
 */
export function platformOf<DB extends PlatformTables>(db: Kysely<DB>): Kysely<PlatformTables> {
  return db as unknown as Kysely<PlatformTables>;
}
