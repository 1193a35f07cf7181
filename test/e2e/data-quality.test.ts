import type { Kysely, Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { openDatabase } from '../../lib/store/database.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import type { AccountingDatabase } from '../../subgraphs/accounting/store/schema.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import type { CrmDatabase } from '../../subgraphs/crm/store/schema.ts';
import { hrSubgraph } from '../../subgraphs/hr/server.ts';
import type { HrDatabase } from '../../subgraphs/hr/store/schema.ts';
import { projectsSubgraph } from '../../subgraphs/projects/server.ts';
import type { ProjectsDatabase } from '../../subgraphs/projects/store/schema.ts';
import { graphql } from '../__generated__/gql.ts';
import type { DataQualityQuery } from '../__generated__/graphql.ts';
import { tokenFor } from '../support/auth.ts';
import { containing } from '../support/matchers.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Each domain's data-quality report through the gateway, on stores where a company's usual
 * problems were planted the way they arrive (an import, a hand edit, an owner that lost a record):
 * straight into the stores, because the write path would refuse most of them.
 */

let stack: Stack;
const ids: Record<string, string> = {};

/** Runs a setup mutation through the gateway and returns its one field's id. */
async function create(document: string, variables: Record<string, unknown> = {}): Promise<string> {
  const result = await stack.query(document, variables);
  expect(result.errors).toBeUndefined();
  const [value] = Object.values(result.data ?? {}) as { id: string }[];
  return value?.id ?? '';
}

/** Changes rows of one domain's store behind its back, through a separate connection. */
async function plant<DB>(url: string, migrations: Record<string, Migration>, change: (db: Kysely<DB>) => Promise<unknown>) {
  const database = await openDatabase<DB>({ url, migrations });
  try {
    await change(database.db);
  } finally {
    await database.close();
  }
}

const LONG_AGO = '2020-01-01T00:00:00.000Z';

beforeAll(async () => {
  stack = await startStack({ seed: null });
  const urls = stack.config.databaseUrls;
  const future = addDays(today(), 60);

  // hr: Ada heads Bob; Carol has no department, no manager and, planted, a broken email; Dave's manager Eve has left.
  ids.dept = await create('mutation { createDepartment(input: { name: "Delivery" }) { id } }');
  ids.ada = await create('mutation($d: ID) { hireEmployee(input: { name: "Ada", email: "ada@q.example", departmentId: $d }) { id } }', {
    d: ids.dept,
  });
  ids.bob = await create(
    'mutation($d: ID, $m: ID) { hireEmployee(input: { name: "Bob", email: "bob@q.example", departmentId: $d, managerId: $m }) { id } }',
    {
      d: ids.dept,
      m: ids.ada,
    },
  );
  ids.carol = await create('mutation { hireEmployee(input: { name: "Carol", email: "carol@q.example" }) { id } }');
  ids.eve = await create('mutation($d: ID) { hireEmployee(input: { name: "Eve", email: "eve@q.example", departmentId: $d }) { id } }', {
    d: ids.dept,
  });
  ids.dave = await create(
    'mutation($d: ID, $m: ID) { hireEmployee(input: { name: "Dave", email: "dave@q.example", departmentId: $d, managerId: $m }) { id } }',
    {
      d: ids.dept,
      m: ids.eve,
    },
  );
  await create('mutation($e: ID!) { changeEmployeeStatus(id: $e, status: TERMINATED) { id } }', { e: ids.eve });
  await plant<HrDatabase>(urls.hr, hrSubgraph.migrations, (db) =>
    db
      .updateTable('employees')
      .set({ email: 'carol-at-q.example' })
      .where('id', '=', ids.carol ?? '')
      .execute(),
  );

  // crm: Good is complete; Bad has no domain and, planted, a country name instead of its code, a manager hr never had, and no change for years.
  ids.good = await create(
    'mutation($m: ID) { createClient(input: { name: "Good", domain: "good.example", country: "US", status: ACTIVE, accountManagerId: $m }) { id } }',
    { m: ids.ada },
  );
  ids.bad = await create(
    'mutation($m: ID) { createClient(input: { name: "Bad", country: "US", status: ACTIVE, accountManagerId: $m }) { id } }',
    {
      m: ids.bob,
    },
  );
  ids.contact = await create('mutation($c: ID!) { addContact(clientId: $c, input: { name: "Pat", email: "pat@good.example" }) { id } }', {
    c: ids.good,
  });
  ids.lateDeal = await create(
    'mutation($c: ID!, $d: Date) { createDeal(clientId: $c, input: { title: "Late", amount: { amount: "100.00", currencyCode: USD }, expectedCloseDate: $d }) { id } }',
    { c: ids.good, d: future },
  );
  ids.undatedDeal = await create(
    'mutation($c: ID!) { createDeal(clientId: $c, input: { title: "Undated", amount: { amount: "100.00", currencyCode: USD } }) { id } }',
    { c: ids.good },
  );
  await plant<CrmDatabase>(urls.crm, crmSubgraph.migrations, async (db) => {
    await db
      .updateTable('clients')
      .set({ country: 'United Kingdom', account_manager_id: 'emp_ghost', updated_at: LONG_AGO })
      .where('id', '=', ids.bad ?? '')
      .execute();
    await db
      .updateTable('contacts')
      .set({ email: 'pat at good' })
      .where('id', '=', ids.contact ?? '')
      .execute();
    await db
      .updateTable('deals')
      .set({ expected_close_date: '2020-01-31' })
      .where('id', '=', ids.lateDeal ?? '')
      .execute();
  });

  // accounting: a draft forgotten for years; another whose client crm does not have, in a currency that does not exist.
  const invoice =
    'mutation($c: ID!) { createInvoice(input: { clientId: $c, currencyCode: USD, lines: [{ description: "Work", quantity: "1", unitPrice: "10.00" }] }) { id } }';
  ids.oldDraft = await create(invoice, { c: ids.good });
  ids.ghostInvoice = await create(invoice, { c: ids.good });
  await plant<AccountingDatabase>(urls.accounting, accountingSubgraph.migrations, async (db) => {
    await db
      .updateTable('invoices')
      .set({ updated_at: LONG_AGO })
      .where('id', '=', ids.oldDraft ?? '')
      .execute();
    await db
      .updateTable('invoices')
      .set({ client_id: 'cli_ghost', currency: 'ABC' })
      .where('id', '=', ids.ghostInvoice ?? '')
      .execute();
  });

  // projects: one whose client and lead their owners do not have; one with no lead, past its end date, with a task for a ghost.
  const project =
    'mutation($c: ID!, $l: ID, $e: Date) { createProject(input: { name: "P", clientId: $c, leadId: $l, budgetHours: "10", endDate: $e }) { id } }';
  ids.ghostProject = await create(project, { c: ids.good, l: ids.ada, e: future });
  ids.lateProject = await create(project, { c: ids.good, l: null, e: future });
  ids.task = await create('mutation($p: ID!, $a: ID) { createTask(projectId: $p, input: { title: "T", assigneeId: $a }) { id } }', {
    p: ids.lateProject,
    a: ids.bob,
  });
  await plant<ProjectsDatabase>(urls.projects, projectsSubgraph.migrations, async (db) => {
    await db
      .updateTable('projects')
      .set({ client_id: 'cli_ghost', lead_id: 'emp_ghost' })
      .where('id', '=', ids.ghostProject ?? '')
      .execute();
    await db
      .updateTable('projects')
      .set({ end_date: '2020-06-30' })
      .where('id', '=', ids.lateProject ?? '')
      .execute();
    await db
      .updateTable('tasks')
      .set({ assignee_id: 'emp_ghost' })
      .where('id', '=', ids.task ?? '')
      .execute();
  });
});
// afterAll, not a teardown returned by beforeAll: vitest runs none of those when set-up throws part-way.
afterAll(() => stack.stop());

const DataQuality = graphql(`
  query DataQuality($examples: Int) {
    crmDataQuality(examples: $examples) {
      ...QualityReport
    }
    accountingDataQuality(examples: $examples) {
      ...QualityReport
    }
    hrDataQuality(examples: $examples) {
      ...QualityReport
    }
    projectsDataQuality(examples: $examples) {
      ...QualityReport
    }
  }
  fragment QualityReport on DataQualityReport {
    domain
    score
    entities {
      entityType
      records
      score
      checks {
        kind
        field
        description
        count
        examples {
          id
          problem
        }
      }
    }
  }
`);

type Report = DataQualityQuery['crmDataQuality'];

/** The failing records of one check, as `id: problem` lines; every check not asked about must find nothing. */
function failures(report: Report | undefined, entityType: string): Record<string, string[]> {
  const entity = report?.entities.find((e) => e.entityType === entityType);
  if (!entity) throw new Error(`no ${entityType} in ${report?.domain ?? 'the report'}`);
  const found: Record<string, string[]> = {};
  for (const check of entity.checks) {
    if (check.count) found[`${check.kind} ${check.field ?? '-'}`] = check.examples.map((example) => `${example.id}: ${example.problem}`);
  }
  return found;
}

describe('dataQuality through the gateway', () => {
  it('finds each planted problem in its owner, with the failing records, and scores the number of problems', async () => {
    const { data, errors } = await stack.query(DataQuality, { examples: 5 });
    expect(errors).toBeUndefined();
    const { crmDataQuality: crm, accountingDataQuality: accounting, hrDataQuality: hr, projectsDataQuality: projects } = data ?? {};

    expect(failures(crm, 'Client')).toEqual({
      'MISSING_FIELD domain': [`${ids.bad}: no domain`],
      'INVALID_FORMAT country': [`${ids.bad}: country "United Kingdom" is not an ISO 3166-1 alpha-2 code`],
      'UNKNOWN_REFERENCE accountManager': [`${ids.bad}: account manager emp_ghost is not an hr employee`],
      'STALE -': [`${ids.bad}: last changed 2020-01-01`],
    });
    expect(failures(crm, 'Contact')).toEqual({ 'INVALID_FORMAT email': [`${ids.contact}: email "pat at good" is not a valid address`] });
    expect(failures(crm, 'Deal')).toEqual({
      'MISSING_FIELD expectedCloseDate': [`${ids.undatedDeal}: open, with no expected close date`],
      'STALE expectedCloseDate': [`${ids.lateDeal}: still LEAD, expected to close 2020-01-31`],
    });
    expect(failures(crm, 'Contract')).toEqual({});
    expect(crm?.entities.map((e) => [e.entityType, e.records, e.score])).toEqual([
      ['Client', 2, 4],
      ['Contact', 1, 1],
      ['Deal', 2, 2],
      ['Contract', 0, 0],
    ]);
    expect(crm?.score).toBe(7);

    expect(failures(accounting, 'Invoice')).toEqual({
      'INVALID_FORMAT currencyCode': [`${ids.ghostInvoice}: currency "ABC" is not an ISO 4217 code`],
      'UNKNOWN_REFERENCE client': [`${ids.ghostInvoice}: client cli_ghost is not a crm client`],
      'STALE -': [`${ids.oldDraft}: draft, last changed 2020-01-01`],
    });
    expect(accounting?.score).toBe(3);

    expect(failures(hr, 'Employee')).toEqual({
      'MISSING_FIELD manager': [`${ids.carol}: no manager, and nobody reports to them`],
      'MISSING_FIELD department': [`${ids.carol}: no department`],
      'INVALID_FORMAT email': [`${ids.carol}: email "carol-at-q.example" is not a valid address`],
      'STALE manager': [`${ids.dave}: manager ${ids.eve} is TERMINATED`],
    });
    expect(failures(hr, 'Department')).toEqual({});
    expect(hr?.score).toBe(4);

    expect(failures(projects, 'Project')).toEqual({
      'MISSING_FIELD lead': [`${ids.lateProject}: open, with no lead`],
      'UNKNOWN_REFERENCE client': [`${ids.ghostProject}: client cli_ghost is not a crm client`],
      'UNKNOWN_REFERENCE lead': [`${ids.ghostProject}: lead emp_ghost is not an hr employee`],
      'STALE endDate': [`${ids.lateProject}: still in PROPOSAL, due to end 2020-06-30`],
    });
    expect(failures(projects, 'Task')).toEqual({ 'UNKNOWN_REFERENCE assignee': [`${ids.task}: assignee emp_ghost is not an hr employee`] });
    expect(projects?.score).toBe(5);
  });

  it('lists every check even when it finds nothing, and the examples only as many as asked', async () => {
    const { data } = await stack.query(DataQuality, { examples: 0 });
    const checks = data?.crmDataQuality?.entities.flatMap((entity) => entity.checks) ?? [];
    expect(checks.length).toBeGreaterThan(8);
    expect(checks.every((check) => check.examples.length === 0 && check.description.length > 0)).toBe(true);
    expect(data?.crmDataQuality?.score).toBe(7);
  });

  it('refuses a number of examples out of range with BAD_USER_INPUT', async () => {
    const { data, errors } = await stack.query('{ hrDataQuality(examples: 21) { score } }');
    expect(data).toEqual({ hrDataQuality: null });
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['BAD_USER_INPUT', containing('examples')]]);
  });

  it('needs the read scope, as every query does', async () => {
    const { data, errors } = await stack.query('{ crmDataQuality { score } }', {}, { token: await tokenFor(['crm:write']) });
    expect(data).toEqual({ crmDataQuality: null });
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('falls as the problems are fixed through the normal writes', async () => {
    await create(
      'mutation($c: ID!, $m: ID) { updateClient(id: $c, input: { domain: "bad.example", country: "GB", accountManagerId: $m }) { id } }',
      {
        c: ids.bad,
        m: ids.ada,
      },
    );
    const { data } = await stack.query(DataQuality, { examples: 5 });
    expect(failures(data?.crmDataQuality, 'Client')).toEqual({});
    expect(data?.crmDataQuality?.score).toBe(3);
  });

  it('reports an owner it cannot ask as SUBGRAPH_UNAVAILABLE, and the other domains still answer', async () => {
    await stack.stopSubgraph('crm');
    // examples: 2, a query the gateway has not answered (and cached) before.
    const { data, errors } = await stack.query('{ accountingDataQuality(examples: 2) { score } hrDataQuality(examples: 2) { score } }');
    expect(errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['accountingDataQuality'], 'SUBGRAPH_UNAVAILABLE']]);
    expect(data).toEqual({ accountingDataQuality: null, hrDataQuality: { score: 4 } });
  });
});
