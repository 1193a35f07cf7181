import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoPlan, type DemoPlan } from '../../lib/demo/plan.ts';
import { addDays, addMonths, today } from '../../lib/dates.ts';
import { convertMinor, formatScaled } from '../../lib/money.ts';
import type { GraphQLResponse } from '../../lib/references.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import type { CreateInvoiceInput, InvoiceLineInput, IssueInvoiceInput } from '../__generated__/graphql.ts';
import { entitiesQuery } from '../support/entities.ts';
import { anyString, containing, matching } from '../support/matchers.ts';
import { errorCodes, openTestSubgraph, type TestSubgraph, type TypedResponse } from '../support/subgraphs.ts';

let crm: TestSubgraph;
let accounting: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  // A hook that throws returns no teardown: close CRM here when accounting fails to open.
  accounting = await openTestSubgraph(accountingSubgraph, { owners: { crm } }).catch(async (error: unknown) => {
    await crm.close();
    throw error;
  });
  return async () => {
    await accounting.close();
    await crm.close();
  };
});

const day = (offset: number) => addDays(today(), offset);

/** The data of an operation that must succeed. */
async function ok<TResult>(run: Promise<TypedResponse<TResult>>): Promise<TResult> {
  const response = await run;
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('the operation answered no data');
  return response.data;
}

const CreateClient = graphql(`
  mutation AccountingCreateClient($n: String!) {
    createClient(input: { name: $n }) {
      id
    }
  }
`);

async function createClient(name: string): Promise<string> {
  return (await ok(crm.execute(CreateClient, { n: name }))).createClient.id;
}

// Spread by the invoice mutations below: codegen puts it into each of their documents.
graphql(`
  fragment AccountingInvoiceFields on Invoice {
    id
    number
    status
    version
    total {
      amount
      currencyCode
    }
  }
`);

const CreateInvoice = graphql(`
  mutation AccountingCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      ...AccountingInvoiceFields
    }
  }
`);

async function createInvoice(clientId: string, currencyCode: string, lines: InvoiceLineInput[]) {
  return (await ok(accounting.execute(CreateInvoice, { input: { clientId, currencyCode, lines } }))).createInvoice;
}

const IssueInvoice = graphql(`
  mutation AccountingIssueInvoice($id: ID!, $input: IssueInvoiceInput, $v: Int) {
    issueInvoice(id: $id, input: $input, expectedVersion: $v) {
      ...AccountingInvoiceFields
      issueDate
      dueDate
      exchangeRate
    }
  }
`);

function issue(id: string, input: IssueInvoiceInput | null = null, v: number | null = null) {
  return accounting.execute(IssueInvoice, { id, input, v });
}

const RecordPayment = graphql(`
  mutation AccountingRecordPayment($id: ID!, $amount: Decimal!, $v: Int) {
    recordPayment(invoiceId: $id, input: { amount: $amount, reference: "wire" }, expectedVersion: $v) {
      ...AccountingInvoiceFields
      amountPaid {
        amount
      }
      balance {
        amount
      }
    }
  }
`);

function pay(id: string, amount: string, v: number | null = null) {
  return accounting.execute(RecordPayment, { id, amount, v });
}

const VoidInvoice = graphql(`
  mutation AccountingVoidInvoice($id: ID!, $reason: String, $v: Int) {
    voidInvoice(id: $id, reason: $reason, expectedVersion: $v) {
      ...AccountingInvoiceFields
      voidReason
    }
  }
`);

/** One line of `amount` in the given currency. */
async function issuedInvoice(clientId: string, currency: string, amount: string, issueDate: string) {
  const draft = await createInvoice(clientId, currency, [{ description: 'Services', quantity: '1', unitPrice: amount }]);
  return (await ok(issue(draft.id, { issueDate }))).issueInvoice;
}

const InvoiceState = graphql(`
  query AccountingInvoiceState($id: ID!) {
    invoice(id: $id) {
      status
      version
      amountPaid {
        amount
      }
      payments {
        id
        amount {
          amount
        }
      }
      voidReason
      number
    }
  }
`);

async function invoiceState(id: string) {
  return (await ok(accounting.execute(InvoiceState, { id }))).invoice;
}

const InvoiceCount = graphql(`
  query AccountingInvoiceCount {
    invoices {
      totalCount
    }
  }
`);

async function invoiceCount(): Promise<number> {
  return (await ok(accounting.execute(InvoiceCount))).invoices.totalCount;
}

/** What accounting adds to one client, as the gateway asks for it: `fragment` on Client. */
async function clientFacts<TFragment>(fragment: TypedDocumentNode<TFragment>, id: string) {
  const [facts] = (await ok(accounting.execute(entitiesQuery(fragment), { representations: [{ __typename: 'Client', id }] })))._entities;
  return facts;
}

