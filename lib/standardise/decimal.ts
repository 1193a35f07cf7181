import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/** A number as the API's Decimal scalar takes it ("1,234.50" → "1234.50"): thousands separators dropped, a dot for decimals. */
export function standardiseDecimal(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const value = text.value.replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return refused(context.field, raw, `"${text.value}" is not a number`);
  return accepted(value, [...text.changes, ...changeIf(context.field, text.value, value, 'decimal.separators')]);
}
