import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Domain } from '../../lib/domains.ts';
import { graphql } from '../__generated__/gql.ts';
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
  return () => stack.stop();
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

async function data<TResult, TVariables>(operation: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const result = await stack.query(operation, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

const CreateClient = graphql(`
  mutation ConcurrencyCreateClient($name: String!) {
    createClient(input: { name: $name, country: "US", status: ACTIVE }) {
      id
    }
  }
`);

const CreateDraft = graphql(`
  mutation ConcurrencyCreateDraft($c: ID!, $p: Decimal!) {
    createInvoice(input: { clientId: $c, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: $p }] }) {
      id
    }
  }
`);

async function createClient(name: string): Promise<string> {
  const { createClient } = await data(CreateClient, { name });
  return createClient.id;
}

async function createDraft(clientId: string, unitPrice = '100.00'): Promise<string> {
  const { createInvoice } = await data(CreateDraft, { c: clientId, p: unitPrice });
  return createInvoice.id;
}

const SetIndustry = graphql(`
  mutation ConcurrencySetIndustry($id: ID!, $industry: String) {
    updateClient(id: $id, input: { industry: $industry }) {
      version
    }
  }
`);

const SetIndustryAtVersion1 = graphql(`
  mutation ConcurrencySetIndustryAtVersion1($id: ID!, $industry: String) {
    updateClient(id: $id, input: { industry: $industry }, expectedVersion: 1) {
      version
      industry
    }
  }
`);

const ClientIndustry = graphql(`
  query ConcurrencyClientIndustry($id: ID!) {
    client(id: $id) {
      version
      industry
    }
  }
`);

const IssueIn2023 = graphql(`
  mutation ConcurrencyIssueIn2023($id: ID!) {
    issueInvoice(id: $id, input: { issueDate: "2023-06-01" }) {
      number
    }
  }
`);

const CreateContract = graphql(`
  mutation ConcurrencyCreateContract($c: ID!, $s: Date!) {
    createContract(clientId: $c, input: { startDate: $s, endDate: "2026-12-31", annualValue: { amount: "1000.00", currencyCode: "USD" } }) {
      id
    }
  }
`);

const ActivateContract = graphql(`
  mutation ConcurrencyActivateContract($id: ID!) {
    activateContract(id: $id, expectedVersion: 1) {
      status
    }
  }
`);

const ClientContracts = graphql(`
  query ConcurrencyClientContracts($id: ID!) {
    client(id: $id) {
      contracts {
        status
      }
    }
  }
`);

const Hire = graphql(`
  mutation ConcurrencyHire($name: String!, $email: String!) {
    hireEmployee(input: { name: $name, email: $email }) {
      id
    }
  }
`);

const EmployeeEmails = graphql(`
  query ConcurrencyEmployeeEmails {
    employees(first: 500) {
      edges {
        node {
          email
        }
      }
    }
  }
`);

const CreateDepartment = graphql(`
  mutation ConcurrencyCreateDepartment($name: String!) {
    createDepartment(input: { name: $name }) {
      id
    }
  }
`);

const DepartmentNames = graphql(`
  query ConcurrencyDepartmentNames {
    departments {
      name
    }
  }
`);

const SetManager = graphql(`
  mutation ConcurrencySetManager($id: ID!, $m: ID) {
    updateEmployee(id: $id, input: { managerId: $m }) {
      id
    }
  }
`);

const EmployeeManagers = graphql(`
  query ConcurrencyEmployeeManagers {
    employees(first: 500) {
      edges {
        node {
          id
          manager {
            id
          }
        }
      }
    }
  }
`);

const Issue = graphql(`
  mutation ConcurrencyIssue($id: ID!) {
    issueInvoice(id: $id) {
      version
    }
  }
`);

const PayInFull = graphql(`
  mutation ConcurrencyPayInFull($id: ID!, $v: Int) {
    recordPayment(invoiceId: $id, input: { amount: "250.00" }, expectedVersion: $v) {
      status
    }
  }
`);

const InvoicePayments = graphql(`
  query ConcurrencyInvoicePayments($id: ID!) {
    invoice(id: $id) {
      status
      balance {
        amount
      }
      payments {
        amount {
          amount
        }
      }
    }
  }
`);

describe(`concurrent writes on ${TEST_STORE}`, () => {
  it('of one entity without expectedVersion: every write lands, one after another', async () => {
    const id = await createClient('Queue Ltd');
    const n = 8;
    const results = await race(
      'crm',
      [{ text: 'select id from clients where id = $1 for update', values: [id] }],
      Array.from({ length: n }, (_, i) => () => stack.query(SetIndustry, { id, industry: `Industry ${i}` })),
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
      Array.from({ length: n }, (_, i) => () => stack.query(SetIndustryAtVersion1, { id, industry: `Industry ${i}` })),
    );
    expect(outcomes(results)).toEqual(oneWinner(n));
    const winner = results.find((result) => !result.errors)?.data?.updateClient;
    expect(winner?.version).toBe(2);
    expect(await data(ClientIndustry, { id })).toEqual({ client: winner });
  });

  it('issuing many drafts at once gives distinct numbers without gaps', async () => {
    const clientId = await createClient('Numbering Inc');
    const drafts: string[] = [];
    for (let i = 0; i < 8; i++) drafts.push(await createDraft(clientId));
    // A year no other test issues in, so the numbers start at 1.
    const results = await race(
      'accounting',
      [{ text: `insert into invoice_sequences (year, last_number) values ('2023', 0)` }],
      drafts.map((id) => () => stack.query(IssueIn2023, { id })),
    );
    expect(outcomes(results)).toEqual(drafts.map(() => 'OK'));
    const numbers = results.map((result) => result.data?.issueInvoice.number).sort();
    expect(numbers).toEqual(drafts.map((_, i) => `INV-2023-${String(i + 1).padStart(5, '0')}`));
  });

  it('activating two drafts of one client leaves exactly one ACTIVE contract', async () => {
    const clientId = await createClient('Contracts Corp');
    const contracts: string[] = [];
    for (const startDate of ['2025-01-01', '2025-02-01']) {
      const { createContract } = await data(CreateContract, { c: clientId, s: startDate });
      contracts.push(createContract.id);
    }
    const results = await race(
      'crm',
      [{ text: 'select id from contracts where id = any($1) for update', values: [contracts] }],
      contracts.map((id) => () => stack.query(ActivateContract, { id })),
    );
    expect(outcomes(results)).toEqual(oneWinner(2));
    const { client } = await data(ClientContracts, { id: clientId });
    expect(client?.contracts.map((contract) => contract.status).sort()).toEqual(['ACTIVE', 'DRAFT']);
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
      emails.map((email, i) => () => stack.query(Hire, { name: `Grace ${i}`, email })),
    );
    expect(outcomes(results)).toEqual(oneWinner(emails.length));
    const { employees } = await data(EmployeeEmails);
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
      names.map((name) => () => stack.query(CreateDepartment, { name })),
    );
    expect(outcomes(results)).toEqual(oneWinner(names.length));
    const { departments } = await data(DepartmentNames);
    expect(departments.filter((department) => department.name.toLowerCase() === 'équipe été')).toHaveLength(1);
  });

  it("two people made each other's manager at once: one change lands, the other is refused, never a loop", async () => {
    const hire = async (name: string) => (await data(Hire, { name, email: `${name.toLowerCase()}@loop.example` })).hireEmployee.id;
    const [a, b] = [await hire('Alpha'), await hire('Bravo')];
    // The rows are held for update but not for key share, so each request reads the chain and
    // reaches its own update before either commits.
    const changes: [id: string, managerId: string][] = [
      [a, b],
      [b, a],
    ];
    const results = await race(
      'hr',
      [{ text: 'select id from employees where id = any($1) for no key update', values: [[a, b]] }],
      changes.map(
        ([id, managerId]) =>
          () =>
            stack.query(SetManager, { id, m: managerId }),
      ),
    );
    expect(outcomes(results)).toEqual(['BAD_USER_INPUT', 'OK']);
    const { employees } = await data(EmployeeManagers);
    const managers = employees.edges.filter((edge) => edge.node.id === a || edge.node.id === b).map((edge) => edge.node.manager);
    expect(managers.filter((manager) => manager !== null)).toHaveLength(1);
  });

  it('paying an invoice in full several times at once records one payment', async () => {
    const clientId = await createClient('Payments plc');
    const id = await createDraft(clientId, '250.00');
    const { issueInvoice } = await data(Issue, { id });
    const n = 5;
    const results = await race(
      'accounting',
      [{ text: 'select id from invoices where id = $1 for update', values: [id] }],
      Array.from({ length: n }, () => () => stack.query(PayInFull, { id, v: issueInvoice.version })),
    );
    expect(outcomes(results)).toEqual(oneWinner(n));
    expect(await data(InvoicePayments, { id })).toEqual({
      invoice: { status: 'PAID', balance: { amount: '0.00' }, payments: [{ amount: { amount: '250.00' } }] },
    });
  });
});
