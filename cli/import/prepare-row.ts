import { collapseWhitespace } from '../../lib/standardise/whitespace.ts';
import { STANDARDISERS } from '../../lib/standardise/index.ts';
import { changeIf, type Change, type Refusal, type Standardised } from '../../lib/standardise/outcome.ts';
import type { FieldMapping, Mapping } from './mapping.ts';
import type { SourceRecord } from './read-records.ts';
import type { ImportTarget } from './targets.ts';

/** Why a row is not imported: a code from lib/errors.ts, in words, and the fields at fault. */
export interface RowRefusal {
  code: string;
  message: string;
  fields: string[];
}

/** One import row as the file gives it, standardised: what is sent, every change made, or why not. */
export interface PreparedRow {
  /** The file rows it came from: one, or an invoice's lines. */
  sources: SourceRecord[];
  externalId: string;
  /** The row's fields, references still by name or email until resolved (resolve-references.ts). */
  fields: Record<string, unknown>;
  changes: Change[];
  refusal?: RowRefusal;
}

/**
 * Maps and standardises one record (the rows of one group, for a grouped mapping): every field the
 * mapping names, each through its standardiser; then, with a target, the checks the owner's
 * schema would otherwise make on the whole request (required fields, enum values). Every problem
 * of the row is reported together, so it is fixed in one go.
 */
export function prepareRow(mapping: Mapping, sources: SourceRecord[], options: { system: string; target?: ImportTarget }): PreparedRow {
  const [first] = sources;
  const externalId = collapseWhitespace(first ? pick(first.values, mapping.externalId.column) : '');
  const row: PreparedRow = { sources, externalId, fields: {}, changes: [] };
  const refusals: Refusal[] = [];
  const unreadable = sources.find((source) => source.problem);
  if (!first || unreadable)
    return refuse(row, [{ field: 'line', value: '', code: 'BAD_USER_INPUT', message: unreadable?.problem ?? 'no row' }]);
  if (!externalId) refusals.push(missing('externalId', `no id in ${[mapping.externalId.column].flat().join(' or ')}`));

  // The country first: it is the default for the row's phone numbers.
  const fields = Object.entries(mapping.fields).sort(([a], [b]) => Number(b === 'country') - Number(a === 'country'));
  for (const [field, spec] of fields) {
    const defaultCountry = typeof row.fields.country === 'string' ? row.fields.country : mapping.defaultCountry;
    take(standardiseField(spec, first.values, field, defaultCountry), row, row.fields, field, refusals);
  }
  const { lines } = mapping;
  const { target } = options;
  if (lines) {
    row.fields[target?.lines?.field ?? 'lines'] = sources.map((source, i) => {
      const line: Record<string, unknown> = {};
      for (const [field, spec] of Object.entries(lines))
        take(standardiseField(spec, source.values, `lines[${i}].${field}`, mapping.defaultCountry), row, line, field, refusals);
      return line;
    });
  }
  if (target) refusals.push(...checkAgainst(target, row, options.system, new Set(refusals.map((refusal) => refusal.field))));
  return refusals.length ? refuse(row, refusals) : row;
}

function take(
  outcome: Standardised<string | null>,
  row: PreparedRow,
  into: Record<string, unknown>,
  field: string,
  refusals: Refusal[],
): void {
  if (!outcome.ok) {
    refusals.push(outcome.refusal);
    return;
  }
  row.changes.push(...outcome.changes);
  if (outcome.value !== null) into[field] = outcome.value;
}

/** One field: its column (or a fallback), mapped through `values`, then its standardiser. */
function standardiseField(
  spec: FieldMapping,
  values: Record<string, string>,
  field: string,
  defaultCountry?: string,
): Standardised<string | null> {
  let raw = pick(values, spec.column, spec.join);
  if (!raw.trim() && spec.fallback) return standardiseField(spec.fallback, values, field, defaultCountry);
  if (!raw.trim() && spec.default !== undefined) raw = spec.default;
  const mapped = spec.values
    ? Object.entries(spec.values).find(([from]) => from.toLowerCase() === raw.trim().toLowerCase())?.[1]
    : undefined;
  const changes = mapped === undefined ? [] : changeIf(field, raw, mapped, 'mapping.values');
  const outcome = STANDARDISERS[spec.standardise ?? 'text'](mapped ?? raw, { field, dateFormat: spec.dateFormat, defaultCountry });
  return outcome.ok ? { ...outcome, changes: [...changes, ...outcome.changes] } : outcome;
}

/** The first non-empty of the columns, or all of them joined by a space. */
function pick(values: Record<string, string>, column: string | string[], join = false): string {
  const cells = [column].flat().map((name) => values[name] ?? '');
  return join ? cells.filter((cell) => cell.trim()).join(' ') : (cells.find((cell) => cell.trim()) ?? '');
}

/** What the owner's schema would refuse the whole request for: missing required fields, unknown enum values. */
function checkAgainst(target: ImportTarget, row: PreparedRow, system: string, alreadyRefused: Set<string>): Refusal[] {
  const refusals: Refusal[] = [];
  for (const [field, allowed] of Object.entries(target.enums)) {
    const value = row.fields[field];
    if (typeof value !== 'string') continue;
    const name = value.toUpperCase().replace(/[\s-]+/g, '_');
    if (!allowed.includes(name))
      refusals.push({ field, value, code: 'BAD_USER_INPUT', message: `"${value}" is not a ${field}: expected ${allowed.join(', ')}` });
    else {
      row.changes.push(...changeIf(field, value, name, 'enum'));
      row.fields[field] = name;
    }
  }
  const satisfied = (field: string) =>
    row.fields[field] !== undefined || target.references.some((ref) => ref.to === field && row.fields[ref.from] !== undefined);
  for (const field of target.required)
    if (!satisfied(field) && !alreadyRefused.has(field)) refusals.push(missing(field, `${field} is required`));
  if (target.lines) {
    const lines = (row.fields[target.lines.field] ?? []) as Record<string, unknown>[];
    if (!lines.length) refusals.push(missing(target.lines.field, 'at least one line is required'));
    lines.forEach((line, i) => {
      for (const field of target.lines?.required ?? [])
        if (line[field] === undefined && !alreadyRefused.has(`lines[${i}].${field}`))
          refusals.push(missing(`lines[${i}].${field}`, `lines[${i}].${field} is required`));
    });
  }
  for (const field of target.externalReferences) {
    const id = row.fields[field];
    if (typeof id === 'string') row.fields[field] = { system, id };
  }
  return refusals;
}

function missing(field: string, message: string): Refusal {
  return { field, value: '', code: 'BAD_USER_INPUT', message };
}

function refuse(row: PreparedRow, refusals: Refusal[]): PreparedRow {
  return {
    ...row,
    refusal: {
      code: 'BAD_USER_INPUT',
      message: refusals.map((refusal) => refusal.message).join('; '),
      fields: [...new Set(refusals.map((r) => r.field))],
    },
  };
}
