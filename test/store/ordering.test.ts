import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';
import { TEST_STORE, withAdmin } from '../support/stores.ts';

/**
 * Lists ordered by name come back in one order on both stores, page by page: byte order, as
 * SQLite compares. Test databases on PostgreSQL are created with ICU en-US (test/support/stores.ts),
 * which would fold case and accents and weigh punctuation last, so the order comes from the
 * columns' own collation ("C", set by migrations), not from the database.
 */

// Pairs that a linguistic collation orders differently from bytes.
const NAMES = [
  'apple',
  'Banana',
  'banana',
  '_Zed',
  'Zed',
  'éclair',
  'Eclair',
  'e-mail',
  'email',
  'Émile',
  '10 Downing',
  '9 Elms',
  'a b',
  'ab',
];
const BYTE_ORDER = [...NAMES].sort();

let crm: TestSubgraph;
let hr: TestSubgraph;
let projects: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  hr = await openTestSubgraph(hrSubgraph);
  projects = await openTestSubgraph(projectsSubgraph, { owners: { crm, hr } });
});
afterAll(async () => {
  await Promise.all([projects?.close(), crm?.close(), hr?.close()]);
});

async function run(subgraph: TestSubgraph, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await subgraph.execute(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data ?? {};
}

interface Page {
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every name of a connection, three at a time, following the cursors. */
async function pageThrough(subgraph: TestSubgraph, field: string): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const data = await run(
      subgraph,
      `query ($after: String) { ${field}(first: 3, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
      {
        after,
      },
    );
    const page = data[field] as Page;
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe(`order by name on ${TEST_STORE}`, () => {
  it('the store by default orders these names: SQLite by bytes, the PostgreSQL test database otherwise', async () => {
    if (TEST_STORE === 'sqlite') {
      const db = new SQLite(':memory:');
      const rows = db.prepare(`select value from json_each(?) order by value`).all(JSON.stringify(NAMES)) as { value: string }[];
      db.close();
      expect(rows.map((row) => row.value)).toEqual(BYTE_ORDER);
      return;
    }
    // So the tests below mean something: without the columns' own collation the order would differ.
    const byDefault = await withAdmin(
      async (client) =>
        (await client.query<{ names: string[] }>(`select array_agg(n order by n) as names from unnest($1::text[]) as n`, [NAMES])).rows[0]
          ?.names,
      crm.databaseUrl,
    );
    expect(byDefault).not.toEqual(BYTE_ORDER);
  });

  it('clients page in byte order', async () => {
    for (const name of NAMES) await run(crm, `mutation ($name: String!) { createClient(input: { name: $name }) { id } }`, { name });
    expect(await pageThrough(crm, 'clients')).toEqual(BYTE_ORDER);
  });

  it('employees page in byte order, and departments list in it', async () => {
    for (const [i, name] of NAMES.entries()) {
      await run(hr, `mutation ($name: String!, $email: String!) { hireEmployee(input: { name: $name, email: $email }) { id } }`, {
        name,
        email: `person${i}@order.example`,
      });
      // Department names are unique ignoring case, so each gets a number.
      await run(hr, `mutation ($name: String!) { createDepartment(input: { name: $name }) { id } }`, { name: `${name} ${i}` });
    }
    expect(await pageThrough(hr, 'employees')).toEqual(BYTE_ORDER);
    const { departments } = (await run(hr, `{ departments { name } }`)) as { departments: { name: string }[] };
    expect(departments.map((department) => department.name)).toEqual(NAMES.map((name, i) => `${name} ${i}`).sort());
  });

  it('projects page in byte order', async () => {
    const { createClient } = (await run(crm, `mutation { createClient(input: { name: "Owner", status: ACTIVE }) { id } }`)) as {
      createClient: { id: string };
    };
    for (const name of NAMES) {
      await run(
        projects,
        `mutation ($name: String!, $c: ID!) { createProject(input: { name: $name, clientId: $c, budgetHours: "10" }) { id } }`,
        {
          name,
          c: createClient.id,
        },
      );
    }
    expect(await pageThrough(projects, 'projects')).toEqual(BYTE_ORDER);
  });
});
