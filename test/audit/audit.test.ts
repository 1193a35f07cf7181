import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { addDays, today } from '../../lib/dates.ts';
import { openDatabase } from '../../lib/store/database.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { AuditEmployeeChangesQuery, AuditPageFragment } from '../__generated__/graphql.ts';
import { tokenFor } from '../support/auth.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { anyString } from '../support/matchers.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The audit trail through the gateway: every write appends one row per entity it changes, in
 * its own transaction, naming the caller, the mutation, the new version and every changed field;
 * refused writes leave none; history and the per-actor log page newest first.
 */

/** What a test selects of an audit page: every field of an AuditEntry but id and time. */
graphql(`
  fragment AuditPage on AuditConnection {
    edges {
      cursor
      node {
        actor {
          subject
          scopes
        }
        mutation
        entityType
        entityId
        version
        changes {
          field
          before
          after
        }
        requestId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
`);

type Entry = AuditPageFragment['edges'][number]['node'];

/** The entries of a page, newest first; none when there is no page. */
function entriesOf(page: AuditPageFragment | undefined): Entry[] {
  return page?.edges.map((edge) => edge.node) ?? [];
}

/** Any string, for an assertion's expected value (`expect.any` is typed `any`). */

let stack: Stack;
let alice: string;
let bob: string;
let clientId: string;

async function write<TResult, TVariables>(
  token: string,
  operation: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const result = await stack.query(operation, variables, { token });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

const ClientHistory = graphql(`
  query AuditClientHistory($id: ID!, $first: Int, $after: String) {
    client(id: $id) {
      history(first: $first, after: $after) {
        ...AuditPage
      }
    }
  }
`);

/** The client's history; `first` and `after` as given, the field's defaults where not. */
async function clientHistory(page: { first?: number; after?: string } = {}): Promise<AuditPageFragment> {
  const result = await stack.query(ClientHistory, { id: clientId, ...page });
  expect(result.errors).toBeUndefined();
  return result.data?.client?.history ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: -1 };
}

async function auditRows(): Promise<number> {
  const snapshot = await snapshotStores(stack);
  return Object.entries(snapshot)
    .filter(([table]) => table.endsWith('.audit_log'))
    .reduce((sum, [, rows]) => sum + rows.length, 0);
}

const CreateAcme = graphql(`
  mutation AuditCreateAcme {
    createClient(input: { name: "Acme", country: "US" }) {
      id
    }
  }
`);

beforeAll(async () => {
  stack = await startStack({ seed: null });
  alice = await tokenFor(['read', 'crm:write', 'hr:write'], { subject: 'alice' });
  bob = await tokenFor(['read', 'crm:write'], { subject: 'bob' });
  const created = await write(alice, CreateAcme);
  clientId = created.createClient.id;
});
// afterAll, not a teardown returned by beforeAll: vitest runs none of those when set-up throws part-way.
afterAll(() => stack.stop());

const RenameAcme = graphql(`
  mutation AuditRenameAcme($id: ID!) {
    updateClient(id: $id, input: { name: "Acme Ltd", country: "US" }) {
      id
    }
  }
`);

const CreateContract = graphql(`
  mutation AuditCreateContract($c: ID!, $s: Date!, $e: Date!) {
    createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: "1200.00", currencyCode: "USD" } }) {
      id
    }
  }
`);

const ActivateContract = graphql(`
  mutation AuditActivateContract($id: ID!) {
    activateContract(id: $id) {
      id
    }
  }
`);

const RenewContract = graphql(`
  mutation AuditRenewContract($id: ID!) {
    renewContract(id: $id) {
      id
      history {
        ...AuditPage
      }
    }
  }
`);

const ContractHistory = graphql(`
  query AuditContractHistory($id: ID!) {
    contract(id: $id) {
      history {
        ...AuditPage
      }
    }
  }
`);

const HireAda = graphql(`
  mutation AuditHireAda {
    hireEmployee(input: { name: "Ada Lovelace", email: "ada@audit.example", capacityHoursPerWeek: 40 }) {
      id
    }
  }
`);

const EmployeeHistory = graphql(`
  query AuditEmployeeHistory($id: ID!) {
    employee(id: $id) {
      history {
        ...AuditPage
      }
    }
  }
`);

