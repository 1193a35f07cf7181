import { columnsOf, MappingError, type Mapping } from './mapping.ts';
import { prepareRow, type PreparedRow } from './prepare-row.ts';
import { readRecords, type SourceRecord } from './read-records.ts';
import type { ImportTarget } from './targets.ts';

export interface PreparedRowsOptions {
  system: string;
  target?: ImportTarget;
  /** Told once per mapped column the file does not have (the field stays empty). */
  onMissingColumn?: (field: string, columns: string[]) => void;
}

/**
 * The file's rows, mapped and standardised, in file order. A grouped mapping (Xero's one row per
 * invoice line) collects the whole file first and yields one row per group, in the order each
 * group first appears; anything else streams.
 */
export async function* preparedRows(path: string, mapping: Mapping, options: PreparedRowsOptions): AsyncGenerator<PreparedRow> {
  const groups = new Map<string, SourceRecord[]>();
  let checked = false;
  for await (const record of readRecords(path)) {
    if (!checked && !record.problem) {
      checkColumns(mapping, Object.keys(record.values), options);
      checked = true;
    }
    const group = mapping.groupBy ? record.values[mapping.groupBy]?.trim() : '';
    if (!group) yield prepareRow(mapping, [record], options);
    else groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  for (const records of groups.values()) yield prepareRow(mapping, records, options);
}

/** The file must have the external id's column and a column for each required field; a missing optional column is only told. */
function checkColumns(mapping: Mapping, header: string[], options: PreparedRowsOptions): void {
  const has = (columns: string[]) => columns.some((column) => header.includes(column));
  const idColumns = [mapping.externalId.column].flat();
  if (!has(idColumns))
    throw new MappingError(`the file has no id column (${idColumns.join(' or ')}); its columns are: ${header.join(', ')}`);
  for (const [field, spec] of Object.entries(mapping.fields)) {
    const columns = columnsOf(spec);
    if (has(columns)) continue;
    if (options.target?.required.includes(field)) {
      throw new MappingError(`the file has no column for ${field} (${columns.join(' or ')}); its columns are: ${header.join(', ')}`);
    }
    options.onMissingColumn?.(field, columns);
  }
}
