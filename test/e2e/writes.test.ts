import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { graphql } from '../__generated__/gql.ts';
import type { CreateClientInput } from '../__generated__/graphql.ts';
import { snapshotStores } from '../support/snapshot.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * Writes through the gateway: each kind of bad input gets its registry code and leaves every
 * store exactly as it was; good writes land in their owner and the numbers add up to the cent.
 */

let stack: Stack;
let clientId: string;
let employeeId: string;

const HireAda = graphql(`
  mutation WritesHireAda {
    hireEmployee(input: { name: "Ada Lovelace", email: "ada@recordgraph.example", capacityHoursPerWeek: 40 }) {
      id
    }
  }
`);

const CreateAcme = graphql(`
  mutation WritesCreateAcme($m: ID) {
    createClient(input: { name: "Acme", country: "US", status: ACTIVE, accountManagerId: $m }) {
      id
    }
  }
`);

beforeAll(async () => {
  stack = await startStack({ seed: null });
  const hired = await stack.query(HireAda);
  employeeId = hired.data?.hireEmployee.id ?? '';
  const created = await stack.query(CreateAcme, { m: employeeId });
  clientId = created.data?.createClient.id ?? '';
  expect(clientId).toMatch(/^cli_/);
});
// afterAll, not a teardown returned by beforeAll: vitest runs none of those when set-up throws part-way.
afterAll(() => stack.stop());

/** Any string, for an assertion's expected value (`expect.any` is typed `any`). */
const ANY_STRING: unknown = expect.any(String);

type ResponseError = NonNullable<GraphQLResult<unknown>['errors']>[number];

async function expectRefused(code: string, send: () => Promise<GraphQLResult<unknown>>, check?: (error: ResponseError) => void) {
  const before = await snapshotStores(stack);
  const result = await send();
  // One error per failing value, each with the expected code.
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) expect(error.extensions?.code).toBe(code);
  const [error] = result.errors ?? [];
  if (error) check?.(error);
  expect(await snapshotStores(stack)).toEqual(before);
}

/** Input the schema refuses, sent as variables on purpose: the server must answer for it, not the compiler. */
function wrongInput(value: Record<string, unknown>): CreateClientInput {
  return value as unknown as CreateClientInput;
}

const CreateClient = graphql(`
  mutation WritesCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`);

const CreateInvoice = graphql(`
  mutation WritesCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
      status
      total {
        amount
        currencyCode
      }
    }
  }
`);

const HireWithMalformedEmail = graphql(`
  mutation WritesHireWithMalformedEmail {
    hireEmployee(input: { name: "Bob", email: "bob-at-example" }) {
      id
    }
  }
`);

const HireAdaAgain = graphql(`
  mutation WritesHireAdaAgain {
    hireEmployee(input: { name: "Ada Again", email: "ADA@recordgraph.example" }) {
      id
    }
  }
`);

const HireLeaver = graphql(`
  mutation WritesHireLeaver {
    hireEmployee(input: { name: "Leaver", email: "leaver@recordgraph.example" }) {
      id
    }
  }
`);

const Terminate = graphql(`
  mutation WritesTerminate($id: ID!) {
    changeEmployeeStatus(id: $id, status: TERMINATED) {
      status
    }
  }
`);

const SetAccountManager = graphql(`
  mutation WritesSetAccountManager($id: ID!, $m: ID!) {
    updateClient(id: $id, input: { accountManagerId: $m }) {
      id
    }
  }
`);

const UpdateUnknownClient = graphql(`
  mutation WritesUpdateUnknownClient {
    updateClient(id: "cli_0000000000000000", input: { industry: "Energy" }) {
      id
    }
  }
`);

const CreateProjectForMissingLead = graphql(`
  mutation WritesCreateProjectForMissingLead($c: ID!) {
    createProject(input: { name: "Rollout", clientId: $c, leadId: "emp_0000000000000000", budgetHours: "100" }) {
      id
    }
  }
`);

