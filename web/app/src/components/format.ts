/** How the pages write amounts, dates and states; the values stay the API's (Decimal strings, ISO dates). */

export interface MoneyValue {
  amount: string;
  currencyCode: string;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "$12,345.60" in the money's own currency; display only, so a float is exact enough. */
export function formatMoney(money: MoneyValue | null | undefined): string {
  if (!money) return '—';
  let format = moneyFormats.get(money.currencyCode);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currencyCode });
    moneyFormats.set(money.currencyCode, format);
  }
  return format.format(Number(money.amount));
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Mar 2026" for an ISO date (YYYY-MM-DD), read as a calendar day, never shifted by a time zone. */
export function formatDate(date: string | null | undefined): string {
  return date ? dateFormat.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '—';
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** "Mar 26" for a month "2026-03". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** "ON_LEAVE" → "On leave". */
export function formatState(state: string | null | undefined): string {
  if (!state) return '—';
  const words = state.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
