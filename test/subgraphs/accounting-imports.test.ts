import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountingSubgraph } from '../../subgraphs/accounting/server.ts';
import { crmSubgraph } from '../../subgraphs/crm/server.ts';
import { importMutation, reportOf, rowCounts, type ImportReport } from '../support/imports.ts';
import { openTestSubgraph, type TestSubgraph } from '../support/subgraphs.ts';

/** importInvoices: clients confirmed by the CRM, states reached through issue, payment and void. */

let crm: TestSubgraph;
let accounting: TestSubgraph;
let clientId: string;

beforeAll(async () => {
  crm = await openTestSubgraph(crmSubgraph);
  accounting = await openTestSubgraph(accountingSubgraph, { owners: { crm } });
  const clients = reportOf(
    await crm.execute(importMutation('importClients', 'ClientImportRow'), { system: 'xero', rows: [{ externalId: 'C-1', name: 'Acme' }] }),
    'importClients',
  );
  clientId = clients.rows[0]?.id ?? '';
});
afterAll(async () => {
  await accounting.close();
  await crm.close();
});

const IMPORT = importMutation('importInvoices', 'InvoiceImportRow');

async function importInvoices(system: string, rows: Record<string, unknown>[], dryRun = false): Promise<ImportReport> {
  return reportOf(await accounting.execute(IMPORT, { system, rows, dryRun }), 'importInvoices');
}

interface Invoice {
  id: string;
  number: string;
  status: string;
  version: number;
  issueDate: string | null;
  total: { amount: string };
  amountPaid: { amount: string };
  lines: { description: string }[];
  client: { id: string };
}

async function byExternalId(system: string, id: string): Promise<Invoice | null> {
  const response = await accounting.execute(
    /* GraphQL */ `
      query ($system: String!, $id: String!) {
        invoiceByExternalId(system: $system, id: $id) {
          id
          number
          status
          version
          issueDate
          total {
            amount
          }
          amountPaid {
            amount
          }
          lines {
            description
          }
          client {
            id
          }
        }
      }
    `,
    { system, id },
  );
  expect(response.errors).toBeUndefined();
  return (response.data as { invoiceByExternalId: Invoice | null }).invoiceByExternalId;
}

const written = async () =>
  rowCounts(await accounting.snapshot(), ['invoices', 'invoice_lines', 'payments', 'external_ids', 'audit_log', 'outbox'] as const);

const consulting = [{ description: 'Consulting', quantity: '10', unitPrice: '100.00' }];

