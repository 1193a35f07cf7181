/**
 * Money as integer minor units (bigint), never floating point. Decimal strings cross the API;
 * bigints live inside; the store keeps integers.
 */

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && KNOWN_CURRENCIES.has(value);
}

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * The largest scaled integer (minor units, hundredths) accepted from a caller: stores keep these
 * as JavaScript numbers, exact up to 2^53, and aggregates must stay exact too. 10^13 minor units
 * is a hundred billion dollars on one line.
 */
export const MAX_SCALED = 10n ** 13n;

export function isDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/**
 * Parses "1234.5" into an integer scaled by 10^scale (123450n for scale 2).
 * Returns null when the text is not a decimal or has more places than `scale`.
 */
export function parseScaled(value: string, scale: number): bigint | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) return null;
  const scaled = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  return sign ? -scaled : scaled;
}

/** Formats an integer scaled by 10^scale as a decimal string: (123450n, 2) → "1234.50". */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Divides rounding half away from zero; the one rounding rule for money. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder * 2n >= denominator) return quotient + 1n;
  if (remainder * -2n >= denominator) return quotient - 1n;
  return quotient;
}

export interface Money {
  amount: string;
  currencyCode: string;
}

/**
 * A configured amount with at most two decimal places (BILLING_HOURLY_RATE, checked by
 * lib/config.ts) in minor units of `currency`, which may have 0, 2 or 3 places: 150.50 is 15050
 * cents, 151 yen, 150500 fils.
 */
export function amountToMinor(amount: string, currency: string): bigint {
  const hundredths = parseScaled(amount, 2);
  if (hundredths === null) throw new RangeError(`${amount} is not an amount with at most two decimal places`);
  return divideRounded(hundredths * 10n ** BigInt(minorDigits(currency)), 100n);
}

/** An amount in minor units as the API's Money. */
export function money(minor: bigint | number, currencyCode: string): Money {
  return { amount: formatScaled(BigInt(minor), minorDigits(currencyCode)), currencyCode };
}

/** A store aggregate (number from SQLite, string from PostgreSQL's numeric, null for no rows) as minor units. */
export function toMinor(value: string | number | bigint | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  return BigInt(value);
}

export const RATE_SCALE = 8;

/**
 * Converts minor units of `from` into minor units of `to` at `rate` (units of `to` per unit of
 * `from`, as a decimal string with up to 8 places), rounding once.
 */
export function convertMinor(minor: bigint, from: string, to: string, rate: string): bigint {
  if (from === to) return minor;
  const scaledRate = parseScaled(rate, RATE_SCALE);
  if (scaledRate === null) throw new Error(`invalid exchange rate ${rate}`);
  const shift = minorDigits(to) - minorDigits(from);
  const numerator = minor * scaledRate * 10n ** BigInt(Math.max(shift, 0));
  const denominator = 10n ** BigInt(RATE_SCALE) * 10n ** BigInt(Math.max(-shift, 0));
  return divideRounded(numerator, denominator);
}

/**
 * Reference rates, in US dollars per unit, used to fix an invoice's exchange rate when it is
 * issued. A deployment with a rates feed replaces this table; an invoice keeps the rate it was
 * issued at either way, so history never moves.
 */
const USD_PER_UNIT: Record<string, string> = {
  USD: '1',
  EUR: '1.08',
  GBP: '1.27',
  CHF: '1.13',
  CAD: '0.73',
  AUD: '0.66',
  JPY: '0.0067',
  SEK: '0.095',
  NOK: '0.093',
  DKK: '0.145',
};

export function supportedInvoiceCurrencies(): string[] {
  return Object.keys(USD_PER_UNIT);
}

/** Units of `to` per unit of `from`, to 8 places, or null when either currency has no rate. */
export function exchangeRate(from: string, to: string): string | null {
  const fromUsd = USD_PER_UNIT[from];
  const toUsd = USD_PER_UNIT[to];
  if (fromUsd === undefined || toUsd === undefined) return null;
  if (from === to) return '1';
  const scale = 10n ** BigInt(RATE_SCALE);
  const a = parseScaled(fromUsd, RATE_SCALE) ?? 0n;
  const b = parseScaled(toUsd, RATE_SCALE) ?? 1n;
  return formatScaled(divideRounded(a * scale, b), RATE_SCALE).replace(/\.?0+$/, '');
}
