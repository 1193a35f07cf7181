import currencies from 'currency-codes';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/** An ISO 4217 code from a code in any case or the currency's ISO name ("usd", "Pound Sterling"). */
export function standardiseCurrency(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const name = text.value.toLowerCase();
  const code = currencies.code(text.value)?.code ?? currencies.data.find((currency) => currency.currency.toLowerCase() === name)?.code;
  if (!code) return refused(context.field, raw, `"${text.value}" is not an ISO 4217 currency`);
  return accepted(code, [...text.changes, ...changeIf(context.field, text.value, code, 'currency.iso4217')]);
}
