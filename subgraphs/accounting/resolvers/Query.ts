import { lookupByExternalId } from '../../../lib/external-ids/fields.ts';
import { dataQualityReport } from '../../../lib/quality/report.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { addMonths, today } from '../../../lib/dates.ts';
import { badInput, idArgument, validate } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { revenueArgs, revenueRankCursor } from '../inputs.ts';
import { invoiceCursor, listInvoices } from '../store/invoices.ts';
import { rankClientsByRevenue, rankCursor } from '../store/revenue-ranking.ts';
import { accountingQualityChecks } from '../quality.ts';
import { invoiceReport, revenueReport } from '../reports.ts';

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(idArgument('id', id, 'inv')),
  invoiceByExternalId: async (_, args, { db, loaders }) => {
    const id = await lookupByExternalId(db, 'Invoice', args);
    return id ? loaders.invoice.load(id) : null;
  },
  invoices: async (_, { first, after, clientId, status, overdue }, { db }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await listInvoices(db, page, {
      clientId: idArgument('clientId', clientId, 'cli'),
      status,
      overdue: typeof overdue === 'boolean' ? { value: overdue, today: today() } : null,
    });
    return toConnection(rows, page, totalCount, invoiceCursor);
  },
  reportingCurrency: (_, __, { reportingCurrency }) => reportingCurrency,
  // The ranking names clients by id; the gateway asks the CRM for the rest of each (rule 1).
  clientsByRevenue: async (_, { months, first, after }, { db, reportingCurrency }) => {
    validate(revenueArgs, { months });
    const page = pageRequest({ first, after });
    if (page.after && !revenueRankCursor.safeParse(page.after).success) throw badInput(['after'], 'not a valid cursor');
    const until = today();
    const { rows, totalCount } = await rankClientsByRevenue(db, { since: addMonths(until, -months), until, reportingCurrency }, page);
    return toConnection(rows, page, totalCount, rankCursor);
  },
  accountingAuditLog: (_, { actor, first, after }, { loaders }) => loaders.audit.byActor(actor, { first, after }),
  accountingDataQuality: (_, { examples }, context) => dataQualityReport('accounting', accountingQualityChecks(context), examples),
  revenueByClientByMonth: (_, args, context) => revenueReport(args, context),
  invoiceReport: (_, args, context) => invoiceReport(args, context),
};
