import { describe, expect, it } from 'vitest';
import { companyMatchKey, standardiseCompanyName } from '../../../lib/standardise/company-name.ts';
import { standardiseCountry } from '../../../lib/standardise/country.ts';
import { standardiseCurrency } from '../../../lib/standardise/currency.ts';
import { standardiseDate } from '../../../lib/standardise/date.ts';
import { standardiseDecimal } from '../../../lib/standardise/decimal.ts';
import { domainFromEmail, standardiseDomain } from '../../../lib/standardise/domain.ts';
import { standardiseEmail } from '../../../lib/standardise/email.ts';
import type { StandardiseContext, Standardiser } from '../../../lib/standardise/outcome.ts';
import { standardisePhone } from '../../../lib/standardise/phone.ts';
import { standardiseText } from '../../../lib/standardise/whitespace.ts';

const ctx = (more: Partial<StandardiseContext> = {}): StandardiseContext => ({ field: 'f', ...more });

/** The value a standardiser settled on, failing the test if it refused. */
function valueOf(standardise: Standardiser, raw: string, context = ctx()): string | null {
  const outcome = standardise(raw, context);
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome.value;
}

function refusalOf(standardise: Standardiser, raw: string, context = ctx()) {
  const outcome = standardise(raw, context);
  if (outcome.ok) throw new Error(`accepted as ${outcome.value}`);
  return outcome.refusal;
}

describe('text', () => {
  it('trims and collapses whitespace and reports the change', () => {
    expect(standardiseText('  Acme \t  Trading\u00a0Co ', ctx({ field: 'name' }))).toEqual({
      ok: true,
      value: 'Acme Trading Co',
      changes: [{ field: 'name', before: '  Acme \t  Trading\u00a0Co ', after: 'Acme Trading Co', rule: 'text.whitespace' }],
    });
  });

  it('reports nothing for a value already clean, and reads a blank cell as no value', () => {
    expect(standardiseText('Acme', ctx())).toEqual({ ok: true, value: 'Acme', changes: [] });
    expect(standardiseText('   ', ctx())).toEqual({ ok: true, value: null, changes: [] });
  });
});

describe('company names', () => {
  it('give one match key across legal forms, punctuation, accents and case', () => {
    const key = companyMatchKey('Acme');
    for (const name of [
      'ACME, Inc.',
      'Acme Incorporated',
      'Acme L.L.C.',
      'The Acme Company',
      'Acme Limited Liability Company',
      'acme co., ltd.',
    ])
      expect(companyMatchKey(name)).toBe(key);
    expect(companyMatchKey('Müller GmbH & Co. KG')).toBe(companyMatchKey('Muller'));
    expect(companyMatchKey('Stark & Wayne')).toBe('stark and wayne');
  });

  it('keep the legal form for display and only collapse whitespace', () => {
    expect(valueOf(standardiseCompanyName, ' Acme,  Inc. ')).toBe('Acme, Inc.');
  });
});

describe('emails', () => {
  it('are lower-cased, with the change reported', () => {
    const outcome = standardiseEmail(' Jane.Doe@Acme.COM', ctx({ field: 'email' }));
    expect(outcome).toEqual({
      ok: true,
      value: 'jane.doe@acme.com',
      changes: [
        { field: 'email', before: ' Jane.Doe@Acme.COM', after: 'Jane.Doe@Acme.COM', rule: 'text.whitespace' },
        { field: 'email', before: 'Jane.Doe@Acme.COM', after: 'jane.doe@acme.com', rule: 'email.lowercase' },
      ],
    });
  });

  it('are refused when not an address, with BAD_USER_INPUT naming the field', () => {
    expect(refusalOf(standardiseEmail, 'jane.doe@', ctx({ field: 'email' }))).toEqual({
      field: 'email',
      value: 'jane.doe@',
      code: 'BAD_USER_INPUT',
      message: '"jane.doe@" is not an email address',
    });
    expect(refusalOf(standardiseEmail, 'jane doe@acme.com').code).toBe('BAD_USER_INPUT');
  });
});

describe('web domains', () => {
  it('are the registrable domain of a URL or host, without www.', () => {
    expect(valueOf(standardiseDomain, 'https://www.Acme.co.uk/about')).toBe('acme.co.uk');
    expect(valueOf(standardiseDomain, 'www.globex.com')).toBe('globex.com');
    expect(valueOf(standardiseDomain, 'shop.initech.io')).toBe('initech.io');
    expect(standardiseDomain('https://www.acme.com', ctx())).toMatchObject({
      changes: [{ rule: 'domain.registrable', after: 'acme.com' }],
    });
  });

  it('are refused when there is no public domain', () => {
    expect(refusalOf(standardiseDomain, 'not a website').message).toBe('"not a website" is not a web address or domain');
    expect(refusalOf(standardiseDomain, 'http://localhost:3000').code).toBe('BAD_USER_INPUT');
  });

  it('come from a work email, but never from a free-mail one', () => {
    expect(valueOf(domainFromEmail, 'jane@sales.acme.com')).toBe('acme.com');
    expect(domainFromEmail('jane.doe@gmail.com', ctx({ field: 'domain' }))).toEqual({
      ok: true,
      value: null,
      changes: [{ field: 'domain', before: 'jane.doe@gmail.com', after: '', rule: 'domain.free-mail' }],
    });
    expect(refusalOf(domainFromEmail, 'jane.doe').code).toBe('BAD_USER_INPUT');
  });
});

