import { addDays, today } from '../../lib/dates.ts';
import { countRows, recordsWithValues, refusedBy, type EntityChecks } from '../../lib/quality/report.ts';
import { fields } from '../../lib/validation.ts';
import type { AccountingContext } from './context.ts';

/** A draft nobody has touched for this long was probably forgotten rather than still being written. */
const STALE_DRAFT_DAYS = 90;

/** What accounting checks of its own data for `accountingDataQuality` (lib/quality/report.ts runs and counts them). */
export function accountingQualityChecks({ db, references }: AccountingContext): EntityChecks[] {
  const invoices = db.selectFrom('invoices');
  const count = (table: string) => () => countRows(db, table);
  return [
    {
      entityType: 'Invoice',
      records: count('invoices'),
      checks: [
        {
          kind: 'MISSING_FIELD',
          field: 'dueDate',
          description: 'Issued invoices (SENT or PAID) without a due date',
          find: async () =>
            (await invoices.select('id').where('status', 'in', ['SENT', 'PAID']).where('due_date', 'is', null).execute()).map(({ id }) => ({
              id,
              problem: 'issued, with no due date',
            })),
        },
        {
          kind: 'INVALID_FORMAT',
          field: 'currencyCode',
          description: 'Invoices whose currency is not an ISO 4217 code',
          find: () =>
            recordsWithValues(
              db,
              'invoices',
              'currency',
              refusedBy(fields.currencyCode),
              (value) => `currency ${JSON.stringify(value)} is not an ISO 4217 code`,
            ),
        },
        {
          kind: 'UNKNOWN_REFERENCE',
          field: 'client',
          description: 'Invoices whose client crm does not have',
          find: () =>
            recordsWithValues(
              db,
              'invoices',
              'client_id',
              (ids) => references.missing('Client', ids),
              (id) => `client ${id} is not a crm client`,
            ),
        },
        {
          kind: 'STALE',
          field: null,
          description: `Drafts nobody has changed for ${STALE_DRAFT_DAYS} days`,
          find: async () =>
            (
              await invoices
                .select(['id', 'updated_at'])
                .where('status', '=', 'DRAFT')
                .where('updated_at', '<', addDays(today(), -STALE_DRAFT_DAYS))
                .execute()
            ).map((row) => ({ id: row.id, problem: `draft, last changed ${row.updated_at.slice(0, 10)}` })),
        },
      ],
    },
    {
      entityType: 'Payment',
      records: count('payments'),
      checks: [
        {
          kind: 'INVALID_FORMAT',
          field: 'paidOn',
          description: 'Payments dated before their invoice was issued',
          find: async () =>
            (
              await db
                .selectFrom('payments')
                .innerJoin('invoices', 'invoices.id', 'payments.invoice_id')
                .select(['payments.id', 'payments.paid_on', 'invoices.issue_date'])
                .whereRef('payments.paid_on', '<', 'invoices.issue_date')
                .execute()
            ).map((row) => ({ id: row.id, problem: `paid on ${row.paid_on}, before the invoice's issue date ${row.issue_date ?? ''}` })),
        },
      ],
    },
  ];
}
