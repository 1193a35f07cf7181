import type { Kysely } from 'kysely';
import { addDays, nowIso, today } from '../../lib/dates.ts';
import { ERRORS } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import { convertMinor, exchangeRate, formatScaled, minorDigits, money, parseScaled } from '../../lib/money.ts';
import { badInput } from '../../lib/validation.ts';
import { transition } from '../../lib/writes/transition.ts';
import { invoiceLifecycle } from './lifecycles.ts';
import { invoices, nextInvoiceNumber } from './store/invoices.ts';
import { paidMinor, payments } from './store/payments.ts';
import type { AccountingDatabase, InvoiceRow } from './store/schema.ts';

/**
 * An invoice's steps after it is made, the one way each is taken: issueInvoice, recordPayment and
 * voidInvoice (resolvers/Mutation.ts) take them for a caller, importInvoices (imports.ts) to reach
 * an imported invoice's state. Each runs in the write's transaction; `at` names the argument a
 * refusal is about (`input.dueDate` for a mutation, a row's `dueDate` in an import).
 */

type Db = Kysely<AccountingDatabase>;

/** Where a mutation's arguments are: under `input`. */
export const inputField = (field: string): string[] => ['input', field];

export interface IssueDates {
  /** Defaults to today. */
  issueDate?: string | null;
  /** Defaults to 30 days after the issue date. */
  dueDate?: string | null;
}

/** DRAFT → SENT: fixes the number, the issue and due dates and the exchange rate to the reporting currency. */
export function issue(
  trx: Db,
  id: string,
  dates: IssueDates,
  reportingCurrency: string,
  expectedVersion?: number | null,
  at = inputField,
): Promise<InvoiceRow> {
  const issueDate = dates.issueDate ?? today();
  const dueDate = dates.dueDate ?? addDays(issueDate, 30);
  if (dueDate < issueDate) throw badInput(at('dueDate'), `must be on or after the issue date ${issueDate}`);
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
}

export interface Payment {
  /** In the invoice currency, positive; at most the balance. */
  amount: string;
  /** Defaults to today. */
  paidOn?: string | null;
  reference?: string | null;
}

/** Records a payment against a SENT invoice, which becomes PAID when its balance reaches zero. */
export async function pay(
  trx: Db,
  invoiceId: string,
  payment: Payment,
  expectedVersion?: number | null,
  at = inputField,
): Promise<InvoiceRow> {
  const invoice = await invoices.forWrite(trx, invoiceId, expectedVersion);
  // Only a SENT invoice can be paid, so anything else is refused as a move to PAID; a part
  // payment leaves it SENT.
  assertTransition(invoiceLifecycle, invoiceId, invoice.status, 'PAID');
  const paidOn = payment.paidOn ?? today();
  // Issuing fixed the date (a SENT invoice always has one); a payment cannot come before it.
  if (invoice.issue_date !== null && paidOn < invoice.issue_date) {
    throw badInput(at('paidOn'), `must not be before the invoice's issue date ${invoice.issue_date}`);
  }
  const digits = minorDigits(invoice.currency);
  const amount = parseScaled(payment.amount, digits);
  if (amount === null) throw badInput(at('amount'), `must have at most ${digits} decimal places for ${invoice.currency}`);
  const balance = BigInt(invoice.total_minor) - (await paidMinor(trx, invoiceId));
  if (amount > balance) {
    throw badInput(at('amount'), `must be at most the balance, ${invoice.currency} ${formatScaled(balance, digits)}`);
  }
  await payments.insert(trx, {
    id: newId('pay'),
    invoice_id: invoiceId,
    amount_minor: Number(amount),
    paid_on: paidOn,
    reference: payment.reference || null,
    created_at: nowIso(),
  });
  // Every payment changes the invoice (its balance), so its version grows even while it stays SENT.
  return invoices.update(trx, invoice, amount === balance ? { status: 'PAID' } : {});
}

/** DRAFT, or SENT with nothing paid, → VOID. */
export function voidInvoice(trx: Db, id: string, reason: string | null | undefined, expectedVersion?: number | null): Promise<InvoiceRow> {
  return transition(trx, invoices, invoiceLifecycle, { id, expectedVersion, to: 'VOID' }, async (invoice) => {
    const paid = invoice.status === 'SENT' ? await paidMinor(trx, id) : 0n;
    if (paid > 0n) {
      const { amount, currencyCode } = money(paid, invoice.currency);
      throw ERRORS.INVALID_TRANSITION.err(
        `Invoice ${id} is SENT with ${currencyCode} ${amount} already paid and cannot become VOID; only an invoice with nothing paid can be voided`,
        { entity: 'Invoice', id, from: invoice.status, to: 'VOID' },
      );
    }
    return { void_reason: reason || null };
  });
}
