import { accepted, changeIf, type StandardiseContext, type Standardised } from './outcome.ts';

/** Trimmed, with every run of whitespace (tabs, non-breaking spaces, line breaks) one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Free text: whitespace collapsed; an empty cell is no value rather than an empty string. */
export function standardiseText(raw: string, { field }: StandardiseContext): Standardised<string | null> {
  const value = collapseWhitespace(raw);
  if (!value) return accepted(null);
  return accepted(value, changeIf(field, raw, value, 'text.whitespace'));
}
