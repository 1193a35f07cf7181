import type { Kysely } from 'kysely';
import { demoParts, type DemoSource, type SeedProgress } from '../../lib/demo/plan.ts';
import { bulkLoad } from '../../lib/store/bulk.ts';
import { lineAmount } from './amounts.ts';
import type { AccountingDatabase } from './store/schema.ts';

/** Issued invoices and payments of the demo company are stamped at 09:00 UTC on their date. */
const atNine = (date: string) => `${date}T09:00:00.000Z`;

const ISSUED_NUMBER = /^INV-(\d{4})-(\d+)$/;

/** Writes accounting's part of the demo company, a chunk at a time: invoices, their lines and payments, and the numbering. */
export async function seedAccounting(db: Kysely<AccountingDatabase>, source: DemoSource, progress: SeedProgress = () => {}): Promise<void> {
  const plan = demoParts(source);
  const lastNumbers = new Map<string, number>();
  await bulkLoad(db, ['invoices', 'invoice_lines', 'payments', 'invoice_sequences'], async (writer) => {
    for (const invoices of plan.invoices()) {
      for (const { number } of invoices) {
        const match = ISSUED_NUMBER.exec(number);
        if (!match?.[1] || !match[2]) continue;
        lastNumbers.set(match[1], Math.max(lastNumbers.get(match[1]) ?? 0, Number(match[2])));
      }
      await writer.insert(
        'invoices',
        invoices.map((invoice) => {
          const stamp = invoice.issueDate ? atNine(invoice.issueDate) : plan.createdAt;
          const total = invoice.lines.reduce((sum, line) => sum + lineAmount(BigInt(line.quantityMilli), BigInt(line.unitPriceMinor)), 0n);
          return {
            id: invoice.id,
            client_id: invoice.clientId,
            number: invoice.number,
            currency: invoice.currency,
            status: invoice.status,
            total_minor: Number(total),
            issue_date: invoice.issueDate,
            due_date: invoice.dueDate,
            exchange_rate: invoice.exchangeRate,
            reporting_currency: invoice.exchangeRate === null ? null : plan.reportingCurrency,
            reporting_total_minor: invoice.reportingTotalMinor,
            void_reason: null,
            version: 1,
            created_at: stamp,
            updated_at: stamp,
          };
        }),
      );
      const lines = invoices.flatMap((invoice) =>
        invoice.lines.map((line, index) => ({
          invoice_id: invoice.id,
          position: index + 1,
          description: line.description,
          quantity_milli: line.quantityMilli,
          unit_price_minor: line.unitPriceMinor,
          amount_minor: Number(lineAmount(BigInt(line.quantityMilli), BigInt(line.unitPriceMinor))),
        })),
      );
      await writer.insert('invoice_lines', lines);
      const payments = invoices.flatMap((invoice) =>
        invoice.payments.map((payment) => ({
          id: payment.id,
          invoice_id: invoice.id,
          amount_minor: payment.amountMinor,
          paid_on: payment.paidOn,
          reference: null,
          created_at: atNine(payment.paidOn),
        })),
      );
      await writer.insert('payments', payments);
      progress(invoices.length, invoices.length + lines.length + payments.length);
    }
    await writer.insert(
      'invoice_sequences',
      [...lastNumbers].map(([year, last_number]) => ({ year, last_number })),
    );
  });
}
