import { GraphQLError } from 'graphql';
import { sql, type Kysely } from 'kysely';
import { isErrorCode } from '../errors.ts';
import { ERRORS } from '../errors.ts';
import type { ExternalReference, Reference, ReferenceRefusal, RowReferenceChecks } from '../references.ts';
import { isUniqueViolation } from '../store/database.ts';
import { currentActor } from '../writes/actor.ts';
import type { ParsedRow } from './args.ts';

/**
 * The server side of imports, the same for every owner: each row an idempotent upsert keyed on
 * (system, row.externalId) through the owner's write path, in the mutation's one transaction, so
 * that a refused row leaves nothing behind and the others go on, and a call of 1,000 rows commits
 * once (fast on SQLite, where each commit is a sync to disk).
 */

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

/** What importing one row did (anything but REFUSED, which importRows decides). */
export interface RowOutcome {
  outcome: Exclude<ImportOutcome, 'REFUSED'>;
  id: string;
  /** API field names the row sets (CREATED) or changes (UPDATED); empty when UNCHANGED. */
  changedFields: string[];
}

export interface ImportRowResult {
  index: number;
  externalId: string;
  outcome: ImportOutcome;
  id: string | null;
  changedFields: string[];
  refusal: { code: string; message: string; fields: string[] } | null;
}

export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: ImportRowResult[];
}

/** A reference of row `index`'s `field`, by id or by external id, for the mutation's rowReferences (lib/writes/mutation.ts). */
export function rowReference(
  index: number,
  field: string,
  reference: Omit<Reference, 'path'> | Omit<ExternalReference, 'path'>,
): Reference | ExternalReference {
  return { ...reference, path: ['rows', String(index), field] };
}

/** The id the owner found for row `index`'s external reference `field` (confirmed, or the row was refused). */
export function foundId(checks: RowReferenceChecks, index: number, field: string): string | undefined {
  return checks.found.get(['rows', String(index), field].join('.'));
}

/** Imports one row through the owner's write path; throws a coded error to refuse it. */
export type ImportRow<Row> = (row: Row, index: number) => Promise<RowOutcome>;

/** One attempt at a call's rows: the row importer, and what is left to write once every row went through it. */
export interface RowImportAttempt<Row> {
  importRow: ImportRow<Row>;
  /**
   * Writes what `importRow` put off to the end (new entities, all at once: VersionedTable.insertAll).
   * Only when the rows go together; a refusal thrown here refuses the attempt like a row's.
   */
  finish?: () => Promise<void>;
}

/**
 * An owner's import of a call's rows. A function imports row by row, each behind a savepoint of
 * its own. `{ start }` lets importRows try every row behind one savepoint first: `start` reads
 * what the rows need (their entities by external id) and returns the attempt, and is called once
 * more, afresh, when the rows must go one by one after all; `together` says which it is, since
 * only rows that go together may put their writes off to `finish`.
 */
export type RowImporter<Row> = ImportRow<Row> | { start: (together: boolean) => Promise<RowImportAttempt<Row>> };

/**
 * Imports `rows` in the write's transaction `trx` through `importer`, for each row that parsed
 * and whose references their owners confirmed. A row whose import throws a coded error (or hits
 * a unique index) is rolled back and reported REFUSED with that code; any other error fails the
 * whole call, and nothing is written. A dry run rolls everything back at the end and reports the
 * same outcomes.
 *
 * A savepoint per row is what lets one row be rolled back alone, but on SQLite each costs more
 * than the row's own writes (a statement journal made and dropped). So an importer with `start`
 * has every row written behind one savepoint; only when a row is refused is all of it rolled back
 * and the call imported again row by row, which answers exactly what that would have from the
 * start. Refusals are rare in a real import; a file full of them pays for its rows twice.
 */
export async function importRows<DB, Row>(
  trx: Kysely<DB>,
  input: { rows: ParsedRow<Row>[]; dryRun?: boolean | null },
  refusals: readonly ReferenceRefusal[],
  importer: RowImporter<Row>,
): Promise<ImportReport> {
  const dryRun = input.dryRun ?? false;
  if (dryRun) await sql`savepoint import_dry_run`.execute(trx);
  const refusedBefore = refusalsByRow(refusals);
  const results =
    typeof importer === 'function'
      ? await rowByRow(trx, input.rows, refusedBefore, importer)
      : ((await allAtOnce(trx, input.rows, refusedBefore, await importer.start(true))) ??
        (await rowByRow(trx, input.rows, refusedBefore, (await importer.start(false)).importRow)));
  if (dryRun) {
    await sql`rollback to savepoint import_dry_run`.execute(trx);
    await sql`release savepoint import_dry_run`.execute(trx);
    currentActor().written?.splice(0);
  }
  const rows = dryRun ? results.map((row) => (row.outcome === 'CREATED' ? { ...row, id: null } : row)) : results;
  const count = (outcome: ImportOutcome) => rows.filter((row) => row.outcome === outcome).length;
  return {
    dryRun,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    refused: count('REFUSED'),
    rows,
  };
}