describe('accounting subgraph: invoices', () => {
  it('creates a DRAFT with line amounts rounded half away from zero and a fixed total', async () => {
    const clientId = await createClient('Acme');
    const draft = await createInvoice(clientId, 'EUR', [
      { description: 'Workshop', quantity: '2.5', unitPrice: '99.99' },
      { description: 'Stamps', quantity: '0.5', unitPrice: '0.01' },
      { description: 'Build', quantity: '3', unitPrice: '1000' },
    ]);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, total: { amount: '3249.99', currencyCode: 'EUR' } });
    expect(draft.id).toMatch(/^inv_[0-9a-z]{16}$/);
    expect(draft.number).toBe(`DRAFT-${draft.id.slice(4, 12).toUpperCase()}`);

    const detail = graphql(`
      query AccountingInvoiceDetail($id: ID!) {
        invoice(id: $id) {
          client {
            id
          }
          currencyCode
          lines {
            description
            quantity
            unitPrice {
              amount
              currencyCode
            }
            amount {
              amount
            }
          }
          amountPaid {
            amount
          }
          balance {
            amount
          }
          overdue
          issueDate
          dueDate
          exchangeRate
          payments {
            id
          }
          voidReason
        }
      }
    `);
    const read = (await ok(accounting.execute(detail, { id: draft.id }))).invoice;
    expect(read).toEqual({
      client: { id: clientId },
      currencyCode: 'EUR',
      lines: [
        { description: 'Workshop', quantity: '2.500', unitPrice: { amount: '99.99', currencyCode: 'EUR' }, amount: { amount: '249.98' } },
        { description: 'Stamps', quantity: '0.500', unitPrice: { amount: '0.01', currencyCode: 'EUR' }, amount: { amount: '0.01' } },
        { description: 'Build', quantity: '3.000', unitPrice: { amount: '1000.00', currencyCode: 'EUR' }, amount: { amount: '3000.00' } },
      ],
      amountPaid: { amount: '0.00' },
      balance: { amount: '3249.99' },
      overdue: false,
      issueDate: null,
      dueDate: null,
      exchangeRate: null,
      payments: [],
      voidReason: null,
    });
  });

  it('refuses malformed input with BAD_USER_INPUT naming each field, storing nothing', async () => {
    const clientId = await createClient('Badinput');
    const before = await invoiceCount();
    const cases: [CreateInvoiceInput, string[]][] = [
      [{ clientId, currencyCode: 'INR', lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] }, ['input', 'currencyCode']],
      [
        { clientId: 'emp_0000000000000000', currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
        ['input', 'clientId'],
      ],
      [{ clientId, currencyCode: 'USD', lines: [] }, ['input', 'lines']],
      [
        { clientId, currencyCode: 'USD', lines: [{ description: ' ', quantity: '1', unitPrice: '1' }] },
        ['input', 'lines', '0', 'description'],
      ],
      [
        { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '0', unitPrice: '1' }] },
        ['input', 'lines', '0', 'quantity'],
      ],
      [
        { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '1.0005', unitPrice: '1' }] },
        ['input', 'lines', '0', 'quantity'],
      ],
      [
        { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '-1' }] },
        ['input', 'lines', '0', 'unitPrice'],
      ],
      [
        { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '1.001' }] },
        ['input', 'lines', '0', 'unitPrice'],
      ],
      // JPY has no minor unit.
      [
        { clientId, currencyCode: 'JPY', lines: [{ description: 'x', quantity: '1', unitPrice: '100.5' }] },
        ['input', 'lines', '0', 'unitPrice'],
      ],
      // One minor unit over MAX_SCALED: stores keep amounts as exact JavaScript numbers.
      [
        { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '100000000000.01' }] },
        ['input', 'lines', '0', 'unitPrice'],
      ],
    ];
    for (const [input, path] of cases) {
      const response = await accounting.execute(CreateInvoice, { input });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path, message: anyString() }]);
    }
    const tooMany = Array.from({ length: 101 }, () => ({ description: 'x', quantity: '1', unitPrice: '1' }));
    expect(errorCodes(await accounting.execute(CreateInvoice, { input: { clientId, currencyCode: 'USD', lines: tooMany } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await invoiceCount()).toBe(before);
  });

  it('refuses an invoice for a client the CRM does not know with REFERENCE_NOT_FOUND, storing nothing', async () => {
    const before = await invoiceCount();
    const response = await accounting.execute(CreateInvoice, {
      input: { clientId: 'cli_doesnotexist0000', currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '10' }] },
    });
    expect(errorCodes(response)).toEqual(['REFERENCE_NOT_FOUND']);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      typename: 'Client',
      id: 'cli_doesnotexist0000',
      fields: [{ path: ['input', 'clientId'], message: anyString() }],
    });
    expect(await invoiceCount()).toBe(before);
  });

  it('numbers issued invoices per year without gaps and fixes dates and the exchange rate', async () => {
    const clientId = await createClient('Numbering');
    const draft = () => createInvoice(clientId, 'EUR', [{ description: 'x', quantity: '1', unitPrice: '100' }]);
    const [a, b, c, d] = await Promise.all([draft(), draft(), draft(), draft()]);

    const first = (await ok(issue(a.id, { issueDate: '2019-03-01' }, 1))).issueInvoice;
    expect(first).toMatchObject({
      number: 'INV-2019-00001',
      status: 'SENT',
      version: 2,
      issueDate: '2019-03-01',
      dueDate: '2019-03-31',
      exchangeRate: '1.08',
    });
    // A refused issue takes no number.
    expect(errorCodes(await issue(b.id, { issueDate: '2019-05-01' }, 7))).toEqual(['CONFLICT']);
    const late = await issue(b.id, { issueDate: '2019-05-01', dueDate: '2019-04-30' });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'dueDate'], message: anyString() }]);
    expect(await invoiceState(b.id)).toMatchObject({ status: 'DRAFT', version: 1, number: b.number });

    expect((await ok(issue(b.id, { issueDate: '2019-05-01', dueDate: '2019-05-01' }))).issueInvoice).toMatchObject({
      number: 'INV-2019-00002',
      dueDate: '2019-05-01',
    });
    expect((await ok(issue(c.id, { issueDate: '2020-01-10' }))).issueInvoice).toMatchObject({ number: 'INV-2020-00001' });
    expect((await ok(issue(d.id, { issueDate: '2019-12-31' }))).issueInvoice).toMatchObject({ number: 'INV-2019-00003' });

    const again = await issue(a.id);
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
    expect(again.errors?.[0]?.extensions).toMatchObject({ from: 'SENT', to: 'SENT' });

    const defaulted = await createInvoice(clientId, 'USD', [{ description: 'x', quantity: '1', unitPrice: '1' }]);
    expect((await ok(issue(defaulted.id))).issueInvoice).toMatchObject({
      number: matching(new RegExp(`^INV-${today().slice(0, 4)}-\\d{5}$`)),
      issueDate: today(),
      dueDate: day(30),
      exchangeRate: '1',
    });
  });

  it('records partial payments, moves to PAID on full payment and refuses an overpayment, storing nothing', async () => {
    const clientId = await createClient('Payer');
    const invoice = await issuedInvoice(clientId, 'USD', '1000.00', day(-5));
    const partial = (await ok(pay(invoice.id, '400.00', 2))).recordPayment;
    expect(partial).toMatchObject({ status: 'SENT', version: 3, amountPaid: { amount: '400.00' }, balance: { amount: '600.00' } });

    const before = await invoiceState(invoice.id);
    const over = await pay(invoice.id, '600.01');
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'amount'], message: containing('600.00') }]);
    for (const amount of ['0', '0.00', '-5', '1.001']) {
      const bad = await pay(invoice.id, amount);
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'amount'], message: anyString() }]);
    }
    expect(errorCodes(await pay(invoice.id, '1.00', 2))).toEqual(['CONFLICT']);
    expect(await invoiceState(invoice.id)).toEqual(before);

    const paid = (await ok(pay(invoice.id, '600', 3))).recordPayment;
    expect(paid).toMatchObject({ status: 'PAID', version: 4, amountPaid: { amount: '1000.00' }, balance: { amount: '0.00' } });
    const payments = graphql(`
      query AccountingInvoicePayments($id: ID!) {
        invoice(id: $id) {
          payments {
            amount {
              amount
              currencyCode
            }
            paidOn
            reference
          }
        }
      }
    `);
    expect((await ok(accounting.execute(payments, { id: invoice.id }))).invoice?.payments).toEqual([
      { amount: { amount: '400.00', currencyCode: 'USD' }, paidOn: today(), reference: 'wire' },
      { amount: { amount: '600.00', currencyCode: 'USD' }, paidOn: today(), reference: 'wire' },
    ]);

    const afterPaid = await pay(invoice.id, '1.00');
    expect(errorCodes(afterPaid)).toEqual(['INVALID_TRANSITION']);
    expect(afterPaid.errors?.[0]?.extensions).toMatchObject({ from: 'PAID', to: 'PAID' });
    const draft = await createInvoice(clientId, 'USD', [{ description: 'x', quantity: '1', unitPrice: '1' }]);
    const onDraft = await pay(draft.id, '1.00');
    expect(errorCodes(onDraft)).toEqual(['INVALID_TRANSITION']);
    expect(onDraft.errors?.[0]?.extensions).toMatchObject({ from: 'DRAFT', to: 'PAID' });
    expect(errorCodes(await pay('inv_doesnotexist0000', '1.00'))).toEqual(['NOT_FOUND']);
  });

  it('refuses an invoice that could never be paid: a zero total, or a line that rounds to nothing, storing nothing', async () => {
    const clientId = await createClient('Nothing');
    const before = await invoiceCount();
    const free = { description: 'Onboarding (free)', quantity: '1', unitPrice: '0' };
    // 0.001 × 0.01 = 0.00001, which rounds to 0.00.
    const vanishing = { description: 'Per-mille price', quantity: '0.001', unitPrice: '0.01' };
    const cases: [InvoiceLineInput[], string[]][] = [
      [[free], ['input', 'lines']],
      [
        [free, { ...free, quantity: '3', unitPrice: '0.00' }],
        ['input', 'lines'],
      ],
      [[vanishing], ['input', 'lines', '0', 'unitPrice']],
      [
        [{ description: 'Work', quantity: '1', unitPrice: '10' }, vanishing],
        ['input', 'lines', '1', 'unitPrice'],
      ],
    ];
    for (const [lines, path] of cases) {
      const response = await accounting.execute(CreateInvoice, { input: { clientId, currencyCode: 'USD', lines } });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path, message: containing('0.00') }]);
    }
    expect(await invoiceCount()).toBe(before);

    // A free line beside a paid one is deliberate, and the invoice can still be paid.
    const mixed = await createInvoice(clientId, 'USD', [{ description: 'Work', quantity: '1', unitPrice: '10' }, free]);
    expect(mixed.total).toEqual({ amount: '10.00', currencyCode: 'USD' });
  });

  it('refuses an issue date or a payment date after today, and a payment before the issue date, storing nothing', async () => {
    const clientId = await createClient('Dates');
    const draft = await createInvoice(clientId, 'USD', [{ description: 'x', quantity: '1', unitPrice: '100' }]);
    const ahead = await issue(draft.id, { issueDate: day(1) });
    expect(errorCodes(ahead)).toEqual(['BAD_USER_INPUT']);
    expect(ahead.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'issueDate'], message: 'must not be after today' }]);
    expect(await invoiceState(draft.id)).toMatchObject({ status: 'DRAFT', version: 1, number: draft.number });

    expect((await ok(issue(draft.id, { issueDate: day(-5) }))).issueInvoice).toMatchObject({
      status: 'SENT',
      issueDate: day(-5),
    });
    const PAY_ON = graphql(`
      mutation AccountingPayOn($id: ID!, $on: Date) {
        recordPayment(invoiceId: $id, input: { amount: "40", paidOn: $on }) {
          status
        }
      }
    `);
    const before = await invoiceState(draft.id);
    for (const paidOn of [day(1), day(-6)]) {
      const refused = await accounting.execute(PAY_ON, { id: draft.id, on: paidOn });
      expect(errorCodes(refused), paidOn).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ path: ['input', 'paidOn'], message: anyString() }]);
    }
    expect(await invoiceState(draft.id)).toEqual(before);

    await ok(accounting.execute(PAY_ON, { id: draft.id, on: day(-5) }));
    await ok(accounting.execute(PAY_ON, { id: draft.id, on: today() }));
    const paidOn = graphql(`
      query AccountingPaymentDates($id: ID!) {
        invoice(id: $id) {
          payments {
            paidOn
          }
        }
      }
    `);
    const paid = (await ok(accounting.execute(paidOn, { id: draft.id }))).invoice;
    expect(paid?.payments).toEqual([{ paidOn: day(-5) }, { paidOn: today() }]);
  });

  it('refuses a malformed id or expectedVersion on every invoice write with BAD_USER_INPUT, before any lookup', async () => {
    const clientId = await createClient('Versions');
    const draft = await createInvoice(clientId, 'USD', [{ description: 'x', quantity: '1', unitPrice: '5' }]);
    const issueWith = (variables: VariablesOf<typeof IssueInvoice>) => () => accounting.execute(IssueInvoice, variables);
    const payWith = (variables: VariablesOf<typeof RecordPayment>) => () => accounting.execute(RecordPayment, variables);
    const voidWith = (variables: VariablesOf<typeof VoidInvoice>) => () => accounting.execute(VoidInvoice, variables);
    const cases: [string, () => Promise<GraphQLResponse>, string[]][] = [
      ['issue at version 0', issueWith({ id: draft.id, v: 0 }), ['expectedVersion']],
      ['issue at version -3', issueWith({ id: draft.id, v: -3 }), ['expectedVersion']],
      ['issue a project id', issueWith({ id: 'prj_0000000000000000' }), ['id']],
      ['pay at version 0', payWith({ id: draft.id, amount: '1', v: 0 }), ['expectedVersion']],
      ['pay a client id', payWith({ id: 'cli_0000000000000000', amount: '1' }), ['invoiceId']],
      ['void at version 0', voidWith({ id: draft.id, v: 0 }), ['expectedVersion']],
      ['void an employee id', voidWith({ id: 'emp_0000000000000000' }), ['id']],
    ];
    for (const [label, run, path] of cases) {
      const response = await run();
      expect(errorCodes(response), label).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path, message: anyString() }]);
    }
    expect(await invoiceState(draft.id)).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('voids a DRAFT or an unpaid SENT invoice, and nothing else', async () => {
    const clientId = await createClient('Voider');
    const draft = await createInvoice(clientId, 'USD', [{ description: 'x', quantity: '1', unitPrice: '50' }]);
    expect((await ok(accounting.execute(VoidInvoice, { id: draft.id, reason: 'Duplicate' }))).voidInvoice).toMatchObject({
      status: 'VOID',
      version: 2,
      voidReason: 'Duplicate',
    });
    const reissue = await issue(draft.id);
    expect(errorCodes(reissue)).toEqual(['INVALID_TRANSITION']);
    expect(reissue.errors?.[0]?.extensions).toMatchObject({ from: 'VOID', to: 'SENT' });

    const unpaid = await issuedInvoice(clientId, 'USD', '50', day(-1));
    expect((await ok(accounting.execute(VoidInvoice, { id: unpaid.id }))).voidInvoice).toMatchObject({
      status: 'VOID',
      voidReason: null,
    });

    const partly = await issuedInvoice(clientId, 'USD', '50', day(-1));
    await ok(pay(partly.id, '10'));
    const before = await invoiceState(partly.id);
    const refused = await accounting.execute(VoidInvoice, { id: partly.id, reason: 'Mistake' });
    expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
    expect(refused.errors?.[0]?.message).toMatch(/USD 10\.00 already paid/);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ from: 'SENT', to: 'VOID' });
    expect(await invoiceState(partly.id)).toEqual(before);

    await ok(pay(partly.id, '40'));
    const paid = await accounting.execute(VoidInvoice, { id: partly.id });
    expect(errorCodes(paid)).toEqual(['INVALID_TRANSITION']);
    expect(paid.errors?.[0]?.extensions).toMatchObject({ from: 'PAID', to: 'VOID' });
  });
});

