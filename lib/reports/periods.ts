import { addDays, addMonths, isIsoDate } from '../dates.ts';
import type { CursorValue, PageRequest, SortDirection } from '../store/pagination.ts';
import { badInput } from '../validation.ts';
import type { DateRange } from './page.ts';

/**
 * Keyset pages of a report grouped by calendar period (month or ISO week) and then by a key
 * (client; project and employee). The cursor is [period, …key]. Grouping by an expression of a
 * date cannot seek an index to a cursor, so instead of one statement that groups every row after
 * the cursor (each page costing as much as the rest of the report) a page walks period by period:
 * it groups one period's rows, which a date index finds, and jumps over empty periods to the
 * next date that has data. A page costs the periods it spans, however long the report is.
 */

export type Period = 'month' | 'week';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The period a date falls in: YYYY-MM, or the ISO week's Monday (YYYY-MM-DD). */
export function periodOf(period: Period, date: string): string {
  if (period === 'month') return date.slice(0, 7);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

function firstDay(period: Period, label: string): string {
  return period === 'month' ? `${label}-01` : label;
}

function lastDay(period: Period, label: string): string {
  return period === 'month' ? addDays(addMonths(`${label}-01`, 1), -1) : addDays(label, 6);
}

function isPeriod(period: Period, label: string): boolean {
  return period === 'month' ? MONTH.test(label) : isIsoDate(label) && periodOf('week', label) === label;
}

/** Where a report's rows come from, one period at a time. */
export interface PeriodSource<Row> {
  /**
   * The rows of the period that holds every date in [from, to] (both within it), in the report's
   * order, after `afterKey` (the cursor's key, in the cursor's period) when given, at most `limit`.
   */
  rowsBetween: (from: string, to: string, afterKey: CursorValue[] | null, limit: number) => Promise<Row[]>;
  /** The earliest (asc) or latest (desc) date in the range that has a row, or null. */
  edgeDate: (direction: SortDirection, range: DateRange) => Promise<string | null>;
}

const later = (a: string | null, b: string) => (a !== null && a > b ? a : b);
const earlier = (a: string | null, b: string) => (a !== null && a < b ? a : b);

/** Up to `first + 1` rows after the page's cursor, period by period in `direction`. */
export async function periodPage<Row>(
  period: Period,
  direction: SortDirection,
  range: DateRange,
  page: PageRequest,
  source: PeriodSource<Row>,
): Promise<Row[]> {
  const limit = page.first + 1;
  const rows: Row[] = [];
  let afterKey: CursorValue[] | null = null;
  let label: string | null;
  if (page.after) {
    const [cursorPeriod, ...key] = page.after;
    if (typeof cursorPeriod !== 'string' || !isPeriod(period, cursorPeriod)) throw badInput(['after'], 'not a cursor of this report');
    label = cursorPeriod;
    afterKey = key;
  } else {
    const edge = await source.edgeDate(direction, range);
    label = edge === null ? null : periodOf(period, edge);
  }
  while (label !== null && rows.length < limit) {
    const from = later(range.from, firstDay(period, label));
    const to = earlier(range.to, lastDay(period, label));
    if (from <= to) rows.push(...(await source.rowsBetween(from, to, afterKey, limit - rows.length)));
    afterKey = null;
    if (rows.length >= limit) break;
    const next =
      direction === 'asc'
        ? { from: later(range.from, addDays(lastDay(period, label), 1)), to: range.to }
        : { from: range.from, to: earlier(range.to, addDays(firstDay(period, label), -1)) };
    const edge = next.from !== null && next.to !== null && next.to < next.from ? null : await source.edgeDate(direction, next);
    label = edge === null ? null : periodOf(period, edge);
  }
  return rows;
}
