import { PostgresAdapter, type Kysely, type UpdateResult } from 'kysely';
import { recordChange } from '../audit/record.ts';
import { nowIso } from '../dates.ts';
import { ERRORS } from '../errors.ts';

/** Every owned entity carries a version that grows by one with each write. */
export interface Versioned {
  id: string;
  version: number;
}

export function notFound(entity: string, id: string) {
  return ERRORS.NOT_FOUND.err(`${entity} ${id} not found`, { entity, id });
}

/** Returns the row or throws NOT_FOUND. */
export function found<T>(row: T | undefined | null, entity: string, id: string): T {
  if (row === undefined || row === null) throw notFound(entity, id);
  return row;
}

/** Refuses a write based on a stale version with CONFLICT, naming both versions. */
export function assertVersion(entity: string, row: Versioned, expectedVersion: number | null | undefined): void {
  if (expectedVersion === null || expectedVersion === undefined || expectedVersion === row.version) return;
  throw ERRORS.CONFLICT.err(
    `${entity} ${row.id} is at version ${row.version}, not ${expectedVersion}; reload it and try again`,
    { entity, id: row.id, currentVersion: row.version, expectedVersion },
  );
}

/**
 * Updates guarded by `where version = <read version>` change exactly one row unless another
 * writer got there first; that is a CONFLICT, never a silent overwrite.
 */
export function assertUpdated(result: UpdateResult, entity: string, id: string): void {
  if (result.numUpdatedRows === 0n) {
    throw ERRORS.CONFLICT.err(`${entity} ${id} was changed by another write; reload it and try again`, { entity, id });
  }
}

/** The columns `updateVersioned` relies on; every owned entity's table has them. */
interface VersionedTable {
  id: string;
  version: number;
  updated_at: string;
  [column: string]: unknown;
}

/**
 * The one way an owned entity changes: apply `changes` to the row as it was read, bump its
 * version and `updated_at`, and refuse with CONFLICT if another write got there first. `db` is
 * the write's transaction: the change's audit row (lib/audit) is appended in it.
 */
export async function updateVersioned<DB, Row extends Versioned & { updated_at: string }>(
  db: Kysely<DB>,
  table: keyof DB & string,
  entity: string,
  current: Row,
  changes: Partial<Omit<Row, 'id' | 'version' | 'updated_at' | 'created_at'>>,
): Promise<Row> {
  const next: Row = { ...current, ...changes, version: current.version + 1, updated_at: nowIso() };
  // The table name is checked against DB; its columns by the Row type the caller passes.
  const untyped = db as unknown as Kysely<Record<string, VersionedTable>>;
  const result = await untyped
    .updateTable(table as string)
    .set({ ...changes, version: next.version, updated_at: next.updated_at })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  assertUpdated(result, entity, current.id);
  await recordChange(db, { entity, id: current.id, version: next.version, before: current, after: next });
  return next;
}

/** The one way an owned entity is created: its first version, inserted, with its audit row in the same transaction `db`. */
export async function insertVersioned<DB, T extends { id: string }>(
  db: Kysely<DB>,
  table: keyof DB & string,
  entity: string,
  values: T,
): Promise<T & { version: number; created_at: string; updated_at: string }> {
  const row = firstVersion(values);
  const untyped = db as unknown as Kysely<Record<string, VersionedTable>>;
  await untyped.insertInto(table as string).values(row as unknown as VersionedTable).execute();
  await recordChange(db, { entity, id: row.id, version: row.version, before: null, after: row });
  return row;
}

/** A new entity's row: version 1, created and updated now. */
export function firstVersion<T extends object>(values: T): T & { version: number; created_at: string; updated_at: string } {
  const now = nowIso();
  return { ...values, version: 1, created_at: now, updated_at: now };
}

/** What a store's insert takes: the row without the columns `firstVersion` fills in. */
export type NewRow<T> = Omit<T, 'version' | 'created_at' | 'updated_at'>;

/**
 * Reads the row a write is about to change, or NOT_FOUND. On PostgreSQL the row is locked until
 * the transaction ends, so concurrent writers of one entity queue one after another as they do
 * behind SQLite's single writer: the same requests give the same answers on both stores, with or
 * without `expectedVersion`. `for no key update`, because ids never change: foreign-key checks
 * from other writes (an employee made someone's manager) still pass through without deadlock.
 */
export async function readForWrite<Row extends Versioned, DB>(db: Kysely<DB>, table: keyof DB & string, entity: string, id: string): Promise<Row> {
  const untyped = db as unknown as Kysely<Record<string, VersionedTable>>;
  const query = untyped.selectFrom(table as string).selectAll().where('id', '=', id);
  const row = await (db.getExecutor().adapter instanceof PostgresAdapter ? query.forNoKeyUpdate() : query).executeTakeFirst();
  return found(row as Row | undefined, entity, id);
}
