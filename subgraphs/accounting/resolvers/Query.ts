import { lookupByExternalId } from '../../../lib/external-ids/fields.ts';
import { dataQualityReport } from '../../../lib/quality/report.ts';
import { pageRequest, toConnection } from '../../../lib/store/pagination.ts';
import { idArgument } from '../../../lib/validation.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { invoiceCursor, listInvoices } from '../store/invoices.ts';
import { accountingQualityChecks } from '../quality.ts';
import { invoiceReport, revenueReport } from '../reports.ts';

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(idArgument('id', id, 'inv')),
  invoiceByExternalId: async (_, args, { db, loaders }) => {
    const id = await lookupByExternalId(db, 'Invoice', args);
    return id ? loaders.invoice.load(id) : null;
  },
  invoices: async (_, { first, after, clientId, status }, { db }) => {
    const page = pageRequest({ first, after });
    const { rows, totalCount } = await listInvoices(db, page, { clientId: idArgument('clientId', clientId, 'cli'), status });
    return toConnection(rows, page, totalCount, invoiceCursor);
  },
  reportingCurrency: (_, __, { reportingCurrency }) => reportingCurrency,
  accountingAuditLog: (_, { actor, first, after }, { loaders }) => loaders.audit.byActor(actor, { first, after }),
  accountingDataQuality: (_, { examples }, context) => dataQualityReport('accounting', accountingQualityChecks(context), examples),
  revenueByClientByMonth: (_, args, context) => revenueReport(args, context),
  invoiceReport: (_, args, context) => invoiceReport(args, context),
};
