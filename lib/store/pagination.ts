import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { ERRORS } from '../errors.ts';

/** Relay connection arguments as they arrive from GraphQL. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const MAX_PAGE_SIZE = 500;

export type CursorValue = string | number;

/** A checked page request: how many rows, and the keyset position to start after. */
export interface PageRequest {
  first: number;
  after: CursorValue[] | null;
}

export function pageRequest(args: PageArgs, defaultSize = 50): PageRequest {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw ERRORS.BAD_USER_INPUT.err(`first must be between 0 and ${MAX_PAGE_SIZE}`, {
      fields: [{ path: ['first'], message: `must be between 0 and ${MAX_PAGE_SIZE}` }],
    });
  }
  return { first, after: args.after ? decodeCursor(args.after) : null };
}

/** Cursors are opaque to clients: base64url of the sort key and id of the last row. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw ERRORS.BAD_USER_INPUT.err('after is not a cursor returned by this API', {
    fields: [{ path: ['after'], message: 'not a valid cursor' }],
  });
}

export type SortDirection = 'asc' | 'desc';

/**
 * The keyset condition "rows after this cursor" for an order of (sortColumn, idColumn), both in
 * `direction`. Stable under inserts, unlike offsets, so BI connectors can page through everything.
 */
export function afterCursor(sortColumn: string, idColumn: string, direction: SortDirection, cursor: CursorValue[]): RawBuilder<SqlBool> {
  const [value, id] = cursor;
  if (value === undefined || id === undefined) {
    throw ERRORS.BAD_USER_INPUT.err('after is not a cursor returned by this API', {
      fields: [{ path: ['after'], message: 'not a valid cursor' }],
    });
  }
  const op = sql.raw(direction === 'asc' ? '>' : '<');
  // A row-value comparison, not `sort > v or (sort = v and id > i)`: SQLite and PostgreSQL seek
  // the (sort, id) index to it, where the OR form walks the index from the start, so the last
  // page of 100,000 rows cost as much as all the pages before it.
  return sql<SqlBool>`((${sql.ref(sortColumn)}, ${sql.ref(idColumn)}) ${op} (${value}, ${id}))`;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Builds a connection from up to `first + 1` rows fetched in order; the extra row only tells
 * whether there is a next page.
 */
export function toConnection<T>(rows: T[], request: PageRequest, totalCount: number, cursorOf: (row: T) => CursorValue[]): Connection<T> {
  const page = rows.slice(0, request.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > request.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * One page of `query` in keyset order (`column`, then id), fetching one row more than asked to
 * learn whether there is a next page, and how many rows match in all.
 */
export async function fetchPage<DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, object>,
  page: PageRequest,
  column = 'name',
  direction: SortDirection = 'asc',
) {
  const [rows, count] = await Promise.all([
    fetchRows(query, page, column, direction),
    query.select(sql<number | string>`count(*)`.as('total')).executeTakeFirstOrThrow(),
  ]);
  // count(*) is bigint on PostgreSQL, read as a number like every int8 (lib/store/database.ts).
  return { rows, totalCount: Number((count as { total: number | string }).total) };
}

/** The rows of `fetchPage` alone, for a list that counts its total some cheaper way. */
export function fetchRows<DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, object>,
  page: PageRequest,
  column = 'name',
  direction: SortDirection = 'asc',
) {
  return query
    .selectAll()
    .$if(page.after !== null, (q) => q.where(afterCursor(column, 'id', direction, page.after ?? [])))
    .orderBy(sql.ref(column), direction)
    .orderBy(sql.ref('id'), direction)
    .limit(page.first + 1)
    .execute();
}
