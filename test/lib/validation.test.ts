import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { badInput, fields, moneyInput, validate } from '../../lib/validation.ts';

/** zod at every write's door: what passes comes out normalised, what fails is BAD_USER_INPUT naming every field. */

function refusal(work: () => unknown): { code: unknown; fields: unknown } {
  try {
    work();
  } catch (error: unknown) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, fields: error.extensions.fields };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validate', () => {
  const args = z.object({ input: z.object({ name: fields.name, email: fields.email, country: fields.countryCode.nullish() }) });

  it('returns the parsed, normalised value', () => {
    expect(validate(args, { input: { name: '  Acme  ', email: 'Ada@Example.COM', country: 'DE' } })).toEqual({
      input: { name: 'Acme', email: 'ada@example.com', country: 'DE' },
    });
  });

  it('lists every failing field with its path, not only the first', () => {
    const { code, fields: failing } = refusal(() => validate(args, { input: { name: '', email: 'nope', country: 'XX' } }));
    expect(code).toBe('BAD_USER_INPUT');
    expect((failing as { path: string[] }[]).map((field) => field.path.join('.')).sort()).toEqual([
      'input.country',
      'input.email',
      'input.name',
    ]);
  });

  it('badInput has the same shape for a check made after zod', () => {
    expect(
      refusal(() => {
        throw badInput(['input', 'dueDate'], 'must be after the issue date');
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'dueDate'], message: 'must be after the issue date' }],
    });
  });
});

describe('fields', () => {
  it.each([
    ['an id of the right kind', fields.id('cli'), 'cli_0123456789abcdef', true],
    ['an id of another kind', fields.id('cli'), 'emp_0123456789abcdef', false],
    ['a bare number as an id', fields.id('cli'), '12345', false],
    ['a web domain', fields.webDomain, 'Acme.COM', true],
    ['a URL where a domain belongs', fields.webDomain, 'https://acme.com', false],
    ['an ISO date', fields.isoDate, '2026-02-28', true],
    ['a date that does not exist', fields.isoDate, '2026-02-30', false],
    ['a known currency', fields.currencyCode, 'EUR', true],
    ['an unknown currency', fields.currencyCode, 'EURO', false],
    ['a name of 201 characters', fields.name, 'x'.repeat(201), false],
    ['a version', fields.expectedVersion, 3, true],
    ['version 0', fields.expectedVersion, 0, false],
  ])('%s', (_, schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });

  it('scaled decimals keep their exact value and refuse extra places', () => {
    const hours = fields.scaled(2, { min: 1n });
    expect(hours.parse('7.5')).toBe(750n);
    expect(hours.safeParse('7.505').success).toBe(false);
    expect(hours.safeParse('0.00').success).toBe(false);
  });
});

describe('moneyInput', () => {
  it.each([
    ['USD', '1234.50', 123450n],
    ['JPY', '1234', 1234n],
  ])('%s %s is %s minor units', (currencyCode, amount, minor) => {
    expect(moneyInput.parse({ amount, currencyCode })).toEqual({ minor, currency: currencyCode });
  });

  it('refuses more places than the currency has, and negative amounts, at the amount', () => {
    for (const input of [
      { amount: '10.001', currencyCode: 'USD' },
      { amount: '1.5', currencyCode: 'JPY' },
      { amount: '-1', currencyCode: 'USD' },
    ]) {
      const result = moneyInput.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['amount']);
    }
  });
});
