import { divideRounded } from '../../lib/money.ts';

/** Quantities are thousandths of a unit. */
export const QUANTITY_SCALE = 3;

/** A line's amount: quantity × unit price, rounded once, half away from zero. */
export function lineAmount(quantityMilli: bigint, unitPriceMinor: bigint): bigint {
  return divideRounded(quantityMilli * unitPriceMinor, 10n ** BigInt(QUANTITY_SCALE));
}

/** Largest amount a store column may hold and still come back exact as a JS number. */
export const MAX_AMOUNT_MINOR = BigInt(Number.MAX_SAFE_INTEGER);
