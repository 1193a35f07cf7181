import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/**
 * A phone number in E.164 (+442079460958) by libphonenumber-js; a number written without its
 * country code is read in the row's or the mapping's default country. Refused when it is not a
 * possible number there.
 */
export function standardisePhone(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const country = context.defaultCountry?.toUpperCase() as CountryCode | undefined;
  const phone = parsePhoneNumberFromString(text.value, country);
  if (!phone?.isValid()) {
    const hint = country ? ` in ${country}` : ' (no country code, and no default country in the row or the mapping)';
    return refused(context.field, raw, `"${text.value}" is not a valid phone number${hint}`);
  }
  return accepted(phone.number, [...text.changes, ...changeIf(context.field, text.value, phone.number, 'phone.e164')]);
}
