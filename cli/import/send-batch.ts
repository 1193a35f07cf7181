import { ImportStoppedError, type Gateway } from './gateway.ts';
import type { PreparedRow, RowRefusal } from './prepare-row.ts';
import type { ImportTarget } from './targets.ts';

export type Outcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

/** What became of one row, from the owner's answer or from the client side's own checks. */
export interface RowResult {
  row: PreparedRow;
  outcome: Outcome;
  /** The owner's id (none when refused, or created in a dry run). */
  id: string | null;
  changedFields: string[];
  refusal: RowRefusal | null;
}

/** The most rows one import mutation takes (the owners refuse more with BAD_USER_INPUT). */
export const MAX_BATCH = 1000;

interface ImportAnswer {
  report: { rows: { index: number; outcome: Outcome; id: string | null; changedFields: string[]; refusal: RowRefusal | null }[] };
}

/**
 * The code with which the whole request is refused for what one row in it holds (a value a
 * scalar refuses while the variables are read). Any other whole-request failure (the gateway has
 * no such mutation: GRAPHQL_VALIDATION_FAILED) would fail every row alike, so it stops the import.
 */
const ONE_ROW_SPOILS_THE_REQUEST = 'BAD_USER_INPUT';

/**
 * Sends rows to the owner's import mutation (schema/shared/imports.graphql) and answers each row's
 * outcome. When the whole request is refused for what a row holds (a value the schema's scalar
 * refuses), the rows are sent again in halves until the guilty rows stand alone, so one bad row is
 * refused alone and the others still go in; the import is an idempotent upsert, so a resend is safe.
 */
export async function sendBatch(
  gateway: Gateway,
  target: ImportTarget,
  system: string,
  rows: PreparedRow[],
  dryRun: boolean,
): Promise<RowResult[]> {
  const results = await sendSplitting(gateway, target, system, rows, dryRun);
  // A CONFLICT may be another write of the same external id that was still running (a killed
  // run's last call, finishing on the server): asked once more, the row finds it and answers
  // UNCHANGED or UPDATED. A real conflict (a unique value another record holds) is refused again.
  const conflicted = results.filter((result) => result.refusal?.code === 'CONFLICT');
  if (!conflicted.length) return results;
  const again = new Map(
    (
      await sendSplitting(
        gateway,
        target,
        system,
        conflicted.map((result) => result.row),
        dryRun,
      )
    ).map((result) => [result.row, result]),
  );
  return results.map((result) => again.get(result.row) ?? result);
}

async function sendSplitting(
  gateway: Gateway,
  target: ImportTarget,
  system: string,
  rows: PreparedRow[],
  dryRun: boolean,
): Promise<RowResult[]> {
  if (!rows.length) return [];
  const query = `mutation Import($system: String!, $rows: [${target.rowType}!]!, $dryRun: Boolean) {
  report: ${target.mutation}(system: $system, rows: $rows, dryRun: $dryRun) { rows { index outcome id changedFields refusal { code message fields } } }
}`;
  const answer = await gateway.request<ImportAnswer>(query, { system, rows: rows.map((row) => payloadOf(row, target)), dryRun });
  const report = answer.data?.report;
  if (report) {
    const byIndex = new Map(report.rows.map((result) => [result.index, result]));
    return rows.map((row, index) => {
      const result = byIndex.get(index);
      if (!result) return refused(row, { code: 'INTERNAL_SERVER_ERROR', message: 'the owner answered nothing for this row', fields: [] });
      return { row, outcome: result.outcome, id: result.id, changedFields: result.changedFields, refusal: result.refusal };
    });
  }
  const error = answer.errors?.[0];
  const code = error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  if (code !== ONE_ROW_SPOILS_THE_REQUEST)
    throw new ImportStoppedError(`${target.mutation} failed: ${error?.message ?? 'no answer'} (${code})`);
  if (rows.length === 1) return [refused(rows[0] as PreparedRow, { code, message: error?.message ?? code, fields: [] })];
  const half = Math.ceil(rows.length / 2);
  return [
    ...(await sendSplitting(gateway, target, system, rows.slice(0, half), dryRun)),
    ...(await sendSplitting(gateway, target, system, rows.slice(half), dryRun)),
  ];
}

/** A row refused before or while sending. */
export function refused(row: PreparedRow, refusal: RowRefusal): RowResult {
  return { row, outcome: 'REFUSED', id: null, changedFields: [], refusal };
}

/** The row as the owner's `<Entity>ImportRow` takes it: its external id and the target's fields the file filled. */
function payloadOf(row: PreparedRow, target: ImportTarget): Record<string, unknown> {
  const payload: Record<string, unknown> = { externalId: row.externalId };
  for (const field of [...target.fields, ...(target.lines ? [target.lines.field] : [])]) {
    if (row.fields[field] !== undefined) payload[field] = row.fields[field];
  }
  return payload;
}
