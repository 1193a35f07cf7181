import { defineLifecycle } from '../../lib/lifecycle.ts';
import type { InvoiceStatus } from './__generated__/resolvers-types.ts';

export const invoiceLifecycle = defineLifecycle<InvoiceStatus>('Invoice', {
  field: 'status',
  next: {
    DRAFT: ['SENT', 'VOID'],
    // Voiding a SENT invoice is further limited to one with nothing paid (voidInvoice).
    SENT: ['PAID', 'VOID'],
    PAID: [],
    VOID: [],
  },
  events: { SENT: 'issued', PAID: 'paid', VOID: 'voided' },
});
