import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { AccountingContext } from '../context.ts';
import { importInvoices, importReferences } from '../imports.ts';
import * as inputs from '../inputs.ts';
import { issue, pay, voidInvoice } from '../invoice-steps.ts';
import { insertDraftInvoice } from '../store/invoices.ts';

/**
 * Every accounting write, each through the one write path (lib/writes/mutation.ts: authorise,
 * validate, confirm the client with the CRM, then lock, check, write, audit and announce in one
 * transaction). Rows are read inside it, so versions and balances are checked against what is
 * actually there; only accounting's tables change.
 */

const mutation = writePath<AccountingContext>();

/** Invoice numbers are unique; losing a race for one is a conflict to retry, not a server error. */
const numberTaken = () => ERRORS.CONFLICT.err('The invoice number was taken by another write; try again', { entity: 'Invoice' });

export const Mutation: MutationResolvers = {
  createInvoice: mutation({
    args: inputs.createInvoiceArgs,
    references: ({ input }) => [{ typename: 'Client', id: input.clientId, path: ['input', 'clientId'] }],
    write: (trx, { input }) =>
      insertDraftInvoice(
        trx,
        { id: newId('inv'), clientId: input.clientId, currency: input.currency },
        input.lines.map((line) => ({
          description: line.description,
          quantity_milli: Number(line.quantityMilli),
          unit_price_minor: Number(line.unitPriceMinor),
          amount_minor: Number(line.amountMinor),
        })),
        input.externalIds,
      ),
    conflict: numberTaken,
  }),

  issueInvoice: mutation({
    args: inputs.issueInvoiceArgs,
    write: (trx, { id, input, expectedVersion }, { reportingCurrency }) => issue(trx, id, input ?? {}, reportingCurrency, expectedVersion),
    conflict: numberTaken,
  }),

  recordPayment: mutation({
    args: inputs.recordPaymentArgs,
    write: (trx, { invoiceId, input, expectedVersion }) => pay(trx, invoiceId, input, expectedVersion),
  }),

  voidInvoice: mutation({
    args: inputs.voidInvoiceArgs,
    write: (trx, { id, reason, expectedVersion }) => voidInvoice(trx, id, reason, expectedVersion),
  }),

  importInvoices: mutation({
    args: inputs.importInvoicesArgs,
    rowReferences: importReferences,
    write: (trx, input, { reportingCurrency }, checks) => importInvoices(trx, input, checks, reportingCurrency),
  }),
};
