import { ERRORS } from '../../../lib/errors.ts';
import { money } from '../../../lib/money.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import type { ClientResolvers } from '../__generated__/resolvers-types.ts';
import { invoiceCursor } from '../store/invoices.ts';

/** The CRM owns Client; accounting only adds what it knows about the client's money. */

const MAX_REVENUE_MONTHS = 120;

export const Client: ClientResolvers = {
  // Any client id gets an answer: one with no invoices simply has none (the CRM says whether it exists).
  __resolveReference: (reference) => ({ id: reference.id }),
  invoices: async (client, { first, after, status }, { loaders }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await loaders.invoicePageByClient({ page, status }).load(client.id);
    return toConnection(rows, page, totalCount, invoiceCursor);
  },
  revenue: async (client, { months }, { loaders, reportingCurrency }) => {
    if (!Number.isInteger(months) || months < 1 || months > MAX_REVENUE_MONTHS) {
      const message = `must be between 1 and ${MAX_REVENUE_MONTHS}`;
      throw ERRORS.BAD_USER_INPUT.err(`months ${message}`, { fields: [{ path: ['months'], message }] });
    }
    return money(await loaders.revenueByClient(months).load(client.id), reportingCurrency);
  },
  outstanding: async (client, _, { loaders, reportingCurrency }) =>
    money((await loaders.openBalancesByClient.load(client.id)).outstanding, reportingCurrency),
  overdue: async (client, _, { loaders, reportingCurrency }) =>
    money((await loaders.openBalancesByClient.load(client.id)).overdue, reportingCurrency),
};
