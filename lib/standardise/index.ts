import { standardiseCompanyName } from './company-name.ts';
import { standardiseCountry } from './country.ts';
import { standardiseCurrency } from './currency.ts';
import { standardiseDate } from './date.ts';
import { standardiseDecimal } from './decimal.ts';
import { domainFromEmail, standardiseDomain } from './domain.ts';
import { standardiseEmail } from './email.ts';
import type { Standardiser } from './outcome.ts';
import { standardisePhone } from './phone.ts';
import { standardiseText } from './whitespace.ts';

/**
 * Every standardiser by the name a mapping file gives it (`"standardise": "email"`): the one list,
 * so a profile, a mapping and `recordgraph standardise` all mean the same thing by a name.
 */
export const STANDARDISERS = {
  text: standardiseText,
  companyName: standardiseCompanyName,
  email: standardiseEmail,
  domain: standardiseDomain,
  domainFromEmail,
  phone: standardisePhone,
  country: standardiseCountry,
  currency: standardiseCurrency,
  date: standardiseDate,
  decimal: standardiseDecimal,
} as const satisfies Record<string, Standardiser>;

export type StandardiserName = keyof typeof STANDARDISERS;

export function isStandardiserName(name: unknown): name is StandardiserName {
  return typeof name === 'string' && Object.hasOwn(STANDARDISERS, name);
}

export { DATE_FORMATS } from './date.ts';
export type { Change, Refusal, StandardiseContext, Standardised, Standardiser } from './outcome.ts';
