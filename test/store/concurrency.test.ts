import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Domain } from '../../lib/domains.ts';
import { holdLocks } from '../support/contention.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';
import { TEST_STORE } from '../support/stores.ts';

/**
 * Concurrent writes through the gateway end the same way on both stores. SQLite runs one write
 * transaction at a time; PostgreSQL (read committed, a pool of connections) runs them side by
 * side, so there each race is forced: locks held elsewhere make every request read the same
 * state and reach its write before any of them commits (test/support/contention.ts).
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: null });
});
afterAll(async () => {
  await stack?.stop();
});

type Lock = { text: string; values?: unknown[] };

/** Sends every request at once; on PostgreSQL they queue behind `locks` until all `requests` wait there. */
async function race<T>(domain: Domain, locks: Lock[], requests: (() => Promise<GraphQLResult<T>>)[]): Promise<GraphQLResult<T>[]> {
  const held = TEST_STORE === 'postgres' ? await holdLocks(stack.config.databaseUrls[domain], locks) : null;
  try {
    const results = Promise.all(requests.map((request) => request()));
    await held?.waiters(requests.length);
    await held?.release();
    return await results;
  } finally {
    await held?.release();
  }
}

const outcome = (result: GraphQLResult<unknown>) => (result.errors?.length ? String(result.errors[0]?.extensions?.code) : 'OK');
const outcomes = (results: GraphQLResult<unknown>[]) => results.map(outcome).sort();
const oneWinner = (n: number) => [...Array<string>(n - 1).fill('CONFLICT'), 'OK'];

