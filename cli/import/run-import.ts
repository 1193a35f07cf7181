import { companyMatchKey } from '../../lib/standardise/company-name.ts';
import type { Gateway } from './gateway.ts';
import type { Mapping } from './mapping.ts';
import { preparedRows } from './prepared-rows.ts';
import type { PreparedRow } from './prepare-row.ts';
import { RefusedRowsFile } from './report-file.ts';
import { References } from './resolve-references.ts';
import { MAX_BATCH, refused, sendBatch, type RowResult } from './send-batch.ts';
import { mappableFields, type ImportTarget } from './targets.ts';

export interface ImportRun {
  path: string;
  target: ImportTarget;
  mapping: Mapping;
  system: string;
  dryRun: boolean;
  gateway: Gateway;
  /** Where refused rows go (CSV: the file's columns, error_code, error_message). */
  reportPath: string;
  batchSize?: number;
  /** Every row's outcome, in file order. */
  onResult?: (result: RowResult) => void;
  /** Things worth telling that are not a row's outcome: a column the file lacks, a likely duplicate. */
  onNote?: (note: string) => void;
}

export interface ImportTotals {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  /** Lines written to the report file. */
  reportRows: number;
}

/**
 * `recordgraph import`: reads and standardises the file's rows, resolves their references through
 * the gateway, and sends them in batches to the owner's import mutation, which upserts each by
 * (system, external id) through its write path. A refused row is reported and written to the
 * report file; the run goes on. Running it again, whole or after a crash, changes only what is
 * not in yet, since every row already in answers UNCHANGED.
 */
export async function runImport(run: ImportRun): Promise<ImportTotals> {
  const totals: ImportTotals = { rows: 0, created: 0, updated: 0, unchanged: 0, refused: 0, reportRows: 0 };
  const batchSize = Math.min(run.batchSize ?? MAX_BATCH, MAX_BATCH);
  const report = new RefusedRowsFile(run.reportPath);
  const references = new References(run.gateway);
  const seenNames = new Map<string, number>();
  let columns: string[] = [];
  let queue: PreparedRow[] = [];

  const emit = (result: RowResult) => {
    totals.rows++;
    totals[result.outcome === 'REFUSED' ? 'refused' : (result.outcome.toLowerCase() as 'created' | 'updated' | 'unchanged')]++;
    if (result.outcome === 'REFUSED') report.write(result);
    run.onResult?.(result);
  };
  // Sends the queue's sendable rows in one call, then tells every queued row's outcome in file order.
  const flush = async () => {
    const sendable = queue.filter((row) => !row.refusal);
    const sent = await sendBatch(run.gateway, run.target, run.system, sendable, run.dryRun);
    const outcomes = new Map(sent.map((result) => [result.row, result]));
    for (const row of queue) emit(row.refusal ? refused(row, row.refusal) : (outcomes.get(row) as RowResult));
    queue = [];
  };

  const sendable = new Set(mappableFields(run.target));
  for (const field of Object.keys(run.mapping.fields).filter((name) => !sendable.has(name))) {
    run.onNote?.(`${field} is not a field of ${run.target.rowType}: it is standardised and reported, not sent`);
  }
  const rows = preparedRows(run.path, run.mapping, {
    system: run.system,
    target: run.target,
    onMissingColumn: (field, missing) => run.onNote?.(`the file has no column ${missing.join(' or ')}: ${field} is left as it is`),
  });
  for await (const row of rows) {
    if (!columns.length && row.sources[0]) columns = Object.keys(row.sources[0].values);
    if (run.target.entity === 'clients') noteLikelyDuplicate(row, seenNames, run.onNote);
    queue.push(row.refusal ? row : await references.resolve(row, run.target));
    if (queue.length >= batchSize) await flush();
  }
  await flush();
  await report.close(columns);
  totals.reportRows = report.rows;
  return totals;
}

/** Two rows of one file naming the same company another way: both are imported (they have different ids), and the user is told, to merge them after. */
function noteLikelyDuplicate(row: PreparedRow, seen: Map<string, number>, onNote?: (note: string) => void): void {
  const name = row.fields.name;
  const line = row.sources[0]?.line ?? 0;
  if (typeof name !== 'string' || row.refusal) return;
  const key = companyMatchKey(name);
  const earlier = seen.get(key);
  if (earlier === undefined) seen.set(key, line);
  else
    onNote?.(
      `line ${line}: "${name}" looks like the company on line ${earlier} (same name once legal forms and punctuation are set aside); both are imported, see duplicateCandidates to merge them`,
    );
}
