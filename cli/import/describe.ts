import type { Change } from '../../lib/standardise/outcome.ts';
import type { PreparedRow } from './prepare-row.ts';
import type { ImportTotals } from './run-import.ts';
import type { RowResult } from './send-batch.ts';

/** The lines `recordgraph import` and `recordgraph standardise` print, one place for their wording. */

/** Where a row is in the file: `line 7`, or `lines 7-9` for an invoice's lines. */
export function whereIs(row: PreparedRow): string {
  const lines = row.sources.map((source) => source.line);
  const [first, last] = [Math.min(...lines), Math.max(...lines)];
  return first === last ? `line ${first}` : `lines ${first}-${last}`;
}

/** One row's outcome, then each change standardisation made to it. */
export function describeResult(result: RowResult, system: string): string[] {
  const head = `${whereIs(result.row).padEnd(12)} ${system}:${result.row.externalId || '?'}  ${result.outcome.padEnd(9)}`;
  const detail =
    result.outcome === 'REFUSED'
      ? `${result.refusal?.code}: ${result.refusal?.message}`
      : result.changedFields.length
        ? `${result.outcome === 'UPDATED' ? 'changes' : 'sets'} ${result.changedFields.join(', ')}`
        : '';
  return [`${head} ${detail}`.trimEnd(), ...result.row.changes.map(describeChange)];
}

export function describeChange(change: Change): string {
  return `    standardised ${change.field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} (${change.rule})`;
}

export function describeTotals(totals: ImportTotals, dryRun: boolean): string {
  const verb = dryRun ? 'dry run, nothing written: would have' : 'imported';
  return `${verb} ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.refused} refused (${totals.rows} rows)`;
}
