import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind } from 'graphql';
import {
  ExportInvoicesDocument,
  ExportRevenueByMonthDocument,
  ExportTimeByWeekDocument,
  type ExportInvoicesQuery,
  type ExportRevenueByMonthQuery,
  type ExportTimeByWeekQuery,
} from '../../lib/operations/__generated__/graphql.ts';
import { loadManifest } from '../../lib/operations/manifest.ts';

/**
 * The reports GET /export/<name>.csv|.ndjson serves. Each is a named operation of
 * lib/operations/ (so a trusted document: it runs under TRUSTED_DOCUMENTS=true too) that reads
 * one page of a flat reporting connection, and the columns a row of it becomes. Amounts are the
 * API's decimals, exact, with their currency in a column of its own.
 */

/** One cell: text, a decimal or date as the API writes it, a count, a flag, or empty. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A trusted document as the gateway runs it: its name, its manifest id and text. */
export interface ExportOperation {
  name: string;
  /** The manifest's id without its `sha256:` prefix: Apollo's persistedQuery.sha256Hash. */
  sha256Hash: string;
  text: string;
}

export interface ReportPage {
  rows: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ExportReport {
  name: string;
  operation: ExportOperation;
  /** Column names, in order: the CSV header and the NDJSON keys. */
  columns: string[];
  /** Columns of free text (names), which a spreadsheet must never read as a formula. */
  textColumns: ReadonlySet<string>;
  /** A page of the answer's connection, as rows. */
  page(data: unknown): ReportPage;
}

interface Column<Node> {
  name: string;
  value: (node: Node) => Cell;
  /** Free text entered by people (default false). */
  text?: boolean;
}

interface Connection<Node> {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What every export operation takes: a page and the date range. */
interface ExportVariables {
  first: number;
  after?: string | null;
  from?: string | null;
  to?: string | null;
}

type ExportDocument<Data> = TypedDocumentNode<Data, ExportVariables> & { __meta__?: { hash?: string } };

function operationOf(document: ExportDocument<unknown>, manifest: ReadonlyMap<string, string>): ExportOperation {
  const id = document.__meta__?.hash ?? '';
  const text = manifest.get(id);
  const definition = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  // Both are written by `npm run codegen` from the same files: a mismatch is a stale build.
  if (text === undefined || !definition?.name)
    throw new Error(`${id || 'an export document'} is not in the trusted-documents manifest: run npm run codegen`);
  return { name: definition.name.value, sha256Hash: id.replace(/^sha256:/, ''), text };
}

function defineReport<Data, Node>(
  name: string,
  document: ExportDocument<Data>,
  connectionOf: (data: Data) => Connection<Node>,
  columns: Column<Node>[],
  manifest: ReadonlyMap<string, string>,
): ExportReport {
  return {
    name,
    operation: operationOf(document, manifest),
    columns: columns.map((column) => column.name),
    textColumns: new Set(columns.filter((column) => column.text).map((column) => column.name)),
    page(data) {
      // The gateway validated the answer against the document this type was generated from.
      const connection = connectionOf(data as Data);
      return {
        rows: connection.edges.map(({ node }) => Object.fromEntries(columns.map((column) => [column.name, column.value(node)]))),
        hasNextPage: connection.pageInfo.hasNextPage,
        endCursor: connection.pageInfo.endCursor,
      };
    },
  };
}

type RevenueNode = ExportRevenueByMonthQuery['revenueByClientByMonth']['edges'][number]['node'];
type InvoiceNode = ExportInvoicesQuery['invoiceReport']['edges'][number]['node'];
type TimeNode = ExportTimeByWeekQuery['timeByWeek']['edges'][number]['node'];

/** Every report by its name in the URL. */
export function exportReports(manifest: ReadonlyMap<string, string> = loadManifest()): ReadonlyMap<string, ExportReport> {
  const reports = [
    defineReport<ExportRevenueByMonthQuery, RevenueNode>(
      'revenue-by-month',
      ExportRevenueByMonthDocument,
      (data) => data.revenueByClientByMonth,
      [
        { name: 'month', value: (node) => node.month },
        { name: 'client_id', value: (node) => node.client.id },
        { name: 'client_name', value: (node) => node.client.name, text: true },
        { name: 'account_manager_id', value: (node) => node.client.accountManager?.id ?? null },
        { name: 'account_manager_name', value: (node) => node.client.accountManager?.name ?? null, text: true },
        { name: 'revenue', value: (node) => node.revenue.amount },
        { name: 'currency', value: (node) => node.revenue.currencyCode },
        { name: 'invoices', value: (node) => node.invoices },
      ],
      manifest,
    ),
    defineReport<ExportInvoicesQuery, InvoiceNode>(
      'invoices',
      ExportInvoicesDocument,
      (data) => data.invoiceReport,
      [
        { name: 'invoice_id', value: (node) => node.id },
        { name: 'number', value: (node) => node.number },
        { name: 'status', value: (node) => node.status },
        { name: 'issue_date', value: (node) => node.issueDate },
        { name: 'due_date', value: (node) => node.dueDate },
        { name: 'overdue', value: (node) => node.overdue },
        { name: 'client_id', value: (node) => node.client.id },
        { name: 'client_name', value: (node) => node.client.name, text: true },
        { name: 'account_manager_id', value: (node) => node.client.accountManager?.id ?? null },
        { name: 'account_manager_name', value: (node) => node.client.accountManager?.name ?? null, text: true },
        { name: 'currency', value: (node) => node.total.currencyCode },
        { name: 'total', value: (node) => node.total.amount },
        { name: 'amount_paid', value: (node) => node.amountPaid.amount },
        { name: 'balance', value: (node) => node.balance.amount },
      ],
      manifest,
    ),
    defineReport<ExportTimeByWeekQuery, TimeNode>(
      'time-by-week',
      ExportTimeByWeekDocument,
      (data) => data.timeByWeek,
      [
        { name: 'week', value: (node) => node.week },
        { name: 'project_id', value: (node) => node.project.id },
        { name: 'project_name', value: (node) => node.project.name, text: true },
        { name: 'client_id', value: (node) => node.project.client.id },
        { name: 'client_name', value: (node) => node.project.client.name, text: true },
        { name: 'employee_id', value: (node) => node.employee.id },
        { name: 'employee_name', value: (node) => node.employee.name, text: true },
        { name: 'hours', value: (node) => node.hours },
        { name: 'billable_hours', value: (node) => node.billableHours },
      ],
      manifest,
    ),
  ];
  return new Map(reports.map((report) => [report.name, report]));
}
