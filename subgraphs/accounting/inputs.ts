import { externalIdInput, externalIdsInput, externalIdText } from '../../lib/external-ids/fields.ts';
import { importArgs } from '../../lib/imports/args.ts';
import { z } from 'zod';
import { today } from '../../lib/dates.ts';
import { formatScaled, isDecimal, MAX_SCALED, minorDigits, parseScaled, supportedInvoiceCurrencies } from '../../lib/money.ts';
import { fields } from '../../lib/validation.ts';
import { lineAmount, MAX_AMOUNT_MINOR, QUANTITY_SCALE } from './amounts.ts';

/** zod schemas for accounting's arguments; `validate` turns a failure into BAD_USER_INPUT. */

const invoiceId = fields.id('inv');
const currencies = supportedInvoiceCurrencies();
/** Invoices and payments record what has happened, never what is planned. */
const pastOrToday = fields.isoDate.refine((date) => date <= today(), 'must not be after today');

const lineInput = z.object({
  description: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  // At least 0.001 and at most a million units.
  quantity: fields.scaled(QUANTITY_SCALE, { min: 1n, max: 1_000_000_000n }),
  unitPrice: z.string().refine(isDecimal, 'must be a decimal such as "120.00"'),
});

export interface ParsedLine {
  description: string;
  quantityMilli: bigint;
  unitPriceMinor: bigint;
  amountMinor: bigint;
}

const currencyCode = z.string().refine((code) => currencies.includes(code), `must be one of ${currencies.join(', ')}`);
const lines = z.array(lineInput).min(1, 'must have at least one line').max(100, 'must have at most 100 lines');

/**
 * An invoice's lines read in its currency: unit prices are exact to the currency's minor unit,
 * known only once the currency is. Adds an issue to `ctx` for each line that is wrong, and for a
 * total of nothing or too much; null then.
 */
function parseLines(input: { currencyCode: string; lines: z.output<typeof lines> }, ctx: z.RefinementCtx): ParsedLine[] | null {
  const digits = minorDigits(input.currencyCode);
  const zero = `${input.currencyCode} ${formatScaled(0n, digits)}`;
  const parsed: ParsedLine[] = [];
  input.lines.forEach((line, index) => {
    const path = ['lines', index, 'unitPrice'];
    const unitPriceMinor = parseScaled(line.unitPrice, digits);
    if (unitPriceMinor === null || unitPriceMinor < 0n || unitPriceMinor > MAX_SCALED) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `must be a non-negative amount up to ${formatScaled(MAX_SCALED, digits)} with at most ${digits} decimal places for ${input.currencyCode}`,
      });
      return;
    }
    const amountMinor = lineAmount(line.quantity, unitPriceMinor);
    // A price that rounds away to nothing is a slip (a price per thousand, a misplaced point);
    // a line priced at 0 on purpose (a free item) is not, and stays allowed beside paid ones.
    if (unitPriceMinor > 0n && amountMinor === 0n) {
      ctx.addIssue({ code: 'custom', path, message: `quantity × unit price rounds to ${zero}; the line would charge nothing` });
      return;
    }
    parsed.push({ description: line.description, quantityMilli: line.quantity, unitPriceMinor, amountMinor });
  });
  // The total means something only when every line was read.
  if (parsed.length < input.lines.length) return null;
  const total = parsed.reduce((sum, line) => sum + line.amountMinor, 0n);
  // recordPayment takes only positive amounts, so an invoice of nothing could never become PAID.
  if (total === 0n) ctx.addIssue({ code: 'custom', path: ['lines'], message: `the invoice total must be more than ${zero}` });
  if (total > MAX_AMOUNT_MINOR) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'the invoice total is too large' });
  return total === 0n || total > MAX_AMOUNT_MINOR ? null : parsed;
}

export const createInvoiceArgs = z.object({
  input: z.object({ clientId: fields.id('cli'), currencyCode, lines, externalIds: externalIdsInput }).transform((input, ctx) => {
    const parsed = parseLines(input, ctx);
    if (!parsed) return z.NEVER;
    return { clientId: input.clientId, currency: input.currencyCode, lines: parsed, externalIds: input.externalIds };
  }),
});

/** A non-negative amount, exact to the invoice currency once the currency is known. */
const amount = z.string().refine((value) => isDecimal(value) && !value.trim().startsWith('-'), 'must be a non-negative amount');