/** Each row's first reference refusal, by row index. */
function refusalsByRow(refusals: readonly ReferenceRefusal[]): Map<string, GraphQLError> {
  const byRow = new Map<string, GraphQLError>();
  for (const refusal of refusals) {
    const index = refusal.reference.path[1];
    if (index !== undefined && !byRow.has(index)) byRow.set(index, refusal);
  }
  return byRow;
}

/** The row's refusal before its import: unparsed, or a reference its owner refused. */
function refusedBefore<Row>(parsed: ParsedRow<Row>, index: number, refused: Map<string, GraphQLError>): GraphQLError | null {
  if (!parsed.ok) return parsed.error;
  return refused.get(String(index)) ?? null;
}

/** Every row behind one savepoint; null, with all of it rolled back, at the first row refused. */
async function allAtOnce<DB, Row>(
  trx: Kysely<DB>,
  rows: ParsedRow<Row>[],
  refused: Map<string, GraphQLError>,
  { importRow, finish }: RowImportAttempt<Row>,
): Promise<ImportRowResult[] | null> {
  // The writes the mutation will announce once committed: rolled-back rows' must not be among them.
  const written = currentActor().written ?? [];
  const mark = written.length;
  const results: ImportRowResult[] = [];
  await sql`savepoint import_rows`.execute(trx);
  try {
    for (const [index, parsed] of rows.entries()) {
      const base = { index, externalId: parsed.externalId };
      const before = refusedBefore(parsed, index, refused);
      if (before || !parsed.ok) results.push({ ...base, ...refusedRow(before ?? ERRORS.INTERNAL_SERVER_ERROR.err('unparsed row')) });
      else results.push({ ...base, ...(await importRow(parsed.row, index)), refusal: null });
    }
    await finish?.();
  } catch (error: unknown) {
    if (!refusalOf(error)) throw error;
    await sql`rollback to savepoint import_rows`.execute(trx);
    await sql`release savepoint import_rows`.execute(trx);
    written.splice(mark);
    return null;
  }
  await sql`release savepoint import_rows`.execute(trx);
  return results;
}

/** Each row behind a savepoint of its own, rolled back alone when the row is refused. */
async function rowByRow<DB, Row>(
  trx: Kysely<DB>,
  rows: ParsedRow<Row>[],
  refused: Map<string, GraphQLError>,
  importRow: ImportRow<Row>,
): Promise<ImportRowResult[]> {
  const written = currentActor().written ?? [];
  const results: ImportRowResult[] = [];
  for (const [index, parsed] of rows.entries()) {
    const base = { index, externalId: parsed.externalId };
    const before = refusedBefore(parsed, index, refused);
    if (before || !parsed.ok) {
      results.push({ ...base, ...refusedRow(before ?? ERRORS.INTERNAL_SERVER_ERROR.err('unparsed row')) });
      continue;
    }
    const mark = written.length;
    await sql`savepoint import_row`.execute(trx);
    try {
      const outcome = await importRow(parsed.row, index);
      await sql`release savepoint import_row`.execute(trx);
      results.push({ ...base, ...outcome, refusal: null });
    } catch (error: unknown) {
      await sql`rollback to savepoint import_row`.execute(trx);
      await sql`release savepoint import_row`.execute(trx);
      written.splice(mark);
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      results.push({ ...base, ...refusedRow(refusal) });
    }
  }
  return results;
}

/** What a row's failed import means for the row: a coded refusal (a unique index hit is CONFLICT), or null for an error that fails the call. */
function refusalOf(error: unknown): GraphQLError | null {
  const refusal = isUniqueViolation(error)
    ? ERRORS.CONFLICT.err('Another write took one of this row’s unique values (an external id, an email); nothing was stored')
    : error;
  if (!(refusal instanceof GraphQLError) || !isErrorCode(refusal.extensions.code) || refusal.extensions.code === 'INTERNAL_SERVER_ERROR')
    return null;
  return refusal;
}

/** The REFUSED result of a row refused with `error`: its code, message and failing fields (relative to the row). */
function refusedRow(error: GraphQLError): Omit<ImportRowResult, 'index' | 'externalId'> {
  const fieldErrors = (error.extensions.fields ?? []) as { path: string[] }[];
  const fields = fieldErrors.map(({ path }) => (path[0] === 'rows' ? path.slice(2) : path).join('.'));
  const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  return { outcome: 'REFUSED', id: null, changedFields: [], refusal: { code, message: error.message, fields: [...new Set(fields)] } };
}

/** Runs `work`, giving a coded error without failing fields (INVALID_TRANSITION, say) the row field it is about. */
export async function aboutField<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    if (error instanceof GraphQLError && !error.extensions.fields) {
      error.extensions.fields = [{ path: [field], message: error.message }];
    }
    throw error;
  }
}

/**
 * The fields of `wanted` (API names) whose value differs from `current`: a field absent from the
 * row (undefined) is left as it is; null clears it.
 */
export function changesOf<Wanted extends Record<string, unknown>>(
  wanted: Wanted,
  current: { [K in keyof Wanted]?: unknown },
): (keyof Wanted & string)[] {
  return (Object.keys(wanted) as (keyof Wanted & string)[]).filter(
    (field) => wanted[field] !== undefined && (wanted[field] ?? null) !== (current[field] ?? null),
  );
}
