/**
 * Column conventions every domain's tables share, so both dialects store the same values:
 * ids and dates are text (ISO-8601), money is integer minor units (bigint), hours are integer
 * hundredths, booleans are 0/1, and every owned entity has `version`, `created_at`, `updated_at`.
 */

/**
 * Integer minor units or hundredths in a bigint column. A number on both dialects: PostgreSQL's
 * int8 is parsed as a number (lib/store/database.ts), exact far beyond any amount stored here.
 */
export type ScaledInt = number;

/** 0 or 1 on both dialects (PostgreSQL booleans would come back as true/false). */
export type Flag = number;

export function flag(value: boolean): Flag {
  return value ? 1 : 0;
}

export interface VersionedColumns {
  version: number;
  created_at: string;
  updated_at: string;
}
