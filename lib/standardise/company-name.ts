import type { StandardiseContext, Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/**
 * A company name as matching sees it, never as anyone reads it: "ACME, Inc." and "Acme
 * Incorporated" are the same company, and so are "Müller GmbH" and "Muller". Used wherever two
 * records are compared by name (import references, duplicate candidates, reconcile); the name
 * shown stays as its owner stored it.
 *
 * Hand-written because no maintained npm package normalises legal forms (the usual reference is
 * Python's cleanco); the list covers the forms of the countries our users trade in and is easy to
 * extend.
 */
const LEGAL_FORMS = new Set([
  'ab',
  'ag',
  'as',
  'asa',
  'bv',
  'bvba',
  'co',
  'company',
  'corp',
  'corporation',
  'cv',
  'gmbh',
  'inc',
  'incorporated',
  'kft',
  'kg',
  'kk',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'ltda',
  'nv',
  'oy',
  'oyj',
  'plc',
  'pte',
  'pty',
  'sa',
  'sarl',
  'sas',
  'spa',
  'sl',
  'srl',
  'sro',
  'ug',
]);

/**
 * Legal forms of more than one word, matched on the words companyMatchKey has already split
 * ("&" read as "and"): removed before the one-word forms above, whose words they reuse.
 */
const LEGAL_PHRASES = [
  ['gmbh', 'and', 'co', 'kg'],
  ['ag', 'and', 'co', 'kg'],
  ['limited', 'liability', 'company'],
  ['limited', 'liability', 'partnership'],
  ['public', 'limited', 'company'],
  ['private', 'limited'],
];

/** The key two names share when they name the same company: lower case, no accents, no punctuation, no legal form. */
export function companyMatchKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "S.A.", "B.V.", "Co." lose their dots so they read as one word.
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Legal forms come last ("Acme Holdings Ltd", "Acme Co Ltd"); a name that is only one keeps it.
  for (const phrase of LEGAL_PHRASES) {
    if (words.length > phrase.length && phrase.every((word, i) => words[words.length - phrase.length + i] === word)) {
      words.splice(words.length - phrase.length);
    }
  }
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/**
 * A company name for display, as the import writes it: whitespace collapsed and nothing else (the
 * legal form stays; it is part of the name people read). Compare names with companyMatchKey.
 */
export function standardiseCompanyName(raw: string, context: StandardiseContext): Standardised<string | null> {
  return standardiseText(raw, context);
}
