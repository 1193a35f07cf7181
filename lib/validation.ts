import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { ERRORS } from './errors.ts';
import { hasPrefix } from './ids.ts';
import { formatScaled, isCurrencyCode, MAX_SCALED, minorDigits, parseScaled } from './money.ts';

export interface FieldError {
  path: string[];
  message: string;
}

/**
 * Validates mutation arguments with zod. On failure throws BAD_USER_INPUT whose
 * `extensions.fields` lists every failing path (e.g. `input.email`) with its message.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  const summary = fields.map((field) => `${field.path.join('.') || '(root)'}: ${field.message}`).join('; ');
  throw ERRORS.BAD_USER_INPUT.err(`Invalid input: ${summary}`, { fields });
}

/** BAD_USER_INPUT for one field found wrong after zod (e.g. against a stored row), in the same shape. */
export function badInput(path: string[], message: string) {
  return ERRORS.BAD_USER_INPUT.err(`Invalid input: ${path.join('.')}: ${message}`, { fields: [{ path, message }] });
}

/**
 * A query's id argument, checked as a mutation's is (`fields.id`): a malformed id is
 * BAD_USER_INPUT naming the argument, in the same shape; a well-formed id that matches nothing
 * still answers null (or an empty list).
 */
export function idArgument<T extends string | null | undefined>(name: string, value: T, prefix: string): T {
  if (typeof value === 'string' && !hasPrefix(value, prefix)) throw badInput([name], `must be an id starting with ${prefix}_`);
  return value;
}

/** The field rules several domains share; each domain's inputs.ts composes them. */
export const fields = {
  /** A required display name: trimmed, 1–200 characters. */
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  optionalText: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
  email: z
    .email('must be a valid email address')
    .max(320)
    .transform((value) => value.toLowerCase()),
  isoDate: z.string().refine(isIsoDate, 'must be an ISO-8601 date (YYYY-MM-DD)'),
  countryCode: z.string().refine(
    // i18n-iso-countries knows the assigned codes; Intl's region names also name UK, EU and ZZ.
    (value) => /^[A-Z]{2}$/.test(value) && countries.isValid(value),
    'must be an ISO 3166-1 alpha-2 country code such as US',
  ),
  webDomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain name such as acme.com'),
  currencyCode: z.string().refine(isCurrencyCode, 'must be an ISO 4217 currency code such as USD'),
  /** An id of the given type (`emp`, `cli`): the prefix is checked before any lookup. */
  id: (prefix: string) => z.string().refine((value) => hasPrefix(value, prefix), `must be an id starting with ${prefix}_`),
  expectedVersion: z.number().int().positive('must be a version returned by this API').nullish(),
  /** A non-negative decimal with at most `scale` places, as a scaled bigint. */
  scaled: (scale: number, options: { min?: bigint; max?: bigint } = {}) =>
    z.string().transform((value, ctx) => {
      const parsed = parseScaled(value, scale);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: `must be a decimal with at most ${scale} places` });
        return z.NEVER;
      }
      if (options.min !== undefined && parsed < options.min) {
        ctx.addIssue({ code: 'custom', message: `must be at least ${formatScaled(options.min, scale)}` });
        return z.NEVER;
      }
      const max = options.max ?? MAX_SCALED;
      if (parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${formatScaled(max, scale)}` });
        return z.NEVER;
      }
      return parsed;
    }),
};

/** Money input `{ amount, currencyCode }` → `{ minor, currency }`, exact to the currency's minor unit. */
export const moneyInput = z.object({ amount: z.string(), currencyCode: fields.currencyCode }).transform((value, ctx) => {
  const digits = minorDigits(value.currencyCode);
  const minor = parseScaled(value.amount, digits);
  if (minor === null || minor < 0n || minor > MAX_SCALED) {
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message: `must be a non-negative amount up to ${formatScaled(MAX_SCALED, digits)} with at most ${digits} decimal places for ${value.currencyCode}`,
    });
    return z.NEVER;
  }
  return { minor, currency: value.currencyCode };
});
