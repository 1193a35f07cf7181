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
  /** A batch's outcomes at once, in file order, after `onResult` for each (one write to a terminal rather than one a row). */
  onResults?: (results: RowResult[]) => void;
  /**
   * Things worth telling that are not a row's outcome: a column the file lacks, a likely duplicate.
   * A note about a row is told after the outcomes of the batches before it and before its own.
   */
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

/** Rows read for one import call, and the notes about them. */
interface Batch {
  rows: PreparedRow[];
  notes: string[];
}

/**
 * `recordgraph import`: reads and standardises the file's rows, resolves their references through
 * the gateway, and sends them in batches to the owner's import mutation, which upserts each by
 * (system, external id) through its write path. A refused row is reported and written to the
 * report file; the run goes on. Running it again, whole or after a crash, changes only what is
 * not in yet, since every row already in answers UNCHANGED.
 *
 * One call is in flight at a time, and the next batch is read and standardised meanwhile, so the
 * file's work and the owner's overlap. Never more than one: calls of one run reach the owner in
 * file order, so a later row of the file (the same external id twice) is always written last.
 */
export async function runImport(run: ImportRun): Promise<ImportTotals> {
  const totals: ImportTotals = { rows: 0, created: 0, updated: 0, unchanged: 0, refused: 0, reportRows: 0 };
  const batchSize = Math.min(run.batchSize ?? MAX_BATCH, MAX_BATCH);
  const report = new RefusedRowsFile(run.reportPath);
  const references = new References(run.gateway);
  const seenNames = new Map<string, number>();
  let columns: string[] = [];
  let batch: Batch = { rows: [], notes: [] };
  // The call in flight, settled once its rows' outcomes are told (a property: set by flush, read after it).
  const calls: { inFlight: Promise<void> | null } = { inFlight: null };

  // Before the first call a note is told at once; after, it waits for its batch's turn.
  const note = (text: string) => (calls.inFlight ? batch.notes.push(text) : run.onNote?.(text));
  // Tells every row of the batch its outcome in file order: the refused before sending, and the sent as the owner answered.
  const tell = (rows: PreparedRow[], sent: RowResult[]) => {
    const outcomes = new Map(sent.map((result) => [result.row, result]));
    const results = rows.map((row) => (row.refusal ? refused(row, row.refusal) : (outcomes.get(row) as RowResult)));
    for (const result of results) {
      totals.rows++;
      totals[result.outcome === 'REFUSED' ? 'refused' : (result.outcome.toLowerCase() as 'created' | 'updated' | 'unchanged')]++;
      if (result.outcome === 'REFUSED') report.write(result);
      run.onResult?.(result);
    }
    run.onResults?.(results);
  };
  // Waits for the call in flight to be told, then sends `ready` and returns: its outcomes are told while the next batch is read.
  const flush = async () => {
    const ready = batch;
    batch = { rows: [], notes: [] };
    await calls.inFlight;
    for (const text of ready.notes) run.onNote?.(text);
    const sendable = ready.rows.filter((row) => !row.refusal);
    const sending = sendBatch(run.gateway, run.target, run.system, sendable, run.dryRun).then((sent) => tell(ready.rows, sent));
    // Its failure (the import stopped) is thrown where it is awaited, at the next flush or the end, not as an unhandled rejection meanwhile.
    sending.catch(() => {});
    calls.inFlight = sending;
  };

  const sendable = new Set(mappableFields(run.target));
  for (const field of Object.keys(run.mapping.fields).filter((name) => !sendable.has(name))) {
    note(`${field} is not a field of ${run.target.rowType}: it is standardised and reported, not sent`);
  }
  const rows = preparedRows(run.path, run.mapping, {
    system: run.system,
    target: run.target,
    onMissingColumn: (field, missing) => note(`the file has no column ${missing.join(' or ')}: ${field} is left as it is`),
  });
  try {
    for await (const row of rows) {
      if (!columns.length && row.sources[0]) columns = Object.keys(row.sources[0].values);
      if (run.target.entity === 'clients') noteLikelyDuplicate(row, seenNames, note);
      batch.rows.push(row.refusal ? row : await references.resolve(row, run.target));
      if (batch.rows.length >= batchSize) await flush();
    }
  } catch (error: unknown) {
    // The file cannot be read on (or a reference not looked up): the call already sent is told first.
    await calls.inFlight?.catch(() => {});
    throw error;
  }
  await flush();
  await calls.inFlight;
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
