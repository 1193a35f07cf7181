import { z } from 'zod';
import { isDecimal, minorDigits, parseScaled, supportedInvoiceCurrencies } from '../../lib/money.ts';
import { fields } from '../../lib/validation.ts';
import { lineAmount, MAX_AMOUNT_MINOR, QUANTITY_SCALE } from './amounts.ts';

/** zod schemas for accounting's mutation arguments; `validate` turns a failure into BAD_USER_INPUT. */

const invoiceId = fields.id('inv');
const currencies = supportedInvoiceCurrencies();

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

export const createInvoiceArgs = z.object({
  input: z
    .object({
      clientId: fields.id('cli'),
      currencyCode: z.string().refine((code) => currencies.includes(code), `must be one of ${currencies.join(', ')}`),
      lines: z.array(lineInput).min(1, 'must have at least one line').max(100, 'must have at most 100 lines'),
    })
    // Unit prices are exact to the invoice currency's minor unit, known only once the currency is.
    .transform((input, ctx) => {
      const digits = minorDigits(input.currencyCode);
      const lines: ParsedLine[] = [];
      input.lines.forEach((line, index) => {
        const unitPriceMinor = parseScaled(line.unitPrice, digits);
        if (unitPriceMinor === null || unitPriceMinor < 0n) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'unitPrice'],
            message: `must be a non-negative amount with at most ${digits} decimal places for ${input.currencyCode}`,
          });
          return;
        }
        const amountMinor = lineAmount(line.quantity, unitPriceMinor);
        lines.push({ description: line.description, quantityMilli: line.quantity, unitPriceMinor, amountMinor });
      });
      const total = lines.reduce((sum, line) => sum + line.amountMinor, 0n);
      if (total > MAX_AMOUNT_MINOR) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'the invoice total is too large' });
      return { clientId: input.clientId, currency: input.currencyCode, lines, totalMinor: total };
    }),
});

export const issueInvoiceArgs = z.object({
  id: invoiceId,
  input: z.object({ issueDate: fields.isoDate.nullish(), dueDate: fields.isoDate.nullish() }).nullish(),
  expectedVersion: fields.expectedVersion,
});

export const recordPaymentArgs = z.object({
  invoiceId,
  input: z.object({
    // Positive here; exact to the invoice currency once the invoice is read.
    amount: z.string().refine((value) => isDecimal(value) && !value.trim().startsWith('-') && /[1-9]/.test(value), 'must be a positive amount'),
    paidOn: fields.isoDate.nullish(),
    reference: fields.optionalText,
  }),
  expectedVersion: fields.expectedVersion,
});

export const voidInvoiceArgs = z.object({
  id: invoiceId,
  reason: fields.optionalText,
  expectedVersion: fields.expectedVersion,
});
