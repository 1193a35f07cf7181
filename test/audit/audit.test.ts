import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformTables } from '../../lib/store/platform.ts';
import { addDays, today } from '../../lib/dates.ts';
import { openDatabase } from '../../lib/store/database.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { tokenFor } from '../support/auth.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type Stack } from '../support/stack.ts';
import type { AuditEntryView } from '../../lib/audit/read.ts';

/**
 * The audit trail through the gateway: every write appends one row per entity it changes, in
 * its own transaction, naming the caller, the mutation, the new version and every changed field;
 * refused writes leave none; history and the per-actor log page newest first.
 */

/** What a test selects of an AuditEntry: everything but id and time. */
type Entry = Omit<AuditEntryView, 'id' | 'occurredAt'>;
interface AuditPage {
  edges: { cursor: string; node: Entry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const ENTRY = 'actor { subject scopes } mutation entityType entityId version changes { field before after } requestId';
const PAGE = `edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } totalCount`;

let stack: Stack;
let alice: string;
let bob: string;
let clientId: string;

async function write<T>(token: string, operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await stack.query<T>(operation, variables, { token });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

async function clientHistory(args = ''): Promise<AuditPage> {
  const result = await stack.query<{ client: { history: AuditPage } }>(
    `query ($id: ID!) { client(id: $id) { history${args} { ${PAGE} } } }`,
    {
      id: clientId,
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.client.history ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: -1 };
}

async function auditRows(): Promise<number> {
  const snapshot = await snapshotStores(stack);
  return Object.entries(snapshot)
    .filter(([table]) => table.endsWith('.audit_log'))
    .reduce((sum, [, rows]) => sum + rows.length, 0);
}

beforeAll(async () => {
  stack = await startStack({ seed: null });
  alice = await tokenFor(['read', 'crm:write', 'hr:write'], { subject: 'alice' });
  bob = await tokenFor(['read', 'crm:write'], { subject: 'bob' });
  const created = await write<{ createClient: { id: string } }>(
    alice,
    `mutation { createClient(input: { name: "Acme", country: "US" }) { id } }`,
  );
  clientId = created.createClient.id;
});
afterAll(async () => {
  await stack?.stop();
});

describe('a write appends exactly one row per entity it changes', () => {
  it('creation: every stored field, before null, with actor, mutation, version 1 and request id', async () => {
    const history = await clientHistory();
    expect(history.totalCount).toBe(1);
    const [created] = history.edges.map((edge) => edge.node);
    expect(created).toMatchObject({
      actor: { subject: 'alice', scopes: ['crm:write', 'hr:write', 'read'] },
      mutation: 'createClient',
      entityType: 'Client',
      entityId: clientId,
      version: 1,
    });
    expect(created?.requestId).toEqual(expect.any(String));
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
    await write(bob, `mutation ($id: ID!) { updateClient(id: $id, input: { name: "Acme Ltd", country: "US" }) { id } }`, { id: clientId });
    expect(await auditRows()).toBe(rowsBefore + 1);
    const [latest] = (await clientHistory('(first: 1)')).edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ actor: { subject: 'bob', scopes: ['crm:write', 'read'] }, mutation: 'updateClient', version: 2 });
    expect(latest?.changes).toEqual([{ field: 'name', before: '"Acme"', after: '"Acme Ltd"' }]);
  });

  it('renewing a contract records the old one RENEWED and the new one created', async () => {
    const start = today();
    const { createContract } = await write<{ createContract: { id: string } }>(
      alice,
      `mutation ($c: ID!, $s: Date!, $e: Date!) { createContract(clientId: $c, input: { startDate: $s, endDate: $e, annualValue: { amount: "1200.00", currencyCode: "USD" } }) { id } }`,
      { c: clientId, s: start, e: addDays(start, 365) },
    );
    await write(alice, `mutation ($id: ID!) { activateContract(id: $id) { id } }`, { id: createContract.id });
    const rowsBefore = await auditRows();
    const { renewContract } = await write<{ renewContract: { id: string; history: AuditPage } }>(
      alice,
      `mutation ($id: ID!) { renewContract(id: $id) { id history { ${PAGE} } } }`,
      { id: createContract.id },
    );
    expect(await auditRows()).toBe(rowsBefore + 2);
    expect(renewContract.history.edges.map((edge) => [edge.node.mutation, edge.node.version])).toEqual([['renewContract', 1]]);
    const old = await stack.query<{ contract: { history: AuditPage } }>(`query ($id: ID!) { contract(id: $id) { history { ${PAGE} } } }`, {
      id: createContract.id,
    });
    const [renewed] = old.data?.contract.history.edges.map((edge) => edge.node) ?? [];
    expect(renewed).toMatchObject({ mutation: 'renewContract', version: 3 });
    expect(renewed?.changes).toEqual([{ field: 'status', before: '"ACTIVE"', after: '"RENEWED"' }]);
  });

  it('other subgraphs record theirs the same way (hr: hireEmployee)', async () => {
    const { hireEmployee } = await write<{ hireEmployee: { id: string } }>(
      alice,
      `mutation { hireEmployee(input: { name: "Ada Lovelace", email: "ada@audit.example", capacityHoursPerWeek: 40 }) { id } }`,
    );
    const result = await stack.query<{ employee: { history: AuditPage } }>(
      `query ($id: ID!) { employee(id: $id) { history { ${PAGE} } } }`,
      {
        id: hireEmployee.id,
      },
    );
    expect(result.data?.employee.history.edges.map((edge) => [edge.node.mutation, edge.node.actor.subject, edge.node.version])).toEqual([
      ['hireEmployee', 'alice', 1],
    ]);
  });
});

describe('accounting and projects', () => {
  const full = { token: undefined };
  async function historyOf(field: string, id: string): Promise<Entry[]> {
    const result = await stack.query<Record<string, { history: AuditPage }>>(
      `query ($id: ID!) { ${field}(id: $id) { history { ${PAGE} } } }`,
      { id },
      full,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.[field]?.history.edges.map((edge) => edge.node) ?? [];
  }

  it('an invoice: created, issued, paid in part (the payment gets its own row), paid in full', async () => {
    const run = (operation: string, variables: Record<string, unknown>) =>
      stack.query<Record<string, { id: string }>>(operation, variables, full);
    const created = await run(
      `mutation ($c: ID!) { createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: "100.00" }] }) { id } }`,
      { c: clientId },
    );
    const id = created.data?.createInvoice?.id ?? '';
    await run(`mutation ($id: ID!) { issueInvoice(id: $id) { id } }`, { id });
    await run(`mutation ($id: ID!) { recordPayment(invoiceId: $id, input: { amount: "40.00" }) { id } }`, { id });
    await run(`mutation ($id: ID!) { recordPayment(invoiceId: $id, input: { amount: "60.00" }) { id } }`, { id });
    const history = await historyOf('invoice', id);
    expect(history.map((entry) => [entry.mutation, entry.version])).toEqual([
      ['recordPayment', 4],
      ['recordPayment', 3],
      ['issueInvoice', 2],
      ['createInvoice', 1],
    ]);
    expect(history[0]?.changes).toEqual([{ field: 'status', before: '"SENT"', after: '"PAID"' }]);
    expect(history[1]?.changes).toEqual([]);
    const log = await stack.query<{ accountingAuditLog: AuditPage }>(
      `{ accountingAuditLog(actor: "test-admin", first: 2) { ${PAGE} } }`,
      {},
      full,
    );
    expect(log.data?.accountingAuditLog.edges.map((edge) => [edge.node.entityType, edge.node.mutation])).toEqual([
      ['Invoice', 'recordPayment'],
      ['Payment', 'recordPayment'],
    ]);
    const payment = log.data?.accountingAuditLog.edges[1]?.node.changes.find((change) => change.field === 'amount_minor');
    expect(payment).toEqual({ field: 'amount_minor', before: 'null', after: '6000' });
  });

  it('a project and the time logged on it', async () => {
    const run = (operation: string, variables: Record<string, unknown>) =>
      stack.query<Record<string, { id: string }>>(operation, variables, full);
    const employee = await run(
      `mutation { hireEmployee(input: { name: "Grace Hopper", email: "grace@audit.example", capacityHoursPerWeek: 40 }) { id } }`,
      {},
    );
    const employeeId = employee.data?.hireEmployee?.id ?? '';
    const project = await run(`mutation ($c: ID!) { createProject(input: { name: "Audit", clientId: $c, budgetHours: "10" }) { id } }`, {
      c: clientId,
    });
    const id = project.data?.createProject?.id ?? '';
    await run(`mutation ($id: ID!) { advanceProject(id: $id, phase: KICKOFF) { id } }`, { id });
    const entry = await run(
      `mutation ($p: ID!, $e: ID!, $d: Date!) { logTime(input: { projectId: $p, employeeId: $e, date: $d, hours: "1.5" }) { id } }`,
      {
        p: id,
        e: employeeId,
        d: today(),
      },
    );
    expect(entry.errors).toBeUndefined();
    const history = await historyOf('project', id);
    expect(history.map((row) => [row.mutation, row.version])).toEqual([
      ['advanceProject', 2],
      ['createProject', 1],
    ]);
    expect(history[0]?.changes).toEqual([{ field: 'phase', before: '"PROPOSAL"', after: '"KICKOFF"' }]);
    const log = await stack.query<{ projectsAuditLog: AuditPage }>(
      `{ projectsAuditLog(actor: "test-admin", first: 1) { ${PAGE} } }`,
      {},
      full,
    );
    const [logged] = log.data?.projectsAuditLog.edges.map((edge) => edge.node) ?? [];
    expect(logged).toMatchObject({ mutation: 'logTime', entityType: 'TimeEntry', entityId: entry.data?.logTime?.id, version: 1 });
    expect(logged?.changes.find((change) => change.field === 'hundredths')?.after).toBe('150');
  });
});

describe('a salary in the log needs hr:salary:read, as Employee.salary does', () => {
  it('lists the change with null values to a caller without it', async () => {
    const hired = await stack.query<{ hireEmployee: { id: string } }>(
      `mutation { hireEmployee(input: { name: "Paid Person", email: "paid@audit.example", capacityHoursPerWeek: 40, salary: { amount: "90000.00", currencyCode: "USD" } }) { id } }`,
    );
    const id = hired.data?.hireEmployee.id ?? '';
    const QUERY = `query ($id: ID!) { employee(id: $id) { history { edges { node { changes { field before after } } } } } }`;
    const salaryOf = (result: { data?: { employee: { history: AuditPage } } | null }) =>
      result.data?.employee.history.edges[0]?.node.changes.find((change) => change.field === 'salary_minor');
    const cleared = await stack.query<{ employee: { history: AuditPage } }>(QUERY, { id });
    expect(salaryOf(cleared)).toEqual({ field: 'salary_minor', before: 'null', after: '9000000' });
    const reader = await stack.query<{ employee: { history: AuditPage } }>(QUERY, { id }, { token: await tokenFor(['read']) });
    expect(reader.errors).toBeUndefined();
    expect(salaryOf(reader)).toEqual({ field: 'salary_minor', before: null, after: null });
    const log = await stack.query<{ hrAuditLog: AuditPage }>(
      `{ hrAuditLog(actor: "test-admin", first: 1) { ${PAGE} } }`,
      {},
      { token: await tokenFor(['read']) },
    );
    const currency = log.data?.hrAuditLog.edges[0]?.node.changes.find((change) => change.field === 'salary_currency');
    expect(currency).toEqual({ field: 'salary_currency', before: null, after: null });
  });
});

describe('history', () => {
  it('is newest first and pages with first/after', async () => {
    for (const status of ['ACTIVE', 'CHURNED', 'ACTIVE']) {
      await write(alice, `mutation ($id: ID!, $s: ClientStatus!) { changeClientStatus(id: $id, status: $s) { id } }`, {
        id: clientId,
        s: status,
      });
    }
    const all = await clientHistory('(first: 50)');
    const versions = all.edges.map((edge) => edge.node.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(versions[0]).toBe(all.totalCount);
    const first = await clientHistory('(first: 2)');
    expect(first.edges.map((edge) => edge.node.version)).toEqual(versions.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(all.totalCount);
    const next = await clientHistory(`(first: 2, after: "${first.pageInfo.endCursor ?? ''}")`);
    expect(next.edges.map((edge) => edge.node.version)).toEqual(versions.slice(2, 4));
    expect(next.totalCount).toBe(all.totalCount);
    const rest = await clientHistory(`(first: 50, after: "${next.pageInfo.endCursor ?? ''}")`);
    expect(rest.edges.map((edge) => edge.node.version)).toEqual(versions.slice(4));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('costs one statement for a whole list of entities', async () => {
    for (const name of ['Beta', 'Gamma', 'Delta'])
      await write(alice, `mutation ($n: String!) { createClient(input: { name: $n }) { id } }`, { n: name });
    const query = (history: boolean) =>
      stack.query<{ clients: { edges: { node: { history?: AuditPage } }[] } }>(
        `{ clients(first: 50) { edges { node { id ${history ? 'history(first: 1) { totalCount edges { node { version } } }' : ''} } } } }`,
      );
    const before = stack.subgraphs.crm.statementCount;
    await query(false);
    const plain = stack.subgraphs.crm.statementCount - before;
    const middle = stack.subgraphs.crm.statementCount;
    const result = await query(true);
    expect(stack.subgraphs.crm.statementCount - middle).toBe(plain + 1);
    const nodes = result.data?.clients.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((node) => (node.history?.totalCount ?? 0) >= 1 && node.history?.edges.length === 1)).toBe(true);
  });
});

describe('refused writes leave no row', () => {
  async function expectNoRow(token: string, operation: string, variables: Record<string, unknown>, code: string) {
    const before = await snapshotStores(stack);
    const result = await stack.query(operation, variables, { token });
    expect(result.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(await snapshotStores(stack)).toEqual(before);
  }
  const UPDATE = `mutation ($id: ID!, $n: String, $v: Int, $m: ID) { updateClient(id: $id, input: { name: $n, accountManagerId: $m }, expectedVersion: $v) { id } }`;

  it('bad input', () => expectNoRow(alice, UPDATE, { id: clientId, n: '' }, 'BAD_USER_INPUT'));
  it('a stale version', () => expectNoRow(alice, UPDATE, { id: clientId, n: 'Stale', v: 1 }, 'CONFLICT'));
  it('a missing scope', async () =>
    expectNoRow(await tokenFor(['read', 'hr:write'], { subject: 'mallory' }), UPDATE, { id: clientId, n: 'X' }, 'FORBIDDEN'));
  it('a missing reference', () => expectNoRow(alice, UPDATE, { id: clientId, m: 'emp_0000000000000000' }, 'REFERENCE_NOT_FOUND'));
});

describe('the audit row is part of the write', () => {
  it('a write whose audit row fails is rolled back with it', async () => {
    const { createClient } = await write<{ createClient: { id: string } }>(
      alice,
      `mutation { createClient(input: { name: "Atomic" }) { id } }`,
    );
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
    const result = await stack.query(
      `mutation ($id: ID!) { updateClient(id: $id, input: { name: "Changed" }) { id } }`,
      { id: createClient.id },
      { token: alice },
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(await snapshotStores(stack)).toEqual(before);
    const client = await stack.query<{ client: { name: string; version: number } }>(
      `query ($id: ID!) { client(id: $id) { name version } }`,
      {
        id: createClient.id,
      },
    );
    expect(client.data?.client).toEqual({ name: 'Atomic', version: 1 });
  });
});

describe('the log per actor', () => {
  it('lists one actor’s writes in a subgraph, newest first, and no one else’s', async () => {
    const result = await stack.query<{ crmAuditLog: AuditPage; bobs: AuditPage; hrAuditLog: AuditPage }>(
      `{ crmAuditLog(actor: "alice", first: 3) { ${PAGE} } bobs: crmAuditLog(actor: "bob") { ${PAGE} } hrAuditLog(actor: "alice") { ${PAGE} } }`,
    );
    expect(result.errors).toBeUndefined();
    const mine = result.data?.crmAuditLog;
    expect(mine?.edges).toHaveLength(3);
    expect(mine?.pageInfo.hasNextPage).toBe(true);
    expect(mine?.edges.every((edge) => edge.node.actor.subject === 'alice')).toBe(true);
    expect(mine?.edges[0]?.node.mutation).toBe('createClient');
    const next = await stack.query<{ crmAuditLog: AuditPage }>(
      `query ($a: String) { crmAuditLog(actor: "alice", first: 500, after: $a) { ${PAGE} } }`,
      {
        a: mine?.pageInfo.endCursor,
      },
    );
    expect(next.data?.crmAuditLog.edges.length).toBe((mine?.totalCount ?? 0) - 3);
    expect(result.data?.bobs.edges.map((edge) => edge.node.mutation)).toEqual(['updateClient']);
    expect(result.data?.hrAuditLog.edges.map((edge) => edge.node.mutation)).toEqual(['hireEmployee']);
  });

  it('needs the read scope', async () => {
    const result = await stack.query(`{ crmAuditLog(actor: "alice") { totalCount } }`, {}, { token: await tokenFor(['crm:write']) });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
