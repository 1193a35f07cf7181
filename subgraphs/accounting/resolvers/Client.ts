import { money } from '../../../lib/money.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { validate } from '../../../lib/validation.ts';
import type { ClientResolvers } from '../__generated__/resolvers-types.ts';
import * as inputs from '../inputs.ts';
import { invoiceCursor } from '../store/invoices.ts';

/** The CRM owns Client; accounting only adds what it knows about the client's money. */

export const Client: ClientResolvers = {
  // Any client id gets an answer: one with no invoices simply has none (the CRM says whether it exists).
  __resolveReference: (reference) => ({ id: reference.id }),
  invoices: async (client, { first, after, status }, { loaders }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await loaders.invoicePageByClient({ page, status }).load(client.id);
    return toConnection(rows, page, totalCount, invoiceCursor);
  },
  revenue: async (client, args, { loaders, reportingCurrency }) => {
    const { months } = validate(inputs.revenueArgs, args);
    return money(await loaders.revenueByClient(months).load(client.id), reportingCurrency);
  },
  revenueByMonth: async (client, args, { loaders, reportingCurrency }) => {
    const { months } = validate(inputs.revenueByMonthArgs, args);
    const series = await loaders.revenueByMonth(months).load(client.id);
    return series.map((entry) => ({ month: entry.month, revenue: money(entry.revenue, reportingCurrency), invoices: entry.invoices }));
  },
  outstanding: async (client, _, { loaders, reportingCurrency }) =>
    money((await loaders.openBalancesByClient.load(client.id)).outstanding, reportingCurrency),
  overdue: async (client, _, { loaders, reportingCurrency }) =>
    money((await loaders.openBalancesByClient.load(client.id)).overdue, reportingCurrency),
};
