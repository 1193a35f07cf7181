import { divideRounded, formatScaled } from '../../lib/money.ts';
import type { Health } from './__generated__/resolvers-types.ts';

/** Hours are stored as integer hundredths: 7.5 hours is 750. */
export const HOURS_SCALE = 2;

/** Hundredths as the API's Decimal: 750 → "7.50". */
export function formatHours(hundredths: number | bigint): string {
  return formatScaled(BigInt(hundredths), HOURS_SCALE);
}

/**
 * Logged time over capacity, rounded once to two places (0.85 = 85%). Null when the employee
 * has no capacity to measure against.
 */
export function utilisationRatio(loggedHundredths: bigint, capacityHoursPerWeek: number | null | undefined, weeks: number): number | null {
  if (!capacityHoursPerWeek || capacityHoursPerWeek <= 0) return null;
  const capacityHundredths = BigInt(capacityHoursPerWeek) * BigInt(weeks) * 100n;
  return Number(divideRounded(loggedHundredths * 100n, capacityHundredths)) / 100;
}

const SEVERITY: Record<Health, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The worst of some healths (RED > AMBER > GREEN), or null for none. */
export function worstHealth(healths: Health[]): Health | null {
  return healths.reduce<Health | null>((worst, health) => (worst === null || SEVERITY[health] > SEVERITY[worst] ? health : worst), null);
}
