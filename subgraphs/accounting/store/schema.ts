import type { Selectable } from 'kysely';
import type { ScaledInt, VersionedColumns } from '../../../lib/store/columns.ts';
import type { ExternalIdTables } from '../../../lib/external-ids/table.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';
import type { InvoiceStatus } from '../__generated__/resolvers-types.ts';

/** Accounting's tables. The client an invoice is for appears only as an id (`client_id`). */
export interface AccountingDatabase extends PlatformTables, ExternalIdTables {
  invoices: InvoiceTable;
  invoice_lines: InvoiceLineTable;
  payments: PaymentTable;
  invoice_sequences: InvoiceSequenceTable;
  billed_time_entries: BilledTimeEntryTable;
}

export interface InvoiceTable extends VersionedColumns {
  id: string;
  client_id: string;
  /** `DRAFT-…` until issued, then `INV-YYYY-NNNNN`; unique. */
  number: string;
  currency: string;
  status: InvoiceStatus;
  /** Sum of the line amounts, fixed at creation. */
  total_minor: ScaledInt;
  issue_date: string | null;
  due_date: string | null;
  /** Units of `reporting_currency` per unit of `currency`, fixed at issue. */
  exchange_rate: string | null;
  reporting_currency: string | null;
  reporting_total_minor: ScaledInt | null;
  void_reason: string | null;
}

export interface InvoiceLineTable {
  invoice_id: string;
  position: number;
  description: string;
  /** Thousandths of a unit. */
  quantity_milli: ScaledInt;
  unit_price_minor: ScaledInt;
  amount_minor: ScaledInt;
}

export interface PaymentTable {
  id: string;
  invoice_id: string;
  amount_minor: ScaledInt;
  paid_on: string;
  reference: string | null;
  created_at: string;
}

/** The last number given out per issue year, so numbers run without gaps. */
export interface InvoiceSequenceTable {
  year: string;
  last_number: number;
}

/** Time logged in projects that an invoice bills (ids only: the hours stay with projects). */
export interface BilledTimeEntryTable {
  time_entry_id: string;
  project_id: string;
  invoice_id: string;
}

export type InvoiceRow = Selectable<InvoiceTable>;
export type InvoiceLineRecord = Selectable<InvoiceLineTable>;
export type PaymentRecord = Selectable<PaymentTable>;

/** Lines and payments are in their invoice's currency, which resolvers need to build Money. */
interface InInvoiceCurrency {
  currency: string;
}

export type InvoiceLineRow = InvoiceLineRecord & InInvoiceCurrency;
export type PaymentRow = PaymentRecord & InInvoiceCurrency;
