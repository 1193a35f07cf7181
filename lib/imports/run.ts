import { GraphQLError } from 'graphql';
import { sql, type Kysely } from 'kysely';
import { isErrorCode } from '../errors.ts';
import { ERRORS } from '../errors.ts';
import type { Reference, ReferenceRefusal } from '../references.ts';
import { isUniqueViolation } from '../store/database.ts';
import { currentActor } from '../writes/actor.ts';
import type { ParsedRow } from './args.ts';

/**
 * The server side of imports, the same for every owner: each row an idempotent upsert keyed on
 * (system, row.externalId) through the owner's write path, in the mutation's one transaction with
 * a savepoint per row, so that a refused row leaves nothing behind and the others go on, and a
 * call of 1,000 rows commits once (fast on SQLite, where each commit is a sync to disk).
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

/** A reference of row `index`'s `field`, for the mutation's rowReferences (lib/writes/mutation.ts). */
export function rowReference(index: number, field: string, reference: Omit<Reference, 'path'>): Reference {
  return { ...reference, path: ['rows', String(index), field] };
}

/**
 * Imports `rows` in the write's transaction `trx`, calling `importRow` for each row that parsed
 * and whose references their owners confirmed. A row whose import throws a coded error (or hits
 * a unique index) is rolled back to its savepoint and reported REFUSED with that code; any other
 * error fails the whole call, and nothing is written. A dry run rolls everything back at the end
 * and reports the same outcomes.
 */
export async function importRows<DB, Row>(
  trx: Kysely<DB>,
  input: { rows: ParsedRow<Row>[]; dryRun?: boolean | null },
  refusals: readonly ReferenceRefusal[],
  importRow: (row: Row, index: number) => Promise<RowOutcome>,
): Promise<ImportReport> {
  const dryRun = input.dryRun ?? false;
  // The writes the mutation will announce once committed: a rolled-back row's must not be among them.
  const written = currentActor().written ?? [];
  if (dryRun) await sql`savepoint import_dry_run`.execute(trx);
  const results: ImportRowResult[] = [];
  for (const [index, parsed] of input.rows.entries()) {
    const base = { index, externalId: parsed.externalId };
    const refused = parsed.ok ? refusals.find((refusal) => refusal.reference.path[1] === String(index)) : parsed.error;
    if (refused || !parsed.ok) {
      results.push({ ...base, ...refusedRow(refused ?? ERRORS.INTERNAL_SERVER_ERROR.err('unparsed row')) });
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
      const refusal = isUniqueViolation(error)
        ? ERRORS.CONFLICT.err('Another write took one of this row’s unique values (an external id, an email); nothing was stored')
        : error;
      if (
        !(refusal instanceof GraphQLError) ||
        !isErrorCode(refusal.extensions.code) ||
        refusal.extensions.code === 'INTERNAL_SERVER_ERROR'
      ) {
        throw error;
      }
      results.push({ ...base, ...refusedRow(refusal) });
    }
  }
  if (dryRun) {
    await sql`rollback to savepoint import_dry_run`.execute(trx);
    await sql`release savepoint import_dry_run`.execute(trx);
    written.splice(0);
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