describe('phone numbers', () => {
  it('become E.164, read in the default country when written without a country code', () => {
    expect(valueOf(standardisePhone, '020 7946 0958', ctx({ defaultCountry: 'GB' }))).toBe('+442079460958');
    expect(valueOf(standardisePhone, '(415) 555-2671', ctx({ defaultCountry: 'us' }))).toBe('+14155552671');
    expect(valueOf(standardisePhone, '+49 30 901820')).toBe('+4930901820');
  });

  it('are refused when not a valid number, saying when a default country was missing', () => {
    expect(refusalOf(standardisePhone, '12345', ctx({ defaultCountry: 'GB' })).message).toBe('"12345" is not a valid phone number in GB');
    expect(refusalOf(standardisePhone, '020 7946 0958').message).toContain('no default country');
  });
});

describe('countries', () => {
  it('become ISO 3166 alpha-2 from English names and alpha-2 or alpha-3 codes', () => {
    expect(valueOf(standardiseCountry, 'United Kingdom')).toBe('GB');
    expect(valueOf(standardiseCountry, 'UK')).toBe('GB');
    expect(valueOf(standardiseCountry, 'germany')).toBe('DE');
    expect(valueOf(standardiseCountry, 'DEU')).toBe('DE');
    expect(valueOf(standardiseCountry, 'fr')).toBe('FR');
    expect(valueOf(standardiseCountry, 'United States of America')).toBe('US');
  });

  it('are refused when unknown', () => {
    expect(refusalOf(standardiseCountry, 'Atlantis').message).toBe('"Atlantis" is not a country name or ISO 3166 code');
    expect(refusalOf(standardiseCountry, 'QQ').code).toBe('BAD_USER_INPUT');
  });
});

describe('currencies', () => {
  it('become ISO 4217 codes from codes in any case and ISO names', () => {
    expect(valueOf(standardiseCurrency, 'usd')).toBe('USD');
    expect(valueOf(standardiseCurrency, 'Pound Sterling')).toBe('GBP');
    expect(valueOf(standardiseCurrency, 'EUR')).toBe('EUR');
  });

  it('are refused when unknown', () => {
    expect(refusalOf(standardiseCurrency, 'Bitcoin').message).toBe('"Bitcoin" is not an ISO 4217 currency');
  });
});

describe('dates', () => {
  it('are read in the format the mapping names and written yyyy-MM-dd', () => {
    expect(valueOf(standardiseDate, '31/12/2025', ctx({ dateFormat: 'dd/MM/yyyy' }))).toBe('2025-12-31');
    expect(valueOf(standardiseDate, '12/31/2025', ctx({ dateFormat: 'MM/dd/yyyy' }))).toBe('2025-12-31');
    expect(valueOf(standardiseDate, '03/04/2025', ctx({ dateFormat: 'dd/MM/yyyy' }))).toBe('2025-04-03');
    expect(valueOf(standardiseDate, '03/04/2025', ctx({ dateFormat: 'MM/dd/yyyy' }))).toBe('2025-03-04');
    expect(valueOf(standardiseDate, '2025-12-31', ctx({ dateFormat: 'dd/MM/yyyy' }))).toBe('2025-12-31');
  });

  it('read Excel serial numbers', () => {
    expect(valueOf(standardiseDate, '45658', ctx({ dateFormat: 'excel' }))).toBe('2025-01-01');
    expect(valueOf(standardiseDate, '61', ctx({ dateFormat: 'excel' }))).toBe('1900-03-01');
  });

  it('are refused when impossible, in another format, or with a two-digit year', () => {
    expect(refusalOf(standardiseDate, '31/02/2025', ctx({ dateFormat: 'dd/MM/yyyy' })).message).toBe(
      '"31/02/2025" is not a date in the format dd/MM/yyyy',
    );
    expect(refusalOf(standardiseDate, '12/31/2025', ctx({ dateFormat: 'dd/MM/yyyy' })).code).toBe('BAD_USER_INPUT');
    expect(refusalOf(standardiseDate, '31/12/25', ctx({ dateFormat: 'dd/MM/yyyy' })).code).toBe('BAD_USER_INPUT');
    expect(refusalOf(standardiseDate, 'next Tuesday').code).toBe('BAD_USER_INPUT');
  });
});

describe('decimals', () => {
  it('lose thousands separators', () => {
    expect(valueOf(standardiseDecimal, '1,234.50')).toBe('1234.50');
    expect(valueOf(standardiseDecimal, '-12')).toBe('-12');
  });

  it('are refused when not a number', () => {
    expect(refusalOf(standardiseDecimal, '12 EUR').message).toBe('"12 EUR" is not a number');
  });
});