const CreateProject = graphql(`
  mutation WritesCreateProject($c: ID!, $l: ID!) {
    createProject(input: { name: "Rollout", clientId: $c, leadId: $l, budgetHours: "100" }) {
      id
    }
  }
`);

const AdvanceToDelivery = graphql(`
  mutation WritesAdvanceToDelivery($id: ID!) {
    advanceProject(id: $id, phase: DELIVERY) {
      phase
    }
  }
`);

const SetIndustryEnergy = graphql(`
  mutation WritesSetIndustryEnergy($id: ID!) {
    updateClient(id: $id, input: { industry: "Energy" }) {
      version
    }
  }
`);

const SetIndustryRetailAtVersion1 = graphql(`
  mutation WritesSetIndustryRetailAtVersion1($id: ID!) {
    updateClient(id: $id, input: { industry: "Retail" }, expectedVersion: 1) {
      version
    }
  }
`);

describe('bad input gets its code and leaves nothing behind', () => {
  it('wrong types', () =>
    expectRefused('BAD_USER_INPUT', () => stack.query(CreateClient, { input: wrongInput({ name: 42, status: 'SLEEPING' }) })));

  it('missing mandatory fields, as variables and inline', async () => {
    await expectRefused('BAD_USER_INPUT', () => stack.query(CreateClient, { input: wrongInput({}) }));
    // A string: the document itself is invalid (CreateClientInput.name is required), which codegen refuses.
    await expectRefused('GRAPHQL_VALIDATION_FAILED', () =>
      stack.query(`mutation WritesCreateClientWithoutName { createClient(input: { industry: "Energy" }) { id } }`),
    );
  });

  it('malformed email', () =>
    expectRefused(
      'BAD_USER_INPUT',
      () => stack.query(HireWithMalformedEmail),
      (error) => expect(error.extensions?.fields).toEqual([{ path: ['input', 'email'], message: ANY_STRING }]),
    ));

  it('malformed currency', () =>
    expectRefused('BAD_USER_INPUT', () =>
      stack.query(CreateInvoice, {
        input: { clientId, currencyCode: 'DOLLARS', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] },
      }),
    ));

  it('malformed date', async () => {
    const draft = await stack.query(CreateInvoice, {
      input: { clientId, currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }] },
    });
    // Without a draft, a missing $id would be BAD_USER_INPUT too, for the wrong reason.
    expect(draft.errors).toBeUndefined();
    // A string: the inline literal is not a Date, so the document is invalid against the API schema.
    await expectRefused('BAD_USER_INPUT', () =>
      stack.query(`mutation WritesIssueOnImpossibleDate($id: ID!) { issueInvoice(id: $id, input: { issueDate: "2026-02-30" }) { id } }`, {
        id: draft.data?.createInvoice.id,
      }),
    );
  });

  it('amounts out of range or finer than the currency allows', async () => {
    for (const unitPrice of ['-5', '10.001', '99999999999999999']) {
      await expectRefused('BAD_USER_INPUT', () =>
        stack.query(CreateInvoice, {
          input: { clientId, currencyCode: 'USD', lines: [{ description: 'Work', quantity: '1', unitPrice }] },
        }),
      );
    }
  });

  it('a duplicate unique value', () => expectRefused('CONFLICT', () => stack.query(HireAdaAgain)));

  it('a reference to an employee who has left', async () => {
    const hired = await stack.query(HireLeaver);
    const leaver = hired.data?.hireEmployee.id ?? '';
    await stack.query(Terminate, { id: leaver });
    await expectRefused(
      'REFERENCE_NOT_FOUND',
      () => stack.query(SetAccountManager, { id: clientId, m: leaver }),
      (error) => expect(error.message).toMatch(/TERMINATED/),
    );
  });

  it('unknown id', () => expectRefused('NOT_FOUND', () => stack.query(UpdateUnknownClient)));

  it('a reference to a missing client', () =>
    expectRefused(
      'REFERENCE_NOT_FOUND',
      () =>
        stack.query(CreateInvoice, {
          input: {
            clientId: 'cli_0000000000000000',
            currencyCode: 'USD',
            lines: [{ description: 'Work', quantity: '1', unitPrice: '10' }],
          },
        }),
      (error) => expect(error.extensions).toMatchObject({ typename: 'Client', owner: 'crm' }),
    ));

  it('a reference to a missing employee', () =>
    expectRefused(
      'REFERENCE_NOT_FOUND',
      () => stack.query(CreateProjectForMissingLead, { c: clientId }),
      (error) => expect(error.extensions).toMatchObject({ typename: 'Employee', owner: 'hr' }),
    ));

  it('an illegal transition names both states', async () => {
    const project = await stack.query(CreateProject, { c: clientId, l: employeeId });
    await expectRefused(
      'INVALID_TRANSITION',
      () => stack.query(AdvanceToDelivery, { id: project.data?.createProject.id ?? '' }),
      (error) => expect(error.extensions).toMatchObject({ from: 'PROPOSAL', to: 'DELIVERY' }),
    );
  });

  it('a stale expectedVersion', async () => {
    await stack.query(SetIndustryEnergy, { id: clientId });
    await expectRefused('CONFLICT', () => stack.query(SetIndustryRetailAtVersion1, { id: clientId }));
  });
});