describe('importInvoices', () => {
  it('reaches each state through the normal transitions, then changes nothing when the same rows come again', async () => {
    const rows = [
      { externalId: 'INV-1', clientExternalId: { system: 'xero', id: 'C-1' }, currencyCode: 'EUR', lines: consulting },
      {
        externalId: 'INV-2',
        clientId,
        currencyCode: 'EUR',
        lines: consulting,
        status: 'SENT',
        issueDate: '2026-01-10',
        amountPaid: '250.00',
        paidOn: '2026-01-20',
      },
      { externalId: 'INV-3', clientId, currencyCode: 'EUR', lines: consulting, status: 'PAID', issueDate: '2026-01-10' },
      { externalId: 'INV-4', clientId, currencyCode: 'EUR', lines: consulting, status: 'VOID', voidReason: 'duplicate' },
    ];
    const first = await importInvoices('xero', rows);
    expect(first).toMatchObject({ created: 4, refused: 0 });
    expect(first.rows[1]?.changedFields).toEqual(['clientId', 'currencyCode', 'lines', 'status', 'issueDate', 'amountPaid']);
    expect(await byExternalId('xero', 'INV-1')).toMatchObject({ status: 'DRAFT', client: { id: clientId }, total: { amount: '1000.00' } });
    expect(await byExternalId('xero', 'INV-2')).toMatchObject({
      status: 'SENT',
      issueDate: '2026-01-10',
      amountPaid: { amount: '250.00' },
    });
    const paid = await byExternalId('xero', 'INV-3');
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: { amount: '1000.00' } });
    expect(paid?.number).toMatch(/^INV-2026-\d{5}$/);
    expect(await byExternalId('xero', 'INV-4')).toMatchObject({ status: 'VOID' });
    // Each step announced as the mutation that takes it would announce it.
    const types = ((await accounting.snapshot()).outbox as { type: string }[]).map((row) => row.type);
    expect(types.filter((type) => type === 'Invoice.issued')).toHaveLength(2);
    expect(types.filter((type) => type === 'Invoice.paid')).toHaveLength(1);
    expect(types.filter((type) => type === 'Invoice.voided')).toHaveLength(1);

    const before = await written();
    expect(await importInvoices('xero', rows)).toMatchObject({ created: 0, updated: 0, unchanged: 4, refused: 0 });
    expect(await written()).toEqual(before);

    // The rest of INV-2 paid: one payment of the difference, and the invoice becomes PAID.
    const settled = await importInvoices('xero', [{ ...rows[1], status: 'PAID', amountPaid: '1000.00' }]);
    expect(settled.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['status', 'amountPaid'] });
    expect(await byExternalId('xero', 'INV-2')).toMatchObject({ status: 'PAID', amountPaid: { amount: '1000.00' } });
    expect(await written()).toMatchObject({ payments: before.payments + 1 });
  });

  it('updates the lines of a draft, and refuses new lines once issued, leaving the invoice as it was', async () => {
    const draft = await importInvoices('xero', [
      {
        externalId: 'INV-1',
        clientId,
        currencyCode: 'EUR',
        lines: [...consulting, { description: 'Travel', quantity: '1', unitPrice: '80.00' }],
      },
    ]);
    expect(draft.rows[0]).toMatchObject({ outcome: 'UPDATED', changedFields: ['lines'] });
    expect(await byExternalId('xero', 'INV-1')).toMatchObject({
      total: { amount: '1080.00' },
      lines: [{ description: 'Consulting' }, { description: 'Travel' }],
    });

    const before = await written();
    const issued = await byExternalId('xero', 'INV-3');
    const report = await importInvoices('xero', [
      {
        externalId: 'INV-3',
        clientId,
        currencyCode: 'EUR',
        lines: [{ description: 'Consulting', quantity: '12', unitPrice: '100.00' }],
        status: 'PAID',
      },
      { externalId: 'INV-3', clientId, currencyCode: 'EUR', lines: consulting, status: 'SENT' },
      { externalId: 'INV-4', clientId, currencyCode: 'EUR', lines: consulting, status: 'SENT' },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.refusal?.code ?? null, row.refusal?.fields ?? []])).toEqual([
      ['REFUSED', 'INVALID_TRANSITION', ['lines']],
      ['REFUSED', 'INVALID_TRANSITION', ['status']],
      ['REFUSED', 'INVALID_TRANSITION', ['status']],
    ]);
    expect(await byExternalId('xero', 'INV-3')).toEqual(issued);
    expect(await written()).toEqual(before);
  });

  it('refuses bad rows and unknown clients with their code and fields, writing nothing for them', async () => {
    const before = await written();
    const report = await importInvoices('sheet', [
      { externalId: 'B-1', clientExternalId: { system: 'xero', id: 'nobody' }, currencyCode: 'EUR', lines: consulting },
      { externalId: 'B-2', clientId, currencyCode: 'EUR', lines: [] },
      { externalId: 'B-3', clientId, currencyCode: 'EUR', lines: consulting, status: 'SENT', amountPaid: '5000' },
      {
        externalId: 'B-4',
        clientId,
        currencyCode: 'EUR',
        lines: consulting,
        status: 'SENT',
        issueDate: '2026-02-01',
        dueDate: '2026-01-01',
      },
      {
        externalId: 'B-5',
        clientId,
        currencyCode: 'EUR',
        lines: consulting,
        status: 'SENT',
        issueDate: '2026-02-01',
        amountPaid: '1',
        paidOn: '2026-01-01',
      },
      { externalId: 'B-6', clientId, currencyCode: 'EUR', lines: consulting, amountPaid: '1' },
      { externalId: 'B-7', clientId, currencyCode: 'EUR', lines: consulting },
    ]);
    expect(report.rows.map((row) => [row.outcome, row.refusal?.code ?? null, row.refusal?.fields ?? []])).toEqual([
      ['REFUSED', 'REFERENCE_NOT_FOUND', ['clientExternalId']],
      ['REFUSED', 'BAD_USER_INPUT', ['lines']],
      ['REFUSED', 'BAD_USER_INPUT', ['amountPaid']],
      ['REFUSED', 'BAD_USER_INPUT', ['dueDate']],
      ['REFUSED', 'BAD_USER_INPUT', ['paidOn']],
      ['REFUSED', 'INVALID_TRANSITION', ['amountPaid']],
      ['CREATED', null, []],
    ]);
    expect(await byExternalId('sheet', 'B-4')).toBeNull();
    expect(await written()).toEqual({
      ...before,
      invoices: before.invoices + 1,
      invoice_lines: before.invoice_lines + 1,
      external_ids: before.external_ids + 1,
      audit_log: before.audit_log + 1,
      outbox: before.outbox + 1,
    });
  });

  it('writes nothing in a dry run, and reports what a real run then does', async () => {
    const before = await written();
    const rows = [
      { externalId: 'D-1', clientId, currencyCode: 'EUR', lines: consulting, status: 'PAID' },
      { externalId: 'INV-1', clientId, currencyCode: 'EUR', lines: consulting },
    ];
    const dry = await importInvoices('xero', rows, true);
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 1, refused: 0 });
    expect(await written()).toEqual(before);
    const real = await importInvoices('xero', rows);
    expect(real.rows.map((row) => [row.outcome, row.changedFields])).toEqual(dry.rows.map((row) => [row.outcome, row.changedFields]));
  });
});
