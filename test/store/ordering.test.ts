import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import SQLite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { OrderingClientPageQuery, OrderingEmployeePageQuery, OrderingProjectPageQuery } from '../__generated__/graphql.ts';
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
  return async () => {
    await Promise.all([projects.close(), crm.close(), hr.close()]);
  };
});

async function run<TResult, TVariables>(
  subgraph: TestSubgraph,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await subgraph.execute(operation, variables);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no data');
  return response.data;
}

const ClientPage = graphql(`
  query OrderingClientPage($after: String) {
    clients(first: 3, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const EmployeePage = graphql(`
  query OrderingEmployeePage($after: String) {
    employees(first: 3, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ProjectPage = graphql(`
  query OrderingProjectPage($after: String) {
    projects(first: 3, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of clients, employees or projects, as the three queries above answer it. */
type Page = OrderingClientPageQuery['clients'] | OrderingEmployeePageQuery['employees'] | OrderingProjectPageQuery['projects'];

/** Every name of a connection, three at a time, following the cursors. */
async function pageThrough(next: (after: string | null) => Promise<Page>): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const page = await next(after);
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

const CreateClient = graphql(`
  mutation OrderingCreateClient($name: String!) {
    createClient(input: { name: $name }) {
      id
    }
  }
`);

const Hire = graphql(`
  mutation OrderingHire($name: String!, $email: String!) {
    hireEmployee(input: { name: $name, email: $email }) {
      id
    }
  }
`);

const CreateDepartment = graphql(`
  mutation OrderingCreateDepartment($name: String!) {
    createDepartment(input: { name: $name }) {
      id
    }
  }
`);

const DepartmentNames = graphql(`
  query OrderingDepartmentNames {
    departments {
      name
    }
  }
`);

const CreateOwner = graphql(`
  mutation OrderingCreateOwner {
    createClient(input: { name: "Owner", status: ACTIVE }) {
      id
    }
  }
`);

const CreateProject = graphql(`
  mutation OrderingCreateProject($name: String!, $c: ID!) {
    createProject(input: { name: $name, clientId: $c, budgetHours: "10" }) {
      id
    }
  }
`);

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
    for (const name of NAMES) await run(crm, CreateClient, { name });
    expect(await pageThrough(async (after) => (await run(crm, ClientPage, { after })).clients)).toEqual(BYTE_ORDER);
  });

  it('employees page in byte order, and departments list in it', async () => {
    for (const [i, name] of NAMES.entries()) {
      await run(hr, Hire, { name, email: `person${i}@order.example` });
      // Department names are unique ignoring case, so each gets a number.
      await run(hr, CreateDepartment, { name: `${name} ${i}` });
    }
    expect(await pageThrough(async (after) => (await run(hr, EmployeePage, { after })).employees)).toEqual(BYTE_ORDER);
    const { departments } = await run(hr, DepartmentNames);
    expect(departments.map((department) => department.name)).toEqual(NAMES.map((name, i) => `${name} ${i}`).sort());
  });

  it('projects page in byte order', async () => {
    const { createClient } = await run(crm, CreateOwner);
    for (const name of NAMES) await run(projects, CreateProject, { name, c: createClient.id });
    expect(await pageThrough(async (after) => (await run(projects, ProjectPage, { after })).projects)).toEqual(BYTE_ORDER);
  });
});
