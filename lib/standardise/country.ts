import countries from 'i18n-iso-countries';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/**
 * An ISO 3166-1 alpha-2 code (what Client.country stores) from an alpha-2 or alpha-3 code or the
 * country's name in English, official or usual ("United Kingdom", "UK", "DEU", "germany").
 */
export function standardiseCountry(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const code = alpha2Of(text.value);
  if (!code) return refused(context.field, raw, `"${text.value}" is not a country name or ISO 3166 code`);
  return accepted(code, [...text.changes, ...changeIf(context.field, text.value, code, 'country.iso3166')]);
}

function alpha2Of(text: string): string | undefined {
  const upper = text.toUpperCase();
  if (upper.length === 2 && countries.isValid(upper)) return upper;
  if (upper.length === 3 && countries.isValid(upper)) return countries.alpha3ToAlpha2(upper);
  return countries.getAlpha2Code(text, 'en');
}
