import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Writes through the gateway: each kind of bad input gets its registry code and leaves every
 * store exactly as it was; good writes land in their owner and the numbers add up to the cent.
 */

let stack: Stack;
let clientId: string;
let employeeId: string;

beforeAll(async () => {
  stack = await startStack({ seed: null });
  const hired = await stack.query<{ hireEmployee: { id: string } }>(
    `mutation { hireEmployee(input: { name: "Ada Lovelace", email: "ada@recordgraph.example", capacityHoursPerWeek: 40 }) { id } }`,
  );
  employeeId = hired.data?.hireEmployee.id ?? '';
  const created = await stack.query<{ createClient: { id: string } }>(
    `mutation ($m: ID) { createClient(input: { name: "Acme", country: "US", status: ACTIVE, accountManagerId: $m }) { id } }`,
    { m: employeeId },
  );
  clientId = created.data?.createClient.id ?? '';
  expect(clientId).toMatch(/^cli_/);
});
afterAll(async () => {
  await stack?.stop();
});

async function expectRefused(
  code: string,
  operation: string,
  variables: Record<string, unknown> = {},
  check?: (error: { message: string; extensions?: Record<string, unknown> }) => void,
) {
  const before = await snapshotStores(stack);
  const result = await stack.query(operation, variables);
  // One error per failing value, each with the expected code.
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) expect(error.extensions?.code).toBe(code);
  const [error] = result.errors ?? [];
  if (error) check?.(error);
  expect(await snapshotStores(stack)).toEqual(before);
}

const CREATE_INVOICE = /* GraphQL */ `
  mutation ($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
      status
      total {
        amount
        currencyCode
      }
    }
  }
`;

describe('bad input gets its code and leaves nothing behind', () => {
  it('wrong types', () =>
    expectRefused('BAD_USER_INPUT', `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
      input: { name: 42, status: 'SLEEPING' },
    }));

  it('missing mandatory fields, as variables and inline', async () => {
    await expectRefused('BAD_USER_INPUT', `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: {} });
    await expectRefused('GRAPHQL_VALIDATION_FAILED', `mutation { createClient(input: { industry: "Energy" }) { id } }`);
  });

  it('malformed email', () =>
    expectRefused('BAD_USER_INPUT', `mutation { hireEmployee(input: { name: "Bob", email: "bob-at-example" }) { id } }`, {}, (error) =>
      expect(error.extensions?.fields).toEqual([{ path: ['input', 'email'], message: expect.any(String) }]),
    ));

  it('malformed currency', () =>
    expectRefused('BAD_USER_INPUT', CREATE_INVOICE, {
      input: { clientId, currencyCode: 'DOLLARS', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] },
    }));

  it('malformed date', async () => {
    const draft = await stack.query<{ createInvoice: { id: string } }>(CREATE_INVOICE, {
      input: { clientId, currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] },
    });
    await expectRefused('BAD_USER_INPUT', `mutation ($id: ID!) { issueInvoice(id: $id, input: { issueDate: "2026-02-30" }) { id } }`, {
      id: draft.data?.createInvoice.id,
    });
  });

  it('amounts out of range or finer than the currency allows', async () => {
    for (const unitPrice of ['-5', '10.001', '99999999999999999']) {
      await expectRefused('BAD_USER_INPUT', CREATE_INVOICE, {
        input: { clientId, currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice }] },
      });
    }
  });

  it('a duplicate unique value', () =>
    expectRefused('CONFLICT', `mutation { hireEmployee(input: { name: "Ada Again", email: "ADA@recordgraph.example" }) { id } }`));

  it('a reference to an employee who has left', async () => {
    const hired = await stack.query<{ hireEmployee: { id: string } }>(
      `mutation { hireEmployee(input: { name: "Leaver", email: "leaver@recordgraph.example" }) { id } }`,
    );
    const leaver = hired.data?.hireEmployee.id;
    await stack.query(`mutation ($id: ID!) { changeEmployeeStatus(id: $id, status: TERMINATED) { status } }`, { id: leaver });
    await expectRefused(
      'REFERENCE_NOT_FOUND',
      `mutation ($id: ID!, $m: ID!) { updateClient(id: $id, input: { accountManagerId: $m }) { id } }`,
      { id: clientId, m: leaver },
      (error) => expect(error.message).toMatch(/TERMINATED/),
    );
  });

  it('unknown id', () =>
    expectRefused('NOT_FOUND', `mutation { updateClient(id: "cli_0000000000000000", input: { industry: "Energy" }) { id } }`));

  it('a reference to a missing client', () =>
    expectRefused(
      'REFERENCE_NOT_FOUND',
      CREATE_INVOICE,
      {
        input: { clientId: 'cli_0000000000000000', currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] },
      },
      (error) => expect(error.extensions).toMatchObject({ typename: 'Client', owner: 'crm' }),
    ));

  it('a reference to a missing employee', () =>
    expectRefused(
      'REFERENCE_NOT_FOUND',
      `mutation ($c: ID!) { createProject(input: { name: "Rollout", clientId: $c, leadId: "emp_0000000000000000", budgetHours: "100" }) { id } }`,
      { c: clientId },
      (error) => expect(error.extensions).toMatchObject({ typename: 'Employee', owner: 'hr' }),
    ));

  it('an illegal transition names both states', async () => {
    const project = await stack.query<{ createProject: { id: string } }>(
      `mutation ($c: ID!, $l: ID!) { createProject(input: { name: "Rollout", clientId: $c, leadId: $l, budgetHours: "100" }) { id } }`,
      { c: clientId, l: employeeId },
    );
    await expectRefused(
      'INVALID_TRANSITION',
      `mutation ($id: ID!) { advanceProject(id: $id, phase: DELIVERY) { phase } }`,
      { id: project.data?.createProject.id },
      (error) => expect(error.extensions).toMatchObject({ from: 'PROPOSAL', to: 'DELIVERY' }),
    );
  });

  it('a stale expectedVersion', async () => {
    await stack.query(`mutation ($id: ID!) { updateClient(id: $id, input: { industry: "Energy" }) { version } }`, { id: clientId });
    await expectRefused(
      'CONFLICT',
      `mutation ($id: ID!) { updateClient(id: $id, input: { industry: "Retail" }, expectedVersion: 1) { version } }`,
      { id: clientId },
    );
  });
});

