import type { Kysely } from 'kysely';
import { toMinor } from '../../../lib/money.ts';
import { immutableTable } from '../../../lib/writes/versioned.ts';
import type { AccountingDatabase, PaymentRecord, PaymentTable } from './schema.ts';

/** Payments against invoices. */

type Db = Kysely<AccountingDatabase>;

export function paymentsByInvoiceIds(db: Db, invoiceIds: readonly string[]): Promise<PaymentRecord[]> {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('invoice_id', 'in', invoiceIds)
    .orderBy('paid_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Minor units paid against one invoice so far. */
export async function paidMinor(db: Db, invoiceId: string): Promise<bigint> {
  const { paid } = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.sum<number | string | null>('amount_minor').as('paid'))
    .where('invoice_id', '=', invoiceId)
    .executeTakeFirstOrThrow();
  return toMinor(paid);
}

/** Payments never change, so their audit row is their only version, 1 (the invoice's own row follows). */
export const payments = immutableTable<AccountingDatabase, PaymentTable>('payments', 'Payment');
