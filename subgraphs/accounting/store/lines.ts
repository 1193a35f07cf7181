import type { Kysely } from 'kysely';
import type { AccountingDatabase, InvoiceLineRecord } from './schema.ts';

/** An invoice's lines, in the order they were given; written with the invoice (insertInvoice), never changed. */

type Db = Kysely<AccountingDatabase>;

export function linesByInvoiceIds(db: Db, invoiceIds: readonly string[]): Promise<InvoiceLineRecord[]> {
  return db
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', 'in', invoiceIds)
    .orderBy('invoice_id')
    .orderBy('position')
    .execute();
}