describe('accounting subgraph: what it adds to Client', () => {
  it('reports revenue to the cent in the reporting currency, converting each invoice at its issue rate', async () => {
    const clientId = await createClient('Revenue');
    const recent = await issuedInvoice(clientId, 'USD', '1000.00', day(-10));
    await ok(pay(recent.id, '1000')); // PAID still counts
    const eur = await createInvoice(clientId, 'EUR', [{ description: 'Workshop', quantity: '2.5', unitPrice: '99.99' }]);
    await ok(issue(eur.id, { issueDate: day(-40) })); // 249.98 EUR × 1.08 = 269.9784 → 269.98
    await issuedInvoice(clientId, 'GBP', '100.00', day(-200)); // × 1.27 = 127.00
    await issuedInvoice(clientId, 'USD', '500.00', day(-400));
    await createInvoice(clientId, 'USD', [{ description: 'Draft', quantity: '1', unitPrice: '777' }]);
    const voided = await issuedInvoice(clientId, 'USD', '333.00', day(-5));
    await ok(accounting.execute(VoidInvoice, { id: voided.id }));

    const revenue = graphql(`
      fragment AccountingClientRevenue on Client {
        m1: revenue(months: 1) {
          amount
          currencyCode
        }
        m3: revenue(months: 3) {
          amount
        }
        m12: revenue {
          amount
        }
        m24: revenue(months: 24) {
          amount
        }
      }
    `);
    const facts = await clientFacts(revenue, clientId);
    expect(facts).toEqual({
      m1: { amount: '1000.00', currencyCode: 'USD' },
      m3: { amount: '1269.98' },
      m12: { amount: '1396.98' },
      m24: { amount: '1896.98' },
    });
    const exchangeRate = graphql(`
      query AccountingExchangeRate($id: ID!) {
        invoice(id: $id) {
          exchangeRate
        }
      }
    `);
    const invoice = (await ok(accounting.execute(exchangeRate, { id: eur.id }))).invoice;
    expect(invoice).toEqual({ exchangeRate: '1.08' });

    const overMonths = graphql(`
      fragment AccountingClientRevenueOverMonths on Client {
        revenue(months: $m) {
          amount
        }
      }
    `);
    for (const months of [0, 121]) {
      const response = await accounting.execute(entitiesQuery(overMonths, '$m: Int'), {
        representations: [{ __typename: 'Client', id: clientId }],
        m: months,
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: ['months'], message: 'must be between 1 and 120' }]);
    }
    const money = graphql(`
      fragment AccountingClientMoney on Client {
        revenue {
          amount
          currencyCode
        }
        outstanding {
          amount
        }
        overdue {
          amount
        }
      }
    `);
    expect(await clientFacts(money, 'cli_nobodyatall00000')).toEqual({
      revenue: { amount: '0.00', currencyCode: 'USD' },
      outstanding: { amount: '0.00' },
      overdue: { amount: '0.00' },
    });
  });

  it('counts revenue only up to today, leaving out an invoice dated ahead', async () => {
    // issueInvoice refuses such a date now, but a store may hold one from a plan made on another clock.
    const clientId = 'cli_datedahead000000';
    const sent = (id: string, issueDate: string, totalMinor: number, sequence: number): DemoPlan['invoices'][number] => ({
      id,
      clientId,
      number: `INV-${issueDate.slice(0, 4)}-9999${sequence}`,
      currency: 'USD',
      status: 'SENT',
      lines: [{ description: 'Work', quantityMilli: 1000, unitPriceMinor: totalMinor }],
      issueDate,
      dueDate: addDays(issueDate, 30),
      exchangeRate: '1',
      reportingTotalMinor: totalMinor,
      payments: [],
    });
    const plan: DemoPlan = {
      today: today(),
      createdAt: new Date().toISOString(),
      reportingCurrency: 'USD',
      ...{ departments: [], employees: [], clients: [], contacts: [], contracts: [], deals: [], projects: [] },
      invoices: [sent('inv_issuedlastweek00', day(-7), 10_000, 1), sent('inv_issuedtomorrow0', day(1), 5_000, 2)],
    };
    const seeded = await openTestSubgraph(accountingSubgraph);
    try {
      await seeded.subgraph.seed(plan);
      const revenue = graphql(`
        fragment AccountingClientRecentRevenue on Client {
          m1: revenue(months: 1) {
            amount
          }
          m12: revenue {
            amount
          }
        }
      `);
      const entities = (await ok(seeded.execute(entitiesQuery(revenue), { representations: [{ __typename: 'Client', id: clientId }] })))
        ._entities;
      expect(entities).toEqual([{ m1: { amount: '100.00' }, m12: { amount: '100.00' } }]);
    } finally {
      await seeded.close();
    }
  });

  it('reports outstanding and overdue balances after partial payments, each at its own rate', async () => {
    const clientId = await createClient('Balances');
    const late = await issuedInvoice(clientId, 'USD', '1000.00', day(-60)); // due 30 days ago
    const eur = await createInvoice(clientId, 'EUR', [{ description: 'Workshop', quantity: '2.5', unitPrice: '99.99' }]);
    await ok(issue(eur.id)); // due in 30 days
    await createInvoice(clientId, 'USD', [{ description: 'Draft', quantity: '1', unitPrice: '99' }]);

    const FACTS = graphql(`
      fragment AccountingClientBalances on Client {
        outstanding {
          amount
          currencyCode
        }
        overdue {
          amount
          currencyCode
        }
      }
    `);
    expect(await clientFacts(FACTS, clientId)).toEqual({
      outstanding: { amount: '1269.98', currencyCode: 'USD' },
      overdue: { amount: '1000.00', currencyCode: 'USD' },
    });

    await ok(pay(late.id, '400.00'));
    await ok(pay(eur.id, '100.00')); // 149.98 EUR × 1.08 = 161.9784 → 161.98
    expect(await clientFacts(FACTS, clientId)).toEqual({
      outstanding: { amount: '761.98', currencyCode: 'USD' },
      overdue: { amount: '600.00', currencyCode: 'USD' },
    });
    const overdue = graphql(`
      query AccountingOverdueFlags($a: ID!, $b: ID!) {
        a: invoice(id: $a) {
          overdue
        }
        b: invoice(id: $b) {
          overdue
        }
      }
    `);
    const flags = await accounting.execute(overdue, { a: late.id, b: eur.id });
    expect(flags).toEqual({ data: { a: { overdue: true }, b: { overdue: false } } });

    await ok(pay(late.id, '600.00'));
    expect(await clientFacts(FACTS, clientId)).toEqual({
      outstanding: { amount: '161.98', currencyCode: 'USD' },
      overdue: { amount: '0.00', currencyCode: 'USD' },
    });
    const overdueStatus = graphql(`
      query AccountingOverdueStatus($a: ID!) {
        invoice(id: $a) {
          overdue
          status
        }
      }
    `);
    expect((await ok(accounting.execute(overdueStatus, { a: late.id }))).invoice).toEqual({
      overdue: false,
      status: 'PAID',
    });
  });

  it("pages each client's invoices newest first, with totalCount and status filter", async () => {
    const [busy, quiet] = [await createClient('Busy'), await createClient('Quiet')];
    for (let i = 0; i < 5; i++) await createInvoice(busy, 'USD', [{ description: `Item ${i}`, quantity: '1', unitPrice: `${i + 1}` }]);
    await issuedInvoice(busy, 'USD', '9', day(-1));
    await createInvoice(quiet, 'USD', [{ description: 'Only', quantity: '1', unitPrice: '1' }]);

    const clientInvoices = graphql(`
      query AccountingClientInvoices($c: ID!) {
        invoices(clientId: $c) {
          edges {
            node {
              id
              createdAt
            }
          }
          totalCount
        }
      }
    `);
    const everyBusy = (await ok(accounting.execute(clientInvoices, { c: busy }))).invoices;
    const expected = everyBusy.edges
      .map((edge) => edge.node)
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt) || y.id.localeCompare(x.id))
      .map((node) => node.id);
    expect(everyBusy.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(expected).toHaveLength(6);

    const PAGE = entitiesQuery(
      graphql(`
        fragment AccountingClientInvoicePage on Client {
          id
          invoices(first: 4, after: $after, status: $status) {
            edges {
              node {
                id
                client {
                  id
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
            totalCount
          }
        }
      `),
      '$after: String, $status: InvoiceStatus',
    );
    const reps = [busy, quiet, 'cli_noinvoicesatall0'].map((id) => ({ __typename: 'Client', id }));
    const [first, one, none] = (await ok(accounting.execute(PAGE, { representations: reps })))._entities;
    expect(first?.invoices?.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 4));
    expect(first?.invoices?.edges.every((edge) => edge.node.client.id === busy)).toBe(true);
    expect(first?.invoices).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    expect(one?.invoices).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(none?.invoices).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });

    const [rest] = (await ok(accounting.execute(PAGE, { representations: reps.slice(0, 1), after: first?.invoices?.pageInfo.endCursor })))
      ._entities;
    expect(rest?.invoices?.edges.map((edge) => edge.node.id)).toEqual(expected.slice(4));
    expect(rest?.invoices).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false } });

    const [sent] = (await ok(accounting.execute(PAGE, { representations: reps.slice(0, 1), status: 'SENT' })))._entities;
    expect(sent?.invoices?.totalCount).toBe(1);

    const drafts = graphql(`
      query AccountingDraftPage($c: ID!) {
        invoices(first: 2, clientId: $c, status: DRAFT) {
          edges {
            cursor
          }
          pageInfo {
            hasNextPage
          }
          totalCount
        }
      }
    `);
    const global = (await ok(accounting.execute(drafts, { c: busy }))).invoices;
    expect(global).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(global.edges).toHaveLength(2);
    const nonsense = graphql(`
      query AccountingInvoicesAfterNonsense {
        invoices(after: "nonsense") {
          totalCount
        }
      }
    `);
    expect(errorCodes(await accounting.execute(nonsense))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves Invoice and Client entities with a constant number of statements however many are asked for', async () => {
    const clients = [await createClient('E1'), await createClient('E2'), await createClient('E3')];
    const invoices: string[] = [];
    for (const clientId of clients) {
      const sent = await issuedInvoice(clientId, 'EUR', '10', day(-50));
      await ok(pay(sent.id, '1'));
      invoices.push(sent.id);
    }
    const CLIENTS = entitiesQuery(
      graphql(`
        fragment AccountingClientEverything on Client {
          id
          revenue {
            amount
          }
          r3: revenue(months: 3) {
            amount
          }
          outstanding {
            amount
          }
          overdue {
            amount
          }
          invoices(first: 5) {
            totalCount
            edges {
              node {
                total {
                  amount
                }
                amountPaid {
                  amount
                }
                lines {
                  amount {
                    amount
                  }
                }
                payments {
                  id
                }
              }
            }
          }
        }
      `),
    );
    const statements = async (ids: string[]) => {
      const before = accounting.subgraph.statementCount;
      const entities = (await ok(accounting.execute(CLIENTS, { representations: ids.map((id) => ({ __typename: 'Client', id })) })))
        ._entities;
      expect(entities).toHaveLength(ids.length);
      return accounting.subgraph.statementCount - before;
    };
    // revenue × 2 months, open balances, the invoice page (rows + counts), lines, payments.
    const single = await statements(clients.slice(0, 1));
    expect(single).toBe(7);
    expect(await statements(clients)).toBe(single);

    const [invoiceId] = invoices;
    if (!invoiceId) throw new Error('no invoice was issued');
    const balance = graphql(`
      fragment AccountingInvoiceBalance on Invoice {
        id
        status
        balance {
          amount
          currencyCode
        }
        overdue
      }
    `);
    const entities = (
      await ok(
        accounting.execute(entitiesQuery(balance), {
          representations: [
            { __typename: 'Invoice', id: invoiceId },
            { __typename: 'Invoice', id: 'inv_doesnotexist0000' },
          ],
        }),
      )
    )._entities;
    expect(entities).toEqual([{ id: invoiceId, status: 'SENT', balance: { amount: '9.00', currencyCode: 'EUR' }, overdue: true }, null]);
    const reportingCurrency = graphql(`
      query AccountingReportingCurrency {
        reportingCurrency
      }
    `);
    expect((await ok(accounting.execute(reportingCurrency))).reportingCurrency).toBe('USD');
  });
});