const CreateGlobex = graphql(`
  mutation WritesCreateGlobex {
    createClient(input: { name: "Globex", country: "DE", status: ACTIVE }) {
      id
    }
  }
`);

const IssueInvoice = graphql(`
  mutation WritesIssueInvoice($id: ID!, $i: Date, $d: Date) {
    issueInvoice(id: $id, input: { issueDate: $i, dueDate: $d }) {
      status
    }
  }
`);

const PayInFull = graphql(`
  mutation WritesPayInFull($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "333.33" }) {
      status
      balance {
        amount
      }
    }
  }
`);

const PayInPart = graphql(`
  mutation WritesPayInPart($id: ID!) {
    recordPayment(invoiceId: $id, input: { amount: "500.05" }) {
      status
    }
  }
`);

const ClientMoney = graphql(`
  query WritesClientMoney($id: ID!) {
    client(id: $id) {
      revenue(months: 12) {
        amount
        currencyCode
      }
      allTime: revenue(months: 24) {
        amount
      }
      outstanding {
        amount
        currencyCode
      }
      overdue {
        amount
      }
    }
  }
`);

describe('money adds up through the gateway', () => {
  it('revenue, outstanding and overdue in the reporting currency, to the cent', async () => {
    const { data } = await stack.query(CreateGlobex);
    const id = data?.createClient.id ?? '';
    const issue = async (currencyCode: string, unitPrice: string, quantity: string, issueDate: string, dueDate: string) => {
      const draft = await stack.query(CreateInvoice, {
        input: { clientId: id, currencyCode, lines: [{ description: 'Consulting', quantity, unitPrice }] },
      });
      const invoiceId = draft.data?.createInvoice.id ?? '';
      const issued = await stack.query(IssueInvoice, { id: invoiceId, i: issueDate, d: dueDate });
      expect(issued.errors).toBeUndefined();
      return invoiceId;
    };
    const now = today();
    // 1,000.10 EUR at 1.08 = 1,080.108 → 1,080.11 USD; 333.33 USD; 2.5 × 99.99 = 249.975 → 249.98 USD.
    const eur = await issue('EUR', '1000.10', '1', addDays(now, -60), addDays(now, -30));
    const usd = await issue('USD', '333.33', '1', addDays(now, -10), addDays(now, 20));
    await issue('USD', '99.99', '2.5', addDays(now, -400), addDays(now, -370));
    const paid = await stack.query(PayInFull, { id: usd });
    expect(paid.data).toEqual({ recordPayment: { status: 'PAID', balance: { amount: '0.00' } } });
    await stack.query(PayInPart, { id: eur });

    const result = await stack.query(ClientMoney, { id });
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