describe('a write appends exactly one row per entity it changes', () => {
  it('creation: every stored field, before null, with actor, mutation, version 1 and request id', async () => {
    const history = await clientHistory();
    expect(history.totalCount).toBe(1);
    const [created] = entriesOf(history);
    expect(created).toMatchObject({
      actor: { subject: 'alice', scopes: ['crm:write', 'hr:write', 'read'] },
      mutation: 'createClient',
      entityType: 'Client',
      entityId: clientId,
      version: 1,
    });
    expect(created?.requestId).toEqual(anyString());
    const fields = Object.fromEntries((created?.changes ?? []).map((change) => [change.field, change]));
    expect(fields.name).toEqual({ field: 'name', before: 'null', after: '"Acme"' });
    expect(fields.country).toEqual({ field: 'country', before: 'null', after: '"US"' });
    expect(fields.id?.after).toBe(JSON.stringify(clientId));
    expect(fields.version).toBeUndefined();
    expect(fields.updated_at).toBeUndefined();
    expect((created?.changes ?? []).every((change) => change.before === 'null')).toBe(true);
  });

  it('an update: one row with only the changed fields, before and after', async () => {
    const rowsBefore = await auditRows();
    await write(bob, RenameAcme, { id: clientId });
    expect(await auditRows()).toBe(rowsBefore + 1);
    const [latest] = entriesOf(await clientHistory({ first: 1 }));
    expect(latest).toMatchObject({ actor: { subject: 'bob', scopes: ['crm:write', 'read'] }, mutation: 'updateClient', version: 2 });
    expect(latest?.changes).toEqual([{ field: 'name', before: '"Acme"', after: '"Acme Ltd"' }]);
  });

  it('renewing a contract records the old one RENEWED and the new one created', async () => {
    const start = today();
    const { createContract } = await write(alice, CreateContract, { c: clientId, s: start, e: addDays(start, 365) });
    await write(alice, ActivateContract, { id: createContract.id });
    const rowsBefore = await auditRows();
    const { renewContract } = await write(alice, RenewContract, { id: createContract.id });
    expect(await auditRows()).toBe(rowsBefore + 2);
    expect(renewContract.history.edges.map((edge) => [edge.node.mutation, edge.node.version])).toEqual([['renewContract', 1]]);
    const old = await stack.query(ContractHistory, { id: createContract.id });
    const [renewed] = entriesOf(old.data?.contract?.history);
    expect(renewed).toMatchObject({ mutation: 'renewContract', version: 3 });
    expect(renewed?.changes).toEqual([{ field: 'status', before: '"ACTIVE"', after: '"RENEWED"' }]);
  });

  it('other subgraphs record theirs the same way (hr: hireEmployee)', async () => {
    const { hireEmployee } = await write(alice, HireAda);
    const result = await stack.query(EmployeeHistory, { id: hireEmployee.id });
    expect(entriesOf(result.data?.employee?.history).map((entry) => [entry.mutation, entry.actor.subject, entry.version])).toEqual([
      ['hireEmployee', 'alice', 1],
    ]);
  });
});

const CreateInvoice = graphql(`
  mutation AuditCreateInvoice($c: ID!) {
    createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: "100.00" }] }) {
      id
    }
  }
`);

const IssueInvoice = graphql(`
  mutation AuditIssueInvoice($id: ID!) {
    issueInvoice(id: $id) {
      id
    }
  }
`);

const PayForty = graphql(`
  mutation AuditPayForty($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "40.00" }) {
      id
    }
  }
`);

const PaySixty = graphql(`
  mutation AuditPaySixty($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "60.00" }) {
      id
    }
  }
`);

const InvoiceHistory = graphql(`
  query AuditInvoiceHistory($id: ID!) {
    invoice(id: $id) {
      history {
        ...AuditPage
      }
    }
  }
`);

const AccountingLog = graphql(`
  query AuditAccountingLog {
    accountingAuditLog(actor: "test-admin", first: 2) {
      ...AuditPage
    }
  }
`);

const HireGrace = graphql(`
  mutation AuditHireGrace {
    hireEmployee(input: { name: "Grace Hopper", email: "grace@audit.example", capacityHoursPerWeek: 40 }) {
      id
    }
  }
`);

