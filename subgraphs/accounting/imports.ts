import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { ERRORS } from '../../lib/errors.ts';
import { entitiesByExternalIds } from '../../lib/external-ids/store.ts';
import { newId } from '../../lib/ids.ts';
import { aboutField, changesOf, foundId, importRows, rowReference, type ImportReport, type RowOutcome } from '../../lib/imports/run.ts';
import { assertTransition } from '../../lib/lifecycle.ts';
import { formatScaled, minorDigits } from '../../lib/money.ts';
import type { ExternalReference, Reference, RowReferenceChecks } from '../../lib/references.ts';
import type { importInvoicesArgs } from './inputs.ts';
import { issue, pay, voidInvoice } from './invoice-steps.ts';
import { invoiceLifecycle } from './lifecycles.ts';
import { insertDraftInvoice, invoices, reviseDraft, type NewLine } from './store/invoices.ts';
import { linesByInvoiceIds } from './store/lines.ts';
import { paymentsByInvoiceIds } from './store/payments.ts';
import type { AccountingDatabase, InvoiceRow } from './store/schema.ts';

type Args = z.output<typeof importInvoicesArgs>;
type Row = Extract<Args['rows'][number], { ok: true }>['row'];
type Status = InvoiceRow['status'];

/** What an invoice says about itself, beside its row: its lines and what has been paid. */
interface Stored {
  invoice: InvoiceRow;
  lines: string;
  paidMinor: bigint;
}

/**
 * importInvoices, row by row (lib/imports/run.ts). An invoice the import's system does not know
 * yet is created as createInvoice makes one (a DRAFT), holding the row's external id; then, for
 * a new or a stored one, the row's state is reached through the invoice's own steps
 * (invoice-steps.ts: issue, pay, void), each checked by its lifecycle. The client, currency and
 * lines change only on a DRAFT; what issuing fixed (the dates) and what was paid never go back:
 * those rows are INVALID_TRANSITION, and nothing of them is written.
 */
export async function importInvoices(
  trx: Kysely<AccountingDatabase>,
  { system, rows, dryRun }: Args,
  checks: RowReferenceChecks,
  reportingCurrency: string,
): Promise<ImportReport> {
  const known = await entitiesByExternalIds(
    trx,
    'Invoice',
    system,
    rows.map((row) => row.externalId),
  );
  const stored = await storedInvoices(trx, [...known.values()]);
  return importRows(trx, { rows, dryRun }, checks.refusals, async (row, index): Promise<RowOutcome> => {
    const id = known.get(row.externalId);
    const current = id ? (stored.get(id) ?? (await storedInvoices(trx, [id])).get(id)) : undefined;
    const target: Status = row.status ?? current?.invoice.status ?? 'DRAFT';
    const issued = target === 'SENT' || target === 'PAID';
    const paidMinor = row.paidMinor ?? (target === 'PAID' ? row.total : undefined);
    const digits = minorDigits(row.currency);
    const wanted = {
      clientId: row.clientId ?? foundId(checks, index, 'clientExternalId'),
      currencyCode: row.currency,
      lines: linesKey(row.lines),
      status: row.status ?? undefined,
      // Dates count only for an invoice that is, or is to be, issued; a DRAFT has none.
      issueDate: issued ? (row.issueDate ?? undefined) : undefined,
      dueDate: issued ? (row.dueDate ?? undefined) : undefined,
      amountPaid: paidMinor === undefined ? undefined : formatScaled(paidMinor, digits),
      voidReason: target === 'VOID' ? row.voidReason : undefined,
    };
    const changedFields = changesOf(wanted, current ? asApiFields(current) : {});
    if (current && changedFields.length === 0) return { outcome: 'UNCHANGED', id: current.invoice.id, changedFields };
    if (current) assertChangeable(current, changedFields, paidMinor);
    const lines = row.lines.map((line): NewLine => ({
      description: line.description,
      quantity_milli: Number(line.quantityMilli),
      unit_price_minor: Number(line.unitPriceMinor),
      amount_minor: Number(line.amountMinor),
    }));
    const clientId = wanted.clientId;
    if (!clientId) throw ERRORS.INTERNAL_SERVER_ERROR.err('a confirmed client has no id');
    let invoice = current
      ? current.invoice
      : await insertDraftInvoice(trx, { id: newId('inv'), clientId, currency: row.currency }, lines, [{ system, id: row.externalId }]);
    if (current && changedFields.some((field) => field === 'clientId' || field === 'currencyCode' || field === 'lines')) {
      invoice = await reviseDraft(trx, invoice, { clientId, currency: row.currency }, lines);
    }
    invoice = await moveTo(trx, invoice, target, row, reportingCurrency);
    const toPay = (paidMinor ?? 0n) - (current?.paidMinor ?? 0n);
    if (toPay > 0n) {
      invoice = await aboutField('amountPaid', () =>
        pay(trx, invoice.id, { amount: formatScaled(toPay, digits), paidOn: row.paidOn }, null, (field) => [
          field === 'amount' ? 'amountPaid' : field,
        ]),
      );
    }
    // A later row of the same call with this external id finds the invoice as this one left it.
    known.set(row.externalId, invoice.id);
    stored.delete(invoice.id);
    return { outcome: current ? 'UPDATED' : 'CREATED', id: invoice.id, changedFields };
  });
}

