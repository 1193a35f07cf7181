import { today } from '../../../lib/dates.ts';
import { entityRef } from '../../../lib/federation.ts';
import { money } from '../../../lib/money.ts';
import type { InvoiceResolvers } from '../__generated__/resolvers-types.ts';
import type { AccountingContext } from '../context.ts';
import type { InvoiceRow } from '../store/schema.ts';

/** Lines and payments are read through loaders, never per invoice; each carries the invoice's currency. */

async function paidOf(invoice: InvoiceRow, { loaders }: AccountingContext): Promise<bigint> {
  const payments = await loaders.paymentsByInvoice.load(invoice.id);
  return payments.reduce((sum, payment) => sum + BigInt(payment.amount_minor), 0n);
}

async function balanceOf(invoice: InvoiceRow, context: AccountingContext): Promise<bigint> {
  return BigInt(invoice.total_minor) - (await paidOf(invoice, context));
}

export const Invoice: InvoiceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.invoice.load(reference.id),
  client: (invoice) => entityRef('Client', invoice.client_id),
  currencyCode: (invoice) => invoice.currency,
  lines: async (invoice, _, { loaders }) =>
    (await loaders.linesByInvoice.load(invoice.id)).map((line) => ({ ...line, currency: invoice.currency })),
  total: (invoice) => money(invoice.total_minor, invoice.currency),
  amountPaid: async (invoice, _, context) => money(await paidOf(invoice, context), invoice.currency),
  balance: async (invoice, _, context) => money(await balanceOf(invoice, context), invoice.currency),
  issueDate: (invoice) => invoice.issue_date,
  dueDate: (invoice) => invoice.due_date,
  overdue: async (invoice, _, context) =>
    invoice.status === 'SENT' && invoice.due_date !== null && invoice.due_date < today() && (await balanceOf(invoice, context)) > 0n,
  exchangeRate: (invoice) => invoice.exchange_rate,
  payments: async (invoice, _, { loaders }) =>
    (await loaders.paymentsByInvoice.load(invoice.id)).map((payment) => ({ ...payment, currency: invoice.currency })),
  voidReason: (invoice) => invoice.void_reason,
  externalIds: (invoice, _, { loaders }) => loaders.invoiceExternalIds.load(invoice.id),
  createdAt: (invoice) => invoice.created_at,
  updatedAt: (invoice) => invoice.updated_at,
  history: (parent, args, { loaders }) => loaders.audit.history('Invoice', parent.id, args),
};
