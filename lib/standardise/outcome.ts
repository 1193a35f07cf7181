/**
 * What every standardiser answers: the value it settled on and each change it made to get there
 * (so an import can report every change, never a silent one), or why it refused the value.
 */

export interface Change {
  field: string;
  before: string;
  after: string;
  /** The standardiser's rule, e.g. `email.lowercase` or `date.format`. */
  rule: string;
}

export interface Refusal {
  field: string;
  value: string;
  /** A code from lib/errors.ts: always BAD_USER_INPUT, as the server would answer the same value. */
  code: 'BAD_USER_INPUT';
  message: string;
}

export type Standardised<T> = { ok: true; value: T; changes: Change[] } | { ok: false; refusal: Refusal };

/** A standardiser: the raw text of one field (already trimmed of nothing) and what it may need from the row or the mapping. */
export type Standardiser = (raw: string, context: StandardiseContext) => Standardised<string | null>;

export interface StandardiseContext {
  field: string;
  /** ISO 3166 alpha-2 country for phone numbers written without one (from the row or the mapping). */
  defaultCountry?: string;
  /** The date-fns pattern the column is written in, or `excel` for spreadsheet serial numbers. */
  dateFormat?: string;
}

export function accepted<T>(value: T, changes: Change[] = []): Standardised<T> {
  return { ok: true, value, changes };
}

export function refused(field: string, value: string, message: string): Standardised<never> {
  return { ok: false, refusal: { field, value, code: 'BAD_USER_INPUT', message } };
}

/** The change from `before` to `after` under `rule`, or none when the rule left the value as it was. */
export function changeIf(field: string, before: string, after: string, rule: string): Change[] {
  return before === after ? [] : [{ field, before, after, rule }];
}
