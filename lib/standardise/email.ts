import { z } from 'zod';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

const EMAIL = z.email();

/** An email address in lower case (the part before @ is case-insensitive in practice everywhere we meet it), or refused when it is not one. */
export function standardiseEmail(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const lower = text.value.toLowerCase();
  if (!EMAIL.safeParse(lower).success) return refused(context.field, raw, `"${text.value}" is not an email address`);
  return accepted(lower, [...text.changes, ...changeIf(context.field, text.value, lower, 'email.lowercase')]);
}
