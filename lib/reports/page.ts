import { decodeCursor, encodeCursor, type CursorValue, type PageArgs, type PageRequest } from '../store/pagination.ts';
import { badInput } from '../validation.ts';

/**
 * What the flat reporting queries share (`revenueByClientByMonth`, `invoiceReport`,
 * `timeByWeek`): larger pages than the API's other lists, since a BI connector pages through
 * everything, a date range, and a total counted only when asked for.
 */

/** The largest page a report answers; `first` above it is BAD_USER_INPUT. */
export const REPORT_PAGE_SIZE_LIMIT = 1000;

/** `first` when the caller gives none. */
export const REPORT_DEFAULT_PAGE_SIZE = 100;

/**
 * A checked report page: `first` in 0…1000, and a cursor of this report (`shape` says what each
 * of its values is), so a cursor of another report or list is refused rather than misread.
 */
export function reportPageRequest(args: PageArgs, shape: readonly ('string' | 'number')[]): PageRequest {
  const first = args.first ?? REPORT_DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > REPORT_PAGE_SIZE_LIMIT) {
    throw badInput(['first'], `must be between 0 and ${REPORT_PAGE_SIZE_LIMIT}`);
  }
  if (!args.after) return { first, after: null };
  const after = decodeCursor(args.after);
  if (after.length !== shape.length || after.some((value, index) => typeof value !== shape[index])) {
    throw badInput(['after'], 'not a cursor of this report');
  }
  return { first, after };
}

/** An inclusive range of ISO dates; either end may be open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** `from` and `to` as given (the Date scalar has checked each), refused when `to` is before `from`. */
export function dateRange(from: string | null | undefined, to: string | null | undefined): DateRange {
  if (from && to && to < from) throw badInput(['to'], `must not be before from (${from})`);
  return { from: from ?? null, to: to ?? null };
}

/** A report's connection: its total is counted only when a caller selects `totalCount`. */
export interface ReportConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A connection from up to `first + 1` rows in order (the extra row only says there is a next page). */
export function toReportConnection<R, T>(
  rows: R[],
  page: PageRequest,
  cursorOf: (row: R) => CursorValue[],
  nodeOf: (row: R) => T,
  count: () => Promise<number>,
): ReportConnection<T> {
  const edges = rows.slice(0, page.first).map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => (counted ??= count()),
  };
}
