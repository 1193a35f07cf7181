import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Client } from './Client.ts';
import { Invoice } from './Invoice.ts';
import { InvoiceLine } from './InvoiceLine.ts';
import { Mutation } from './Mutation.ts';
import { Payment } from './Payment.ts';
import { Query } from './Query.ts';
import { InvoiceReportConnection, RevenueByClientMonthConnection } from './ReportConnections.ts';
import { RevenueByClientMonth } from './RevenueByClientMonth.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Client,
  Invoice,
  InvoiceLine,
  Payment,
  RevenueByClientMonth,
  RevenueByClientMonthConnection,
  InvoiceReportConnection,
};