/**
 * One row of importInvoices: CreateInvoiceInput's fields plus the state the invoice has reached.
 * What the row says of itself is checked here (the amount paid against the total and the status);
 * what it says against the stored invoice, by the import (imports.ts).
 */
export const importInvoicesArgs = importArgs(
  z
    .object({
      externalId: externalIdText,
      clientId: fields.id('cli').nullish(),
      clientExternalId: externalIdInput.nullish(),
      currencyCode,
      lines,
      status: z.enum(['DRAFT', 'SENT', 'PAID', 'VOID']).nullish(),
      issueDate: pastOrToday.nullish(),
      dueDate: fields.isoDate.nullish(),
      amountPaid: amount.nullish(),
      paidOn: pastOrToday.nullish(),
      voidReason: fields.optionalText,
    })
    .refine((row) => Boolean(row.clientId) !== Boolean(row.clientExternalId), {
      error: 'give one of clientId and clientExternalId',
      path: ['clientId'],
    })
    .transform((row, ctx) => {
      const parsed = parseLines(row, ctx);
      const digits = minorDigits(row.currencyCode);
      const paid = row.amountPaid === null || row.amountPaid === undefined ? row.amountPaid : parseScaled(row.amountPaid, digits);
      if (paid === null && row.amountPaid) {
        ctx.addIssue({
          code: 'custom',
          path: ['amountPaid'],
          message: `must have at most ${digits} decimal places for ${row.currencyCode}`,
        });
      }
      if (!parsed || (paid === null && row.amountPaid)) return z.NEVER;
      const total = parsed.reduce((sum, line) => sum + line.amountMinor, 0n);
      const paidMinor = paid ?? undefined;
      const refuse = (path: string, message: string) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
        return z.NEVER;
      };
      if (paidMinor !== undefined && paidMinor > total) return refuse('amountPaid', 'must be at most the total of the lines');
      if (paidMinor && (row.status === 'DRAFT' || row.status === 'VOID'))
        return refuse('amountPaid', `must be 0 for a ${row.status} invoice`);
      if (row.status === 'PAID' && paidMinor !== undefined && paidMinor !== total)
        return refuse('amountPaid', 'must be the total for a PAID invoice');
      if (row.status === 'SENT' && paidMinor === total) return refuse('status', 'must be PAID when amountPaid is the total');
      return { ...row, currency: row.currencyCode, lines: parsed, total, paidMinor };
    }),
);

export const issueInvoiceArgs = z.object({
  id: invoiceId,
  input: z.object({ issueDate: pastOrToday.nullish(), dueDate: fields.isoDate.nullish() }).nullish(),
  expectedVersion: fields.expectedVersion,
});

export const recordPaymentArgs = z.object({
  invoiceId,
  input: z.object({
    // Positive here; exact to the invoice currency once the invoice is read.
    amount: z
      .string()
      .refine((value) => isDecimal(value) && !value.trim().startsWith('-') && /[1-9]/.test(value), 'must be a positive amount'),
    // Not before the invoice's issue date either, which is checked once the invoice is read.
    paidOn: pastOrToday.nullish(),
    reference: fields.optionalText,
  }),
  expectedVersion: fields.expectedVersion,
});

export const voidInvoiceArgs = z.object({
  id: invoiceId,
  reason: fields.optionalText,
  expectedVersion: fields.expectedVersion,
});

const MAX_REVENUE_MONTHS = 120;

/** `Client.revenue(months)`: a field argument, refused the same way as a mutation's. */
export const revenueArgs = z.object({
  months: z
    .number()
    .int('must be a whole number of months')
    .min(1, `must be between 1 and ${MAX_REVENUE_MONTHS}`)
    .max(MAX_REVENUE_MONTHS, `must be between 1 and ${MAX_REVENUE_MONTHS}`),
});

/** A clientsByRevenue cursor: the revenue (minor units) and id of the last client of a page. */
export const revenueRankCursor = z.tuple([z.number().int(), fields.id('cli')]);

const MAX_REVENUE_BY_MONTH_MONTHS = 36;

/** `Client.revenueByMonth(months)`: one entry per month, so fewer months than `revenue` allows. */
export const revenueByMonthArgs = z.object({
  months: z
    .number()
    .int('must be a whole number of months')
    .min(1, `must be between 1 and ${MAX_REVENUE_BY_MONTH_MONTHS}`)
    .max(MAX_REVENUE_BY_MONTH_MONTHS, `must be between 1 and ${MAX_REVENUE_BY_MONTH_MONTHS}`),
});
