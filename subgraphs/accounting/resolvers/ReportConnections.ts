import type { InvoiceReportConnectionResolvers, RevenueByClientMonthConnectionResolvers } from '../__generated__/resolvers-types.ts';

/** The reports' connections count their rows only when `totalCount` is selected (lib/reports/page.ts). */

export const RevenueByClientMonthConnection: RevenueByClientMonthConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

export const InvoiceReportConnection: InvoiceReportConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
