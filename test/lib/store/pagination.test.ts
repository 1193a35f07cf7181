import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { Kysely, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  fetchPage,
  MAX_PAGE_SIZE,
  pageRequest,
  toConnection,
  type PageRequest,
} from '../../../lib/store/pagination.ts';
import { tempDir } from '../../support/stores.ts';

/** Relay connections over keyset pages: bounds, opaque cursors, and every row once in a stable order. */

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error: unknown) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return null;
}

describe('pageRequest', () => {
  it(`takes 0 to ${MAX_PAGE_SIZE} rows, the default when first is absent`, () => {
    expect(pageRequest({}, 20)).toEqual({ first: 20, after: null });
    expect(pageRequest({ first: 0 })).toEqual({ first: 0, after: null });
    expect(pageRequest({ first: MAX_PAGE_SIZE }).first).toBe(MAX_PAGE_SIZE);
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 1.5])('refuses first: %s with BAD_USER_INPUT naming the field', (first) => {
    expect(codeOf(() => pageRequest({ first }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    'not-a-cursor',
    encodeCursor([]).slice(0, 2),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[true]').toString('base64url'),
  ])('refuses an after that this API did not give: %s', (after) => {
    expect(codeOf(() => pageRequest({ after }))).toBe('BAD_USER_INPUT');
  });

  it('round-trips a cursor of strings and numbers', () => {
    expect(decodeCursor(encodeCursor(['Acme', 'cli_1', 3]))).toEqual(['Acme', 'cli_1', 3]);
  });
});

describe('toConnection', () => {
  const request: PageRequest = { first: 2, after: null };
  it('keeps first rows, says whether there is a next page, and ends on the last row kept', () => {
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], request, 7, (row) => [row.id]);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(connection.totalCount).toBe(7);
  });

  it('has no end cursor and no next page when empty', () => {
    expect(toConnection([], request, 0, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('fetchPage', () => {
  interface Db {
    things: { id: string; name: string };
  }
  let dir: ReturnType<typeof tempDir>;
  let db: Kysely<Db>;
  // Many ties on name, so the id must break them for pages to be stable.
  const rows = Array.from({ length: 23 }, (_, index) => ({
    id: `t_${String(index).padStart(2, '0')}`,
    name: ['beta', 'alpha', 'gamma'][index % 3] ?? '',
  }));

  beforeAll(async () => {
    dir = tempDir('recordgraph-pagination-');
    db = new Kysely<Db>({ dialect: new SqliteDialect({ database: new SQLite(join(dir.path, 'pages.sqlite')) }) });
    await db.schema
      .createTable('things')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .execute();
    await db.insertInto('things').values(rows).execute();
  });
  afterAll(async () => {
    await db.destroy();
    dir.remove();
  });

  async function everyPage(size: number, direction: 'asc' | 'desc') {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = pageRequest({ first: size, after });
      const { rows: found, totalCount } = await fetchPage(db.selectFrom('things'), page, 'name', direction);
      const connection = toConnection(found, page, totalCount, (row) => [row.name, row.id]);
      expect(connection.totalCount).toBe(rows.length);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) return seen;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  it.each([1, 4, 23, 50])('pages of %s give every row once, in (name, id) order, both ways', async (size) => {
    const ascending = [...rows]
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
      .map((row) => row.id);
    expect(await everyPage(size, 'asc')).toEqual(ascending);
    expect(await everyPage(size, 'desc')).toEqual([...ascending].reverse());
  });
});