describe('money adds up through the gateway', () => {
  it('revenue, outstanding and overdue in the reporting currency, to the cent', async () => {
    const { data } = await stack.query<{ createClient: { id: string } }>(
      `mutation { createClient(input: { name: "Globex", country: "DE", status: ACTIVE }) { id } }`,
    );
    const id = data?.createClient.id ?? '';
    const issue = async (currencyCode: string, unitPrice: string, quantity: string, issueDate: string, dueDate: string) => {
      const draft = await stack.query<{ createInvoice: { id: string } }>(CREATE_INVOICE, {
        input: { clientId: id, currencyCode, lines: [{ description: 'Consulting', quantity, unitPrice }] },
      });
      const invoiceId = draft.data?.createInvoice.id ?? '';
      const issued = await stack.query(
        `mutation ($id: ID!, $i: Date, $d: Date) { issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) { status } }`,
        {
          id: invoiceId,
          i: issueDate,
          d: dueDate,
        },
      );
      expect(issued.errors).toBeUndefined();
      return invoiceId;
    };
    const now = today();
    // 1,000.10 EUR at 1.08 = 1,080.108 → 1,080.11 USD; 333.33 USD; 2.5 × 99.99 = 249.975 → 249.98 USD.
    const eur = await issue('EUR', '1000.10', '1', addDays(now, -60), addDays(now, -30));
    const usd = await issue('USD', '333.33', '1', addDays(now, -10), addDays(now, 20));
    await issue('USD', '99.99', '2.5', addDays(now, -400), addDays(now, -370));
    const paid = await stack.query(
      `mutation ($id: ID!) { recordPayment(invoiceId: $id, input: { amount: "333.33" }) { status balance { amount } } }`,
      {
        id: usd,
      },
    );
    expect(paid.data).toEqual({ recordPayment: { status: 'PAID', balance: { amount: '0.00' } } });
    await stack.query(`mutation ($id: ID!) { recordPayment(invoiceId: $id, input: { amount: "500.05" }) { status } }`, { id: eur });

    const result = await stack.query(
      `query ($id: ID!) { client(id: $id) { revenue(months: 12) { amount currencyCode } allTime: revenue(months: 24) { amount } outstanding { amount currencyCode } overdue { amount } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      client: {
        revenue: { amount: '1413.44', currencyCode: 'USD' },
        allTime: { amount: '1663.42' },
        // Open balances: EUR 500.05 at 1.08 = 540.054 → 540.05; the old USD invoice 249.98 is open too.
        outstanding: { amount: '790.03', currencyCode: 'USD' },
        overdue: { amount: '790.03' },
      },
    });
  });
});