/** The row's client, by id or by external id, for the write path to ask the CRM of every row at once. */
export function importReferences({ rows }: Args): (Reference | ExternalReference)[] {
  return rows.flatMap((parsed, index) => {
    if (!parsed.ok) return [];
    const { clientId, clientExternalId } = parsed.row;
    if (clientId) return [rowReference(index, 'clientId', { typename: 'Client', id: clientId })];
    return clientExternalId ? [rowReference(index, 'clientExternalId', { typename: 'Client', externalId: clientExternalId })] : [];
  });
}

/**
 * Moves `invoice` to `target` by its lifecycle's steps: issuing a DRAFT (for SENT and PAID: a PAID
 * one then by its payment), voiding; a move the lifecycle does not allow is INVALID_TRANSITION.
 */
async function moveTo(trx: Kysely<AccountingDatabase>, invoice: InvoiceRow, target: Status, row: Row, reportingCurrency: string) {
  if (target === invoice.status) return invoice;
  return aboutField('status', async () => {
    if (target === 'VOID') return voidInvoice(trx, invoice.id, row.voidReason);
    if (invoice.status === 'DRAFT') {
      return issue(trx, invoice.id, { issueDate: row.issueDate, dueDate: row.dueDate }, reportingCurrency, null, (field) => [field]);
    }
    // SENT → PAID happens by the payment; anything else (backwards) is refused here.
    if (!(invoice.status === 'SENT' && target === 'PAID')) assertTransition(invoiceLifecycle, invoice.id, invoice.status, target);
    return invoice;
  });
}

/** Refuses, as INVALID_TRANSITION naming the row's fields, changes the stored invoice's state no longer allows. */
function assertChangeable({ invoice, paidMinor }: Stored, changedFields: string[], wantedPaid: bigint | undefined): void {
  const refuse = (fields: string[], why: string) =>
    ERRORS.INVALID_TRANSITION.err(`Invoice ${invoice.id} is ${invoice.status}: ${why}`, {
      entity: 'Invoice',
      id: invoice.id,
      from: invoice.status,
      fields: fields.map((field) => ({ path: [field], message: why })),
    });
  const content = changedFields.filter((field) => ['clientId', 'currencyCode', 'lines'].includes(field));
  if (content.length && invoice.status !== 'DRAFT') throw refuse(content, 'its client, currency and lines change only while it is a DRAFT');
  const dates = changedFields.filter((field) => field === 'issueDate' || field === 'dueDate');
  if (dates.length && invoice.issue_date !== null) throw refuse(dates, 'its dates were fixed when it was issued');
  if (wantedPaid !== undefined && wantedPaid < paidMinor) throw refuse(['amountPaid'], 'payments recorded are never taken back');
  if (changedFields.includes('voidReason') && invoice.status === 'VOID') throw refuse(['voidReason'], 'VOID is final');
}

/** Stored invoices with their lines and payments, by id: three statements for all of an import's. */
async function storedInvoices(trx: Kysely<AccountingDatabase>, ids: readonly string[]): Promise<Map<string, Stored>> {
  const rows = await invoices.forWriteAll(trx, ids);
  const found = [...rows.keys()];
  const [lines, payments] = found.length ? await Promise.all([linesByInvoiceIds(trx, found), paymentsByInvoiceIds(trx, found)]) : [[], []];
  return new Map(
    [...rows].map(([id, invoice]) => [
      id,
      {
        invoice,
        lines: linesKey(
          lines
            .filter((line) => line.invoice_id === id)
            .map((line) => ({ description: line.description, quantityMilli: line.quantity_milli, unitPriceMinor: line.unit_price_minor })),
        ),
        paidMinor: payments.filter((payment) => payment.invoice_id === id).reduce((sum, payment) => sum + BigInt(payment.amount_minor), 0n),
      },
    ]),
  );
}

/** Lines as one comparable value: description, quantity and unit price of each, in order. */
function linesKey(lines: readonly { description: string; quantityMilli: bigint | number; unitPriceMinor: bigint | number }[]): string {
  return JSON.stringify(lines.map((line) => [line.description, String(line.quantityMilli), String(line.unitPriceMinor)]));
}

/** A stored invoice under the row's field names, to compare an import row with. */
function asApiFields({ invoice, lines, paidMinor }: Stored) {
  return {
    clientId: invoice.client_id,
    currencyCode: invoice.currency,
    lines,
    status: invoice.status,
    issueDate: invoice.issue_date,
    dueDate: invoice.due_date,
    amountPaid: formatScaled(paidMinor, minorDigits(invoice.currency)),
    voidReason: invoice.void_reason,
  };
}
