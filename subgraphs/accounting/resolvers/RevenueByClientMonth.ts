import { entityRef } from '../../../lib/federation.ts';
import { money } from '../../../lib/money.ts';
import type { RevenueByClientMonthResolvers } from '../__generated__/resolvers-types.ts';

/** A row of the revenue report; the client is the CRM's, so only its id goes out. */
export const RevenueByClientMonth: RevenueByClientMonthResolvers = {
  client: (row) => entityRef('Client', row.clientId),
  month: (row) => row.month,
  revenue: (row, _, { reportingCurrency }) => money(row.revenue, reportingCurrency),
  invoices: (row) => row.invoices,
};