const CreateProject = graphql(`
  mutation AuditCreateProject($c: ID!) {
    createProject(input: { name: "Audit", clientId: $c, budgetHours: "10" }) {
      id
    }
  }
`);

const KickOff = graphql(`
  mutation AuditKickOff($id: ID!) {
    advanceProject(id: $id, phase: KICKOFF) {
      id
    }
  }
`);

const LogTime = graphql(`
  mutation AuditLogTime($p: ID!, $e: ID!, $d: Date!) {
    logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: "1.5" }) {
      id
    }
  }
`);

const ProjectHistory = graphql(`
  query AuditProjectHistory($id: ID!) {
    project(id: $id) {
      history {
        ...AuditPage
      }
    }
  }
`);

const ProjectsLog = graphql(`
  query AuditProjectsLog {
    projectsAuditLog(actor: "test-admin", first: 1) {
      ...AuditPage
    }
  }
`);

describe('accounting and projects', () => {
  const full = { token: undefined };

  it('an invoice: created, issued, paid in part (the payment gets its own row), paid in full', async () => {
    const created = await stack.query(CreateInvoice, { c: clientId }, full);
    const id = created.data?.createInvoice.id ?? '';
    await stack.query(IssueInvoice, { id }, full);
    await stack.query(PayForty, { id }, full);
    await stack.query(PaySixty, { id }, full);
    const result = await stack.query(InvoiceHistory, { id }, full);
    expect(result.errors).toBeUndefined();
    const history = entriesOf(result.data?.invoice?.history);
    expect(history.map((entry) => [entry.mutation, entry.version])).toEqual([
      ['recordPayment', 4],
      ['recordPayment', 3],
      ['issueInvoice', 2],
      ['createInvoice', 1],
    ]);
    expect(history[0]?.changes).toEqual([{ field: 'status', before: '"SENT"', after: '"PAID"' }]);
    expect(history[1]?.changes).toEqual([]);
    const log = await stack.query(AccountingLog, {}, full);
    expect(log.data?.accountingAuditLog.edges.map((edge) => [edge.node.entityType, edge.node.mutation])).toEqual([
      ['Invoice', 'recordPayment'],
      ['Payment', 'recordPayment'],
    ]);
    const payment = log.data?.accountingAuditLog.edges[1]?.node.changes.find((change) => change.field === 'amount_minor');
    expect(payment).toEqual({ field: 'amount_minor', before: 'null', after: '6000' });
  });

  it('a project and the time logged on it', async () => {
    const employee = await stack.query(HireGrace, {}, full);
    const employeeId = employee.data?.hireEmployee.id ?? '';
    const project = await stack.query(CreateProject, { c: clientId }, full);
    const id = project.data?.createProject.id ?? '';
    await stack.query(KickOff, { id }, full);
    const entry = await stack.query(LogTime, { p: id, e: employeeId, d: today() }, full);
    expect(entry.errors).toBeUndefined();
    const result = await stack.query(ProjectHistory, { id }, full);
    expect(result.errors).toBeUndefined();
    const history = entriesOf(result.data?.project?.history);
    expect(history.map((row) => [row.mutation, row.version])).toEqual([
      ['advanceProject', 2],
      ['createProject', 1],
    ]);
    expect(history[0]?.changes).toEqual([{ field: 'phase', before: '"PROPOSAL"', after: '"KICKOFF"' }]);
    const log = await stack.query(ProjectsLog, {}, full);
    const [logged] = entriesOf(log.data?.projectsAuditLog);
    expect(logged).toMatchObject({ mutation: 'logTime', entityType: 'TimeEntry', entityId: entry.data?.logTime.id, version: 1 });
    expect(logged?.changes.find((change) => change.field === 'hundredths')?.after).toBe('150');
  });
});

const HirePaidPerson = graphql(`
  mutation AuditHirePaidPerson {
    hireEmployee(
      input: {
        name: "Paid Person"
        email: "paid@audit.example"
        capacityHoursPerWeek: 40
        salary: { amount: "90000.00", currencyCode: "USD" }
      }
    ) {
      id
    }
  }
`);

const EmployeeChanges = graphql(`
  query AuditEmployeeChanges($id: ID!) {
    employee(id: $id) {
      history {
        edges {
          node {
            changes {
              field
              before
              after
            }
          }
        }
      }
    }
  }
`);

