import type { Kysely } from 'kysely';
import { addDays, nowIso, today } from '../../../lib/dates.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { newId } from '../../../lib/ids.ts';
import { assertTransition } from '../../../lib/lifecycle.ts';
import { convertMinor, exchangeRate, formatScaled, minorDigits, money, parseScaled } from '../../../lib/money.ts';
import { refusingDuplicates } from '../../../lib/store/database.ts';
import { assertVersion, readForWrite } from '../../../lib/store/versions.ts';
import { badInput, validate } from '../../../lib/validation.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import * as inputs from '../inputs.ts';
import { invoiceLifecycle } from '../lifecycles.ts';
import { insertDraftInvoice, nextInvoiceNumber, updateInvoice } from '../store/invoices.ts';
import { insertPayment, paidMinor } from '../store/payments.ts';
import type { AccountingDatabase, InvoiceRow } from '../store/schema.ts';

/**
 * Every accounting write: validate (zod), confirm the client with the CRM, then change only
 * accounting's tables in one transaction, reading rows inside it so versions and balances are
 * checked against what is actually there.
 */

type Db = Kysely<AccountingDatabase>;

const invoiceFor = (db: Db, id: string) => readForWrite<InvoiceRow, AccountingDatabase>(db, 'invoices', 'Invoice', id);

/** Invoice numbers are unique; losing a race for one is a conflict to retry, not a server error. */
const numberTaken = () => ERRORS.CONFLICT.err('The invoice number was taken by another write; try again', { entity: 'Invoice' });

export const Mutation: MutationResolvers = {
  createInvoice: async (_, args, { db, references }) => {
    const { input } = validate(inputs.createInvoiceArgs, args);
    await references.assertReferences([{ typename: 'Client', id: input.clientId, path: ['input', 'clientId'] }]);
    const id = newId('inv');
    return refusingDuplicates(
      () =>
        db.transaction().execute((trx) =>
          insertDraftInvoice(
            trx,
            { id, clientId: input.clientId, currency: input.currency },
            input.lines.map((line) => ({
              description: line.description,
              quantity_milli: Number(line.quantityMilli),
              unit_price_minor: Number(line.unitPriceMinor),
              amount_minor: Number(line.amountMinor),
            })),
          ),
        ),
      numberTaken,
    );
  },

  issueInvoice: async (_, args, { db, reportingCurrency }) => {
    const { id, input, expectedVersion } = validate(inputs.issueInvoiceArgs, args);
    const issueDate = input?.issueDate ?? today();
    const dueDate = input?.dueDate ?? addDays(issueDate, 30);
    if (dueDate < issueDate) throw badInput(['input', 'dueDate'], `must be on or after the issue date ${issueDate}`);
    return refusingDuplicates(
      () =>
        db.transaction().execute(async (trx) => {
          const invoice = await invoiceFor(trx, id);
          assertVersion('Invoice', invoice, expectedVersion);
          assertTransition(invoiceLifecycle, id, invoice.status, 'SENT');
          const rate = exchangeRate(invoice.currency, reportingCurrency);
          // A configuration fault, so it stays INTERNAL_SERVER_ERROR: invoice currencies are limited to
          // those with rates at creation and config.ts accepts only such a REPORTING_CURRENCY, so only
          // a deployment that bypassed that check lands here, and nothing the caller sends can fix it.
          if (rate === null) throw new Error(`No exchange rate from ${invoice.currency} to ${reportingCurrency}`);
          return updateInvoice(trx, invoice, {
            status: 'SENT',
            number: await nextInvoiceNumber(trx, issueDate.slice(0, 4)),
            issue_date: issueDate,
            due_date: dueDate,
            exchange_rate: rate,
            reporting_currency: reportingCurrency,
            reporting_total_minor: Number(convertMinor(BigInt(invoice.total_minor), invoice.currency, reportingCurrency, rate)),
          });
        }),
      numberTaken,
    );
  },

  recordPayment: async (_, args, { db }) => {
    const { invoiceId, input, expectedVersion } = validate(inputs.recordPaymentArgs, args);
    return db.transaction().execute(async (trx) => {
      const invoice = await invoiceFor(trx, invoiceId);
      assertVersion('Invoice', invoice, expectedVersion);
      // Only a SENT invoice can be paid, so anything else is refused as a move to PAID.
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
      await insertPayment(trx, {
        id: newId('pay'),
        invoice_id: invoiceId,
        amount_minor: Number(amount),
        paid_on: paidOn,
        reference: input.reference || null,
        created_at: nowIso(),
      });
      // Every payment changes the invoice (its balance), so its version grows even while it stays SENT.
      return updateInvoice(trx, invoice, amount === balance ? { status: 'PAID' } : {});
    });
  },

  voidInvoice: async (_, args, { db }) => {
    const { id, reason, expectedVersion } = validate(inputs.voidInvoiceArgs, args);
    return db.transaction().execute(async (trx) => {
      const invoice = await invoiceFor(trx, id);
      assertVersion('Invoice', invoice, expectedVersion);
      assertTransition(invoiceLifecycle, id, invoice.status, 'VOID');
      const paid = invoice.status === 'SENT' ? await paidMinor(trx, id) : 0n;
      if (paid > 0n) {
        const { amount, currencyCode } = money(paid, invoice.currency);
        throw ERRORS.INVALID_TRANSITION.err(
          `Invoice ${id} is SENT with ${currencyCode} ${amount} already paid and cannot become VOID; only an invoice with nothing paid can be voided`,
          { entity: 'Invoice', id, from: invoice.status, to: 'VOID' },
        );
      }
      return updateInvoice(trx, invoice, { status: 'VOID', void_reason: reason || null });
    });
  },
};
