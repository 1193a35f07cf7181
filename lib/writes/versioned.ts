import { PostgresAdapter, type Kysely, type UpdateResult } from 'kysely';
import { nowIso } from '../dates.ts';
import { ERRORS } from '../errors.ts';
import { platformOf, type PlatformTables } from '../store/platform.ts';
import { attachExternalIds, attachExternalIdsToNew, type ExternalId } from '../external-ids/store.ts';
import { insertRows } from '../store/insert-rows.ts';
import { recordCreations, recordWrite } from './record.ts';

/** Every owned entity carries a version that grows by one with each write. */
export interface Versioned {
  id: string;
  version: number;
}

/** The columns every owned entity's table has (lib/store/columns.ts VersionedColumns, and its id). */
export interface VersionedRow extends Versioned {
  created_at: string;
  updated_at: string;
}

/** What an insert takes: the row without the columns the table fills in. */
export type NewRow<Row> = Omit<Row, 'version' | 'created_at' | 'updated_at'>;

/** What an update may set: anything but the id and the bookkeeping the table keeps. */
export type Changes<Row> = Partial<Omit<Row, 'id' | 'version' | 'created_at' | 'updated_at'>>;

/**
 * One owned entity's table and the only way its rows are written (steps 4a–4c of every write,
 * lib/writes/mutation.ts). Each write runs in the caller's transaction `trx`: it reads the row it
 * changes locked, checks the version, bumps it, and records the change with its audit row and
 * outbox event (lib/writes/record.ts) in the same transaction.
 */
export interface VersionedTable<DB, Row extends VersionedRow> {
  /** The GraphQL type, e.g. `Client`: named in errors, the audit log and events. */
  readonly entity: string;
  readonly table: keyof DB & string;
  /** Creates the entity at version 1, with `externalIds` (lib/external-ids) when given. */
  insert(trx: Kysely<DB>, values: NewRow<Row>, externalIds?: readonly ExternalId[] | null): Promise<Row>;
  /**
   * `insert` for many new entities at once (an import's new rows): each at version 1 with its
   * external ids, audited and announced exactly as `insert` would, in a few statements per 1,000
   * rather than a few each. All or none: CONFLICT when another entity holds one of the external ids.
   */
  insertAll(trx: Kysely<DB>, entries: readonly { values: NewRow<Row>; externalIds?: readonly ExternalId[] | null }[]): Promise<Row[]>;
  /**
   * The row a write is about to change: NOT_FOUND when there is none, CONFLICT when
   * `expectedVersion` is given and stale. On PostgreSQL the row stays locked until the
   * transaction ends, so concurrent writers of one entity queue one after another, as they do
   * behind SQLite's single writer: the same requests get the same answers on both stores.
   */
  forWrite(trx: Kysely<DB>, id: string, expectedVersion?: number | null): Promise<Row>;
  /**
   * `forWrite` for many entities in one statement per 1,000 (an import reads all its rows' at
   * once): the rows found, by id, locked alike; an id without a row is left out.
   */
  forWriteAll(trx: Kysely<DB>, ids: readonly string[]): Promise<Map<string, Row>>;
  /**
   * Applies `changes` to the row as `forWrite` read it, as its next version, and adds
   * `externalIds` to the entity's (CONFLICT when another entity holds one).
   */
  update(trx: Kysely<DB>, current: Row, changes: Changes<Row>, externalIds?: readonly ExternalId[] | null): Promise<Row>;
}