const HrLog = graphql(`
  query AuditHrLog {
    hrAuditLog(actor: "test-admin", first: 1) {
      ...AuditPage
    }
  }
`);

describe('a salary in the log needs hr:salary:read, as Employee.salary does', () => {
  it('lists the change with null values to a caller without it', async () => {
    const hired = await stack.query(HirePaidPerson);
    const id = hired.data?.hireEmployee.id ?? '';
    const salaryOf = (data: AuditEmployeeChangesQuery | null | undefined) =>
      data?.employee?.history.edges[0]?.node.changes.find((change) => change.field === 'salary_minor');
    const cleared = await stack.query(EmployeeChanges, { id });
    expect(salaryOf(cleared.data)).toEqual({ field: 'salary_minor', before: 'null', after: '9000000' });
    const reader = await stack.query(EmployeeChanges, { id }, { token: await tokenFor(['read']) });
    expect(reader.errors).toBeUndefined();
    expect(salaryOf(reader.data)).toEqual({ field: 'salary_minor', before: null, after: null });
    const log = await stack.query(HrLog, {}, { token: await tokenFor(['read']) });
    const currency = log.data?.hrAuditLog.edges[0]?.node.changes.find((change) => change.field === 'salary_currency');
    expect(currency).toEqual({ field: 'salary_currency', before: null, after: null });
  });
});

const ChangeClientStatus = graphql(`
  mutation AuditChangeClientStatus($id: ID!, $s: ClientStatus!) {
    changeClientStatus(id: $id, status: $s) {
      id
    }
  }
`);

const CreateClient = graphql(`
  mutation AuditCreateClient($n: String!) {
    createClient(input: { name: $n }) {
      id
    }
  }
`);

const ClientIds = graphql(`
  query AuditClientIds {
    clients(first: 50) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ClientIdsWithHistory = graphql(`
  query AuditClientIdsWithHistory {
    clients(first: 50) {
      edges {
        node {
          id
          history(first: 1) {
            totalCount
            edges {
              node {
                version
              }
            }
          }
        }
      }
    }
  }
`);

describe('history', () => {
  it('is newest first and pages with first/after', async () => {
    for (const status of ['ACTIVE', 'CHURNED', 'ACTIVE'] as const) {
      await write(alice, ChangeClientStatus, { id: clientId, s: status });
    }
    const all = await clientHistory({ first: 50 });
    const versions = all.edges.map((edge) => edge.node.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(versions[0]).toBe(all.totalCount);
    const first = await clientHistory({ first: 2 });
    expect(first.edges.map((edge) => edge.node.version)).toEqual(versions.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(all.totalCount);
    const next = await clientHistory({ first: 2, after: first.pageInfo.endCursor ?? '' });
    expect(next.edges.map((edge) => edge.node.version)).toEqual(versions.slice(2, 4));
    expect(next.totalCount).toBe(all.totalCount);
    const rest = await clientHistory({ first: 50, after: next.pageInfo.endCursor ?? '' });
    expect(rest.edges.map((edge) => edge.node.version)).toEqual(versions.slice(4));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('costs one statement for a whole list of entities', async () => {
    for (const name of ['Beta', 'Gamma', 'Delta']) await write(alice, CreateClient, { n: name });
    // The same list twice, without and with each client's history.
    const before = stack.subgraphs.crm.statementCount;
    await stack.query(ClientIds);
    const plain = stack.subgraphs.crm.statementCount - before;
    const middle = stack.subgraphs.crm.statementCount;
    const result = await stack.query(ClientIdsWithHistory);
    expect(stack.subgraphs.crm.statementCount - middle).toBe(plain + 1);
    const nodes = result.data?.clients.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((node) => node.history.totalCount >= 1 && node.history.edges.length === 1)).toBe(true);
  });
});

const UpdateClient = graphql(`
  mutation AuditUpdateClient($id: ID!, $n: String, $v: Int, $m: ID) {
    updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) {
      id
    }
  }
