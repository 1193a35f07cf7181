import { beforeAll, expect, it } from 'vitest';
import { addDays, today } from '../../lib/dates.ts';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { graphql } from '../__generated__/gql.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** Query.invoices(overdue:): the list the Today page reads its overdue invoices from. */

let crm: TestSubgraph;
let accounting: TestSubgraph;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  accounting = await openTestSubgraph(accountingSubgraph, { owners: { crm } }).catch(async (error: unknown) => {
    await crm.close();
    throw error;
  });
  return async () => {
    await accounting.close();
    await crm.close();
  };
});

const CreateClient = graphql(`
  mutation OverdueCreateClient {
    createClient(input: { name: "Late Payers" }) {
      id
    }
  }
`);

const CreateInvoice = graphql(`
  mutation OverdueCreateInvoice($clientId: ID!) {
    createInvoice(input: { clientId: $clientId, currencyCode: "USD", lines: [{ description: "Work", quantity: "1", unitPrice: "100" }] }) {
      id
    }
  }
`);

const IssueInvoice = graphql(`
  mutation OverdueIssueInvoice($id: ID!, $issueDate: Date, $dueDate: Date) {
    issueInvoice(id: $id, input: { issueDate: $issueDate, dueDate: $dueDate }) {
      id
      version
    }
  }
`);

const PayInvoice = graphql(`
  mutation OverduePayInvoice($id: ID!, $amount: Decimal!) {
    recordPayment(invoiceId: $id, input: { amount: $amount }) {
      status
    }
  }
`);

const Invoices = graphql(`
  query OverdueInvoices($overdue: Boolean, $clientId: ID) {
    invoices(overdue: $overdue, clientId: $clientId) {
      totalCount
      edges {
        node {
          id
          overdue
        }
      }
    }
  }
`);

async function invoice(clientId: string, dates: { issueDate: string; dueDate: string } | null): Promise<string> {
  const created = await accounting.execute(CreateInvoice, { clientId });
  const id = created.data?.createInvoice.id;
  if (!id) throw new Error(`createInvoice failed: ${JSON.stringify(created.errors)}`);
  if (dates) expect((await accounting.execute(IssueInvoice, { id, ...dates })).errors).toBeUndefined();
  return id;
}

it('lists exactly the invoices Invoice.overdue calls overdue, and every other one with overdue: false', async () => {
  const clientId = (await crm.execute(CreateClient)).data?.createClient.id ?? '';
  const past = { issueDate: addDays(today(), -60), dueDate: addDays(today(), -30) };
  const late = await invoice(clientId, past);
  const partlyPaid = await invoice(clientId, past);
  expect((await accounting.execute(PayInvoice, { id: partlyPaid, amount: '40' })).data?.recordPayment.status).toBe('SENT');
  const paid = await invoice(clientId, past);
  expect((await accounting.execute(PayInvoice, { id: paid, amount: '100' })).data?.recordPayment.status).toBe('PAID');
  const dueToday = await invoice(clientId, { issueDate: addDays(today(), -30), dueDate: today() });
  const draft = await invoice(clientId, null);

  const overdue = await accounting.execute(Invoices, { overdue: true, clientId });
  expect(overdue.errors).toBeUndefined();
  expect(new Set(overdue.data?.invoices.edges.map((edge) => edge.node.id))).toEqual(new Set([late, partlyPaid]));
  expect(overdue.data?.invoices.totalCount).toBe(2);
  expect(overdue.data?.invoices.edges.every((edge) => edge.node.overdue)).toBe(true);

  const others = await accounting.execute(Invoices, { overdue: false, clientId });
  expect(new Set(others.data?.invoices.edges.map((edge) => edge.node.id))).toEqual(new Set([paid, dueToday, draft]));
  expect(others.data?.invoices.edges.some((edge) => edge.node.overdue)).toBe(false);

  const all = await accounting.execute(Invoices, { clientId });
  expect(all.data?.invoices.totalCount).toBe(5);
});
