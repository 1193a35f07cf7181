import { formatScaled, money } from '../../../lib/money.ts';
import type { InvoiceLineResolvers } from '../__generated__/resolvers-types.ts';
import { QUANTITY_SCALE } from '../amounts.ts';

export const InvoiceLine: InvoiceLineResolvers = {
  quantity: (line) => formatScaled(BigInt(line.quantity_milli), QUANTITY_SCALE),
  unitPrice: (line) => money(line.unit_price_minor, line.currency),
  amount: (line) => money(line.amount_minor, line.currency),
};