describe('accounting subgraph: demo data', () => {
  it('seeds the plan so that aggregates and numbering carry on from it', async () => {
    const plan = createDemoPlan({ seed: 7, size: { clients: 15, employees: 8, invoices: 300, projects: 0 }, reportingCurrency: 'USD' });
    const seeded = await openTestSubgraph(accountingSubgraph, { owners: { crm } });
    try {
      expect(await seeded.subgraph.isEmpty()).toBe(true);
      await seeded.subgraph.seed(plan);
      expect(await seeded.subgraph.isEmpty()).toBe(false);
      const total = graphql(`
        query AccountingInvoiceTotal {
          invoices(first: 0) {
            totalCount
          }
        }
      `);
      expect((await ok(seeded.execute(total))).invoices).toEqual({ totalCount: 300 });

      const since = addMonths(today(), -12);
      const expected = new Map<string, { revenue: bigint; outstanding: bigint }>();
      for (const invoice of plan.invoices) {
        const entry = expected.get(invoice.clientId) ?? { revenue: 0n, outstanding: 0n };
        if ((invoice.status === 'SENT' || invoice.status === 'PAID') && invoice.issueDate && invoice.issueDate > since) {
          entry.revenue += BigInt(invoice.reportingTotalMinor ?? 0);
        }
        if (invoice.status === 'SENT' && invoice.exchangeRate) {
          const total = invoice.lines.reduce((sum, line) => sum + Math.round((line.quantityMilli * line.unitPriceMinor) / 1000), 0);
          const balance = total - invoice.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
          entry.outstanding += convertMinor(BigInt(balance), invoice.currency, 'USD', invoice.exchangeRate);
        }
        expected.set(invoice.clientId, entry);
      }
      const ids = [...expected.keys()];
      const revenueOutstanding = graphql(`
        fragment AccountingClientRevenueOutstanding on Client {
          id
          revenue {
            amount
          }
          outstanding {
            amount
          }
        }
      `);
      const facts = (
        await ok(seeded.execute(entitiesQuery(revenueOutstanding), { representations: ids.map((id) => ({ __typename: 'Client', id })) }))
      )._entities;
      expect(facts).toEqual(
        ids.map((id) => ({
          id,
          revenue: { amount: formatScaled(expected.get(id)?.revenue ?? 0n, 2) },
          outstanding: { amount: formatScaled(expected.get(id)?.outstanding ?? 0n, 2) },
        })),
      );

      const year = today().slice(0, 4);
      const last = Math.max(0, ...plan.invoices.filter((i) => i.number.startsWith(`INV-${year}-`)).map((i) => Number(i.number.slice(9))));
      const clientId = await createClient('Seeded');
      const draft = (
        await ok(
          seeded.execute(CreateInvoice, {
            input: { clientId, currencyCode: 'USD', lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
          }),
        )
      ).createInvoice;
      const issued = (await ok(seeded.execute(IssueInvoice, { id: draft.id }))).issueInvoice;
      expect(issued.number).toBe(`INV-${year}-${String(last + 1).padStart(5, '0')}`);
    } finally {
      await seeded.close();
    }
  });
});