`);

describe('refused writes leave no row', () => {
  async function expectNoRow(token: string, variables: VariablesOf<typeof UpdateClient>, code: string) {
    const before = await snapshotStores(stack);
    const result = await stack.query(UpdateClient, variables, { token });
    expect(result.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(await snapshotStores(stack)).toEqual(before);
  }

  it('bad input', () => expectNoRow(alice, { id: clientId, n: '' }, 'BAD_USER_INPUT'));
  it('a stale version', () => expectNoRow(alice, { id: clientId, n: 'Stale', v: 1 }, 'CONFLICT'));
  it('a missing scope', async () =>
    expectNoRow(await tokenFor(['read', 'hr:write'], { subject: 'mallory' }), { id: clientId, n: 'X' }, 'FORBIDDEN'));
  it('a missing reference', () => expectNoRow(alice, { id: clientId, m: 'emp_0000000000000000' }, 'REFERENCE_NOT_FOUND'));
});

const CreateAtomic = graphql(`
  mutation AuditCreateAtomic {
    createClient(input: { name: "Atomic" }) {
      id
    }
  }
`);

const RenameToChanged = graphql(`
  mutation AuditRenameToChanged($id: ID!) {
    updateClient(id: $id, input: { name: "Changed" }) {
      id
    }
  }
`);

const ClientNameAndVersion = graphql(`
  query AuditClientNameAndVersion($id: ID!) {
    client(id: $id) {
      name
      version
    }
  }
`);

describe('the audit row is part of the write', () => {
  it('a write whose audit row fails is rolled back with it', async () => {
    const { createClient } = await write(alice, CreateAtomic);
    // A row already holding version 2 of this client makes the update's audit insert violate the unique index.
    const database = await openDatabase<PlatformTables>({ url: stack.config.databaseUrls.crm, migrations: crmSubgraph.migrations });
    try {
      await database.db
        .insertInto('audit_log')
        .values({
          id: 'aud_planted',
          occurred_at: new Date().toISOString(),
          actor_subject: 'test',
          actor_scopes: '',
          mutation: 'planted',
          entity_type: 'Client',
          entity_id: createClient.id,
          version: 2,
          changes: '[]',
          request_id: null,
        })
        .execute();
    } finally {
      await database.close();
    }
    const before = await snapshotStores(stack);
    const result = await stack.query(RenameToChanged, { id: createClient.id }, { token: alice });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(await snapshotStores(stack)).toEqual(before);
    const client = await stack.query(ClientNameAndVersion, { id: createClient.id });
    expect(client.data?.client).toEqual({ name: 'Atomic', version: 1 });
  });
});

const ActorLogs = graphql(`
  query AuditActorLogs {
    crmAuditLog(actor: "alice", first: 3) {
      ...AuditPage
    }
    bobs: crmAuditLog(actor: "bob") {
      ...AuditPage
    }
    hrAuditLog(actor: "alice") {
      ...AuditPage
    }
  }
`);

const AliceCrmLogAfter = graphql(`
  query AuditAliceCrmLogAfter($a: String) {
    crmAuditLog(actor: "alice", first: 500, after: $a) {
      ...AuditPage
    }
  }
`);

const AliceCrmLogCount = graphql(`
  query AuditAliceCrmLogCount {
    crmAuditLog(actor: "alice") {
      totalCount
    }
  }
`);

describe('the log per actor', () => {
  it('lists one actor’s writes in a subgraph, newest first, and no one else’s', async () => {
    const result = await stack.query(ActorLogs);
    expect(result.errors).toBeUndefined();
    const mine = result.data?.crmAuditLog;
    expect(mine?.edges).toHaveLength(3);
    expect(mine?.pageInfo.hasNextPage).toBe(true);
    expect(mine?.edges.every((edge) => edge.node.actor.subject === 'alice')).toBe(true);
    expect(mine?.edges[0]?.node.mutation).toBe('createClient');
    const next = await stack.query(AliceCrmLogAfter, { a: mine?.pageInfo.endCursor });
    expect(next.data?.crmAuditLog.edges.length).toBe((mine?.totalCount ?? 0) - 3);
    expect(result.data?.bobs.edges.map((edge) => edge.node.mutation)).toEqual(['updateClient']);
    expect(result.data?.hrAuditLog.edges.map((edge) => edge.node.mutation)).toEqual(['hireEmployee']);
  });

  it('needs the read scope', async () => {
    const result = await stack.query(AliceCrmLogCount, {}, { token: await tokenFor(['crm:write']) });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