async function data<T>(operation: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await stack.query<T>(operation, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

async function createClient(name: string): Promise<string> {
  const { createClient } = await data<{ createClient: { id: string } }>(
    `mutation ($name: String!) { createClient(input: { name: $name, country: "US", status: ACTIVE }) { id } }`,
    { name },
  );
  return createClient.id;
}

async function createDraft(clientId: string, unitPrice = '100.00'): Promise<string> {
  const { createInvoice } = await data<{ createInvoice: { id: string } }>(
    `mutation ($c: ID!, $p: Decimal!) { createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: $p }] }) { id } }`,
    { c: clientId, p: unitPrice },
  );
  return createInvoice.id;
}

describe(`concurrent writes on ${TEST_STORE}`, () => {
  it('of one entity without expectedVersion: every write lands, one after another', async () => {
    const id = await createClient('Queue Ltd');
    const n = 8;
    const results = await race(
      'crm',
      [{ text: 'select id from clients where id = $1 for update', values: [id] }],
      Array.from(
        { length: n },
        (_, i) => () =>
          stack.query<{ updateClient: { version: number } }>(
            `mutation ($id: ID!, $industry: String) { updateClient(id: $id, input: { industry: $industry }) { version } }`,
            { id, industry: `Industry ${i}` },
          ),
      ),
    );
    expect(outcomes(results)).toEqual(Array<string>(n).fill('OK'));
    // Each write read the version the one before it left: versions 2 … n + 1, none lost.
    expect(results.map((result) => result.data?.updateClient.version).sort((a = 0, b = 0) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 2),
    );
  });

  it('of one entity with the same expectedVersion: exactly one succeeds, the rest are CONFLICT', async () => {
    const id = await createClient('Race Ltd');
    const n = 8;
    const results = await race(
      'crm',
      [{ text: 'select id from clients where id = $1 for update', values: [id] }],
      Array.from(
        { length: n },
        (_, i) => () =>
          stack.query<{ updateClient: { version: number; industry: string } }>(
            `mutation ($id: ID!, $industry: String) { updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) { version industry } }`,
            { id, industry: `Industry ${i}` },
          ),
      ),
    );
    expect(outcomes(results)).toEqual(oneWinner(n));
    const winner = results.find((result) => !result.errors)?.data?.updateClient;
    expect(winner?.version).toBe(2);
    expect(await data(`query ($id: ID!) { client(id: $id) { version industry } }`, { id })).toEqual({ client: winner });
  });

  it('issuing many drafts at once gives distinct numbers without gaps', async () => {
    const clientId = await createClient('Numbering Inc');
    const drafts: string[] = [];
    for (let i = 0; i < 8; i++) drafts.push(await createDraft(clientId));
    // A year no other test issues in, so the numbers start at 1.
    const results = await race(
      'accounting',
      [{ text: `insert into invoice_sequences (year, last_number) values ('2023', 0)` }],
      drafts.map(
        (id) => () =>
          stack.query<{ issueInvoice: { number: string } }>(
            `mutation ($id: ID!) { issueInvoice(id: $id, input: { issueDate: "2023-06-01" }) { number } }`,
            { id },
          ),
      ),
    );
    expect(outcomes(results)).toEqual(drafts.map(() => 'OK'));
    const numbers = results.map((result) => result.data?.issueInvoice.number).sort();
    expect(numbers).toEqual(drafts.map((_, i) => `INV-2023-${String(i + 1).padStart(5, '0')}`));
  });

  it('activating two drafts of one client leaves exactly one ACTIVE contract', async () => {
    const clientId = await createClient('Contracts Corp');
    const contracts: string[] = [];
    for (const startDate of ['2025-01-01', '2025-02-01']) {
      const { createContract } = await data<{ createContract: { id: string } }>(
        `mutation ($c: ID!, $s: Date!) { createContract(clientId: $c, input: { startDate: $s, endDate: "2026-12-31", annualValue: { amount: "1000.00", currencyCode: "USD" } }) { id } }`,
        { c: clientId, s: startDate },
      );
      contracts.push(createContract.id);
    }
    const results = await race(
      'crm',
      [{ text: 'select id from contracts where id = any($1) for update', values: [contracts] }],
      contracts.map((id) => () => stack.query(`mutation ($id: ID!) { activateContract(id: $id, expectedVersion: 1) { status } }`, { id })),
    );
    expect(outcomes(results)).toEqual(oneWinner(2));
    const { client } = await data<{ client: { contracts: { status: string }[] } }>(
      `query ($id: ID!) { client(id: $id) { contracts { status } } }`,
      { id: clientId },
    );
    expect(client.contracts.map((contract) => contract.status).sort()).toEqual(['ACTIVE', 'DRAFT']);
  });

  it('hiring several people with one email (in any case) hires one', async () => {
    const emails = ['grace@race.example', 'Grace@race.example', 'GRACE@RACE.EXAMPLE', 'grace@RACE.example'];
    const results = await race(
      'hr',
      [
        {
          text: `insert into employees (id, name, email, status, capacity_hours_per_week, start_date, version, created_at, updated_at)
                 values ('emp_heldheldheldheld', 'Held', 'grace@race.example', 'ACTIVE', 40, '2025-01-01', 1, '2025-01-01', '2025-01-01')`,
        },
      ],
      emails.map(
        (email, i) => () =>
          stack.query(`mutation ($name: String!, $email: String!) { hireEmployee(input: { name: $name, email: $email }) { id } }`, {
            name: `Grace ${i}`,
            email,
          }),
      ),
    );
    expect(outcomes(results)).toEqual(oneWinner(emails.length));
    const { employees } = await data<{ employees: { edges: { node: { email: string } }[] } }>(
      `{ employees(first: 500) { edges { node { email } } } }`,
    );
    expect(employees.edges.filter((edge) => edge.node.email === 'grace@race.example')).toHaveLength(1);
  });

  it('creating departments whose names differ only in case (beyond ASCII) creates one', async () => {
    const names = ['Équipe Été', 'ÉQUIPE ÉTÉ', 'équipe été', 'Équipe été'];
    const results = await race(
      'hr',
      [
        {
          text: `insert into departments (id, name, name_key, version, created_at, updated_at)
                 values ('dep_heldheldheldheld', 'held', 'équipe été', 1, '2025-01-01', '2025-01-01')`,
        },
      ],
      names.map((name) => () => stack.query(`mutation ($name: String!) { createDepartment(input: { name: $name }) { id } }`, { name })),
    );
    expect(outcomes(results)).toEqual(oneWinner(names.length));
    const { departments } = await data<{ departments: { name: string }[] }>(`{ departments { name } }`);
    expect(departments.filter((department) => department.name.toLowerCase() === 'équipe été')).toHaveLength(1);
  });

  it("two people made each other's manager at once: one change lands, the other is refused, never a loop", async () => {
    const hire = async (name: string) =>
      (
        await data<{ hireEmployee: { id: string } }>(
          `mutation ($name: String!, $email: String!) { hireEmployee(input: { name: $name, email: $email }) { id } }`,
          {
            name,
            email: `${name.toLowerCase()}@loop.example`,
          },
        )
      ).hireEmployee.id;
    const [a, b] = [await hire('Alpha'), await hire('Bravo')];
    // The rows are held for update but not for key share, so each request reads the chain and
    // reaches its own update before either commits.
    const results = await race(
      'hr',
      [{ text: 'select id from employees where id = any($1) for no key update', values: [[a, b]] }],
      [
        [a, b],
        [b, a],
      ].map(
        ([id, managerId]) =>
          () =>
            stack.query(`mutation ($id: ID!, $m: ID) { updateEmployee(id: $id, input: { managerId: $m }) { id } }`, { id, m: managerId }),
      ),
    );
    expect(outcomes(results)).toEqual(['BAD_USER_INPUT', 'OK']);
    const { employees } = await data<{ employees: { edges: { node: { id: string; manager: { id: string } | null } }[] } }>(
      `{ employees(first: 500) { edges { node { id manager { id } } } } }`,
    );
    const managers = employees.edges.filter((edge) => edge.node.id === a || edge.node.id === b).map((edge) => edge.node.manager);
    expect(managers.filter((manager) => manager !== null)).toHaveLength(1);
  });

  it('paying an invoice in full several times at once records one payment', async () => {
    const clientId = await createClient('Payments plc');
    const id = await createDraft(clientId, '250.00');
    const { issueInvoice } = await data<{ issueInvoice: { version: number } }>(
      `mutation ($id: ID!) { issueInvoice(id: $id) { version } }`,
      { id },
    );
    const n = 5;
    const results = await race(
      'accounting',
      [{ text: 'select id from invoices where id = $1 for update', values: [id] }],
      Array.from(
        { length: n },
        () => () =>
          stack.query(
            `mutation ($id: ID!, $v: Int) { recordPayment(invoiceId: $id, input: { amount: "250.00" }, expectedVersion: $v) { status } }`,
            {
              id,
              v: issueInvoice.version,
            },
          ),
      ),
    );
    expect(outcomes(results)).toEqual(oneWinner(n));
    expect(
      await data(`query ($id: ID!) { invoice(id: $id) { status balance { amount } payments { amount { amount } } } }`, { id }),
    ).toEqual({
      invoice: { status: 'PAID', balance: { amount: '0.00' }, payments: [{ amount: { amount: '250.00' } }] },
    });
  });
});
