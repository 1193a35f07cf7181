import { parse } from 'tldts';
import { standardiseEmail } from './email.ts';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/**
 * Mail providers anyone can sign up with: an address there says nothing about the company, so its
 * domain is never taken as the company's web domain. Hand-written because no maintained npm package
 * lists free-mail providers without also listing thousands of disposable ones; these are the ones
 * people actually use for work.
 */
const FREE_MAIL = new Set([
  'aol.com',
  'gmail.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hey.com',
  'hotmail.co.uk',
  'hotmail.com',
  'hotmail.fr',
  'icloud.com',
  'live.com',
  'mac.com',
  'mail.com',
  'me.com',
  'msn.com',
  'orange.fr',
  'outlook.com',
  'proton.me',
  'protonmail.com',
  'web.de',
  'yahoo.co.uk',
  'yahoo.com',
  'yahoo.fr',
  'yandex.ru',
  'zoho.com',
]);

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain.toLowerCase());
}

/**
 * A company's web domain from a URL or host name ("https://www.Acme.co.uk/about" → acme.co.uk): the
 * registrable domain by the public suffix list (tldts), so "www." and any other subdomain go.
 */
export function standardiseDomain(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const { domain, isIcann } = parse(text.value.toLowerCase());
  if (!domain || !isIcann) return refused(context.field, raw, `"${text.value}" is not a web address or domain`);
  return accepted(domain, [...text.changes, ...changeIf(context.field, text.value, domain, 'domain.registrable')]);
}

/**
 * A company's web domain from an email address at it (jane@sales.acme.com → acme.com); none for
 * a free-mail address, which is reported as a change so the user sees why the domain stayed empty.
 */
export function domainFromEmail(raw: string, context: StandardiseContext): Standardised<string | null> {
  const email = standardiseEmail(raw, context);
  if (!email.ok || email.value === null) return email;
  const { domain } = parse(email.value.slice(email.value.lastIndexOf('@') + 1));
  if (!domain) return refused(context.field, raw, `"${email.value}" has no web domain`);
  if (isFreeMailDomain(domain)) {
    return accepted(null, [{ field: context.field, before: raw, after: '', rule: 'domain.free-mail' }]);
  }
  return accepted(domain, [{ field: context.field, before: raw, after: domain, rule: 'domain.from-email' }]);
}