export function versionedTable<DB extends PlatformTables, Row extends VersionedRow>(
  table: keyof DB & string,
  entity: string,
): VersionedTable<DB, Row> {
  // Kysely types a table it knows by name; this one is chosen by a type parameter, so the
  // statements below see it as a table of plain records. Callers get Row typed.
  const rows = (trx: Kysely<DB>) => trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const name: string = table;
  return {
    entity,
    table,
    async insert(trx, values, externalIds) {
      const row = { ...values, ...firstVersion() } as Row;
      await rows(trx)
        .insertInto(name)
        .values(row as Record<string, unknown>)
        .execute();
      const addedExternalIds = externalIds?.length ? await attachExternalIds(trx, entity, row.id, externalIds) : [];
      await recordWrite(platformOf(trx), { entity, id: row.id, version: row.version, before: null, after: row, addedExternalIds });
      return row;
    },
    async insertAll(trx, entries) {
      const inserted = entries.map(({ values }) => ({ ...values, ...firstVersion() }) as Row);
      await insertRows(trx as Kysely<unknown>, name, inserted as unknown as Record<string, unknown>[]);
      const added = await attachExternalIdsToNew(
        trx,
        entity,
        inserted.map((row, index) => ({ entityId: row.id, pairs: entries[index]?.externalIds ?? [] })),
      );
      await recordCreations(
        platformOf(trx),
        inserted.map((row, index) => ({
          entity,
          id: row.id,
          version: row.version,
          before: null,
          after: row,
          addedExternalIds: added[index],
        })),
      );
      return inserted;
    },
    async forWrite(trx, id, expectedVersion) {
      const query = rows(trx).selectFrom(name).selectAll().where('id', '=', id);
      // `for no key update`, because ids never change: foreign-key checks from other writes (an
      // employee made someone's manager) still pass through without deadlock.
      const row = (await (trx.getExecutor().adapter instanceof PostgresAdapter ? query.forNoKeyUpdate() : query).executeTakeFirst()) as
        Row | undefined;
      const current = found(row, entity, id);
      assertVersion(entity, current, expectedVersion);
      return current;
    },
    async forWriteAll(trx, ids) {
      const byId = new Map<string, Row>();
      // In one order for every writer, so that two locking overlapping rows queue rather than deadlock.
      const sorted = [...new Set(ids)].sort();
      // SQLite allows 32,766 bound values; PostgreSQL 65,535.
      for (let start = 0; start < sorted.length; start += 1000) {
        const query = rows(trx)
          .selectFrom(name)
          .selectAll()
          .where('id', 'in', sorted.slice(start, start + 1000));
        const found = (await (trx.getExecutor().adapter instanceof PostgresAdapter ? query.forNoKeyUpdate() : query).execute()) as Row[];
        for (const row of found) byId.set(row.id, row);
      }
      return byId;
    },
    async update(trx, current, changes, externalIds) {
      const next = { ...current, ...changes, version: current.version + 1, updated_at: nowIso() };
      // Guarded by the version read: another writer that got there first is a CONFLICT, never a silent overwrite.
      const result = await rows(trx)
        .updateTable(name)
        .set({ ...changes, version: next.version, updated_at: next.updated_at })
        .where('id', '=', current.id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      assertUpdated(result, entity, current.id);
      const addedExternalIds = externalIds?.length ? await attachExternalIds(trx, entity, current.id, externalIds) : [];
      await recordWrite(platformOf(trx), {
        entity,
        id: current.id,
        version: next.version,
        before: current,
        after: next,
        addedExternalIds,
      });
      return next;
    },
  };
}

/**
 * An entity that never changes once written (a payment, a time entry): it has no version column,
 * and its one write is recorded as version 1, audited and announced like any other.
 */
export interface ImmutableTable<DB, Row extends { id: string }> {
  readonly entity: string;
  readonly table: keyof DB & string;
  insert(trx: Kysely<DB>, row: Row): Promise<Row>;
}

export function immutableTable<DB extends PlatformTables, Row extends { id: string }>(
  table: keyof DB & string,
  entity: string,
): ImmutableTable<DB, Row> {
  const name: string = table;
  return {
    entity,
    table,
    async insert(trx, row) {
      await (trx as unknown as Kysely<Record<string, Record<string, unknown>>>).insertInto(name).values(row).execute();
      await recordWrite(platformOf(trx), { entity, id: row.id, version: 1, before: null, after: row });
      return row;
    },
  };
}

/** A new entity's bookkeeping: version 1, created and updated now. */
export function firstVersion(): { version: number; created_at: string; updated_at: string } {
  const now = nowIso();
  return { version: 1, created_at: now, updated_at: now };
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
  throw ERRORS.CONFLICT.err(`${entity} ${row.id} is at version ${row.version}, not ${expectedVersion}; reload it and try again`, {
    entity,
    id: row.id,
    currentVersion: row.version,
    expectedVersion,
  });
}

/** An update guarded by `where version = <read version>` that changed nothing lost to another writer. */
function assertUpdated(result: UpdateResult, entity: string, id: string): void {
  if (result.numUpdatedRows === 0n) {
    throw ERRORS.CONFLICT.err(`${entity} ${id} was changed by another write; reload it and try again`, { entity, id });
  }
}
