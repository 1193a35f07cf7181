import { addDays, nowIso, today } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { assertTransition } from '../../../lib/lifecycle.ts';
import { convertMinor, exchangeRate, formatScaled, minorDigits, money, parseScaled } from '../../../lib/money.ts';
import { badInput } from '../../../lib/validation.ts';
import { writePath } from '../../../lib/writes/mutation.ts';
import { transition } from '../../../lib/writes/transition.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { AccountingContext } from '../context.ts';
import * as inputs from '../inputs.ts';
import { invoiceLifecycle } from '../lifecycles.ts';
import { insertDraftInvoice, invoices, nextInvoiceNumber } from '../store/invoices.ts';
import { paidMinor, payments } from '../store/payments.ts';

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
    write: (trx, { id, input, expectedVersion }, { reportingCurrency }) => {
      const issueDate = input?.issueDate ?? today();
      const dueDate = input?.dueDate ?? addDays(issueDate, 30);
      if (dueDate < issueDate) throw badInput(['input', 'dueDate'], `must be on or after the issue date ${issueDate}`);
      return transition(trx, invoices, invoiceLifecycle, { id, expectedVersion, to: 'SENT' }, async (invoice) => {
        const rate = exchangeRate(invoice.currency, reportingCurrency);
        // A configuration fault, so it stays INTERNAL_SERVER_ERROR: invoice currencies are limited to
        // those with rates at creation and config.ts accepts only such a REPORTING_CURRENCY, so only
        // a deployment that bypassed that check lands here, and nothing the caller sends can fix it.
        if (rate === null) throw new Error(`No exchange rate from ${invoice.currency} to ${reportingCurrency}`);
        return {
          number: await nextInvoiceNumber(trx, issueDate.slice(0, 4)),
          issue_date: issueDate,
          due_date: dueDate,
          exchange_rate: rate,
          reporting_currency: reportingCurrency,
          reporting_total_minor: Number(convertMinor(BigInt(invoice.total_minor), invoice.currency, reportingCurrency, rate)),
        };
      });
    },
    conflict: numberTaken,
  }),

  recordPayment: mutation({
    args: inputs.recordPaymentArgs,
    write: async (trx, { invoiceId, input, expectedVersion }) => {
      const invoice = await invoices.forWrite(trx, invoiceId, expectedVersion);
      // Only a SENT invoice can be paid, so anything else is refused as a move to PAID; a part
      // payment leaves it SENT.
      assertTransition(invoiceLifecycle, invoiceId, invoice.status, 'PAID');
      const paidOn = input.paidOn ?? today();
      // Issuing fixed the date (a SENT invoice always has one); a payment cannot come before it.
      if (invoice.issue_date !== null && paidOn < invoice.issue_date) {
        throw badInput(['input', 'paidOn'], `must not be before the invoice's issue date ${invoice.issue_date}`);
      }
      const digits = minorDigits(invoice.currency);
      const amount = parseScaled(input.amount, digits);
      if (amount === null) throw badInput(['input', 'amount'], `must have at most ${digits} decimal places for ${invoice.currency}`);
      const balance = BigInt(invoice.total_minor) - (await paidMinor(trx, invoiceId));
      if (amount > balance) {
        throw badInput(['input', 'amount'], `must be at most the balance, ${invoice.currency} ${formatScaled(balance, digits)}`);
      }
      await payments.insert(trx, {
        id: newId('pay'),
        invoice_id: invoiceId,
        amount_minor: Number(amount),
        paid_on: paidOn,
        reference: input.reference || null,
        created_at: nowIso(),
      });
      // Every payment changes the invoice (its balance), so its version grows even while it stays SENT.
      return invoices.update(trx, invoice, amount === balance ? { status: 'PAID' } : {});
    },
  }),

  voidInvoice: mutation({
    args: inputs.voidInvoiceArgs,
    write: (trx, { id, reason, expectedVersion }) =>
      transition(trx, invoices, invoiceLifecycle, { id, expectedVersion, to: 'VOID' }, async (invoice) => {
        const paid = invoice.status === 'SENT' ? await paidMinor(trx, id) : 0n;
        if (paid > 0n) {
          const { amount, currencyCode } = money(paid, invoice.currency);
          throw ERRORS.INVALID_TRANSITION.err(
            `Invoice ${id} is SENT with ${currencyCode} ${amount} already paid and cannot become VOID; only an invoice with nothing paid can be voided`,
            { entity: 'Invoice', id, from: invoice.status, to: 'VOID' },
          );
        }
        return { void_reason: reason || null };
      }),
  }),
};
