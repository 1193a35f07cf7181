import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../lib/dates.ts';
import { graphql } from '../__generated__/gql.ts';
import {
  ExportInvoicesDocument,
  ExportRevenueByMonthDocument,
  ExportTimeByWeekDocument,
  type ExportInvoicesQuery,
  type ExportRevenueByMonthQuery,
  type ExportTimeByWeekQuery,
} from '../__generated__/graphql.ts';
import { bearer, craftToken, fullAccessToken, tokenFor } from '../support/auth.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

/**
 * GET /export/<report>.csv|.ndjson against the whole product: each export holds exactly what the
 * GraphQL reports answer, paged through /graphql, to the cent; names survive CSV quoting; the
 * caller is who /graphql says it is; wrong input is refused before a row is sent.
 */

let stack: Stack;
let origin = '';

beforeAll(async () => {
  // More invoices than one page of the export (1,000 rows), so it pages.
  stack = await startStack({ seed: { clients: 40, employees: 12, invoices: 2_300, projects: 30 } });
  origin = new URL(stack.gatewayUrl).origin;
});
afterAll(() => stack.stop());

async function download(path: string, token?: string | null) {
  const headers = bearer(token === undefined ? await fullAccessToken(stack.config.auth) : token);
  const response = await fetch(`${origin}${path}`, { headers });
  // Decoded keeping a byte-order mark, which response.text() would drop.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}

/** A CSV export's records as objects keyed by its header row (csv-parse: RFC 4180, BOM removed). */
function csvRecords(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n' });
}

type Cells = Record<string, string>;

/** Every page of a report through /graphql, `size` rows at a time. */
async function viaGraphQL<T>(
  ask: (after: string | null) => Promise<GraphQLResult<T>>,
  connectionOf: (data: T) => { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
): Promise<unknown[]> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: GraphQLResult<T> = await ask(after);
    expect(answer.errors).toBeUndefined();
    if (!answer.data) throw new Error('no data');
    const connection = connectionOf(answer.data);
    nodes.push(...connection.edges);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

const text = (value: string | null | undefined) => value ?? '';

describe('GET /export', () => {
  it('exports every invoice with its client and account manager, to the cent, as the GraphQL report answers', async () => {
    const edges = (await viaGraphQL(
      (after) => stack.query(ExportInvoicesDocument, { first: 400, after }),
      (data: ExportInvoicesQuery) => data.invoiceReport,
    )) as ExportInvoicesQuery['invoiceReport']['edges'];
    expect(edges.length).toBeGreaterThan(2_000);
    const expected: Cells[] = edges.map(({ node }) => ({
      invoice_id: node.id,
      number: node.number,
      status: node.status,
      issue_date: text(node.issueDate),
      due_date: text(node.dueDate),
      overdue: String(node.overdue),
      client_id: node.client.id,
      client_name: node.client.name,
      account_manager_id: text(node.client.accountManager?.id),
      account_manager_name: text(node.client.accountManager?.name),
      currency: node.total.currencyCode,
      total: node.total.amount,
      amount_paid: node.amountPaid.amount,
      balance: node.balance.amount,
    }));
    const csv = await download('/export/invoices.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="invoices_start_end.csv"');
    expect(csvRecords(csv.text)).toEqual(expected);
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFinvoice_id,number,status,issue_date,due_date,overdue,client_id,client_name,account_manager_id,account_manager_name,currency,total,amount_paid,balance',
    );
    const ndjson = await download('/export/invoices.ndjson');
    expect(ndjson.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = ndjson.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(expected.length);
    expect(lines[0]).toEqual({
      ...expected[0],
      overdue: edges[0]?.node.overdue,
      issue_date: edges[0]?.node.issueDate,
      due_date: edges[0]?.node.dueDate,
    });
  });

  it('exports revenue by client by month and time by week as their reports answer, within the dates asked for', async () => {
    const from = `${today().slice(0, 4)}-01-01`;
    const to = today();
    const revenue = (await viaGraphQL(
      (after) => stack.query(ExportRevenueByMonthDocument, { first: 1000, after, from, to }),
      (data: ExportRevenueByMonthQuery) => data.revenueByClientByMonth,
    )) as ExportRevenueByMonthQuery['revenueByClientByMonth']['edges'];
    expect(revenue.length).toBeGreaterThan(0);
    const revenueCsv = await download(`/export/revenue-by-month.csv?from=${from}&to=${to}`);
    expect(revenueCsv.headers.get('content-disposition')).toBe(`attachment; filename="revenue-by-month_${from}_${to}.csv"`);
    expect(csvRecords(revenueCsv.text)).toEqual(
      revenue.map(({ node }) => ({
        month: node.month,
        client_id: node.client.id,
        client_name: node.client.name,
        account_manager_id: text(node.client.accountManager?.id),
        account_manager_name: text(node.client.accountManager?.name),
        revenue: node.revenue.amount,
        currency: node.revenue.currencyCode,
        invoices: String(node.invoices),
      })),
    );
    // Every month of the range, and its revenue summed to the cent (integer minor units) both ways.
    const cents = (amounts: string[]) => amounts.reduce((sum, amount) => sum + BigInt(amount.replace('.', '')), 0n);
    expect(cents(csvRecords(revenueCsv.text).map((row) => row.revenue ?? '0'))).toBe(cents(revenue.map(({ node }) => node.revenue.amount)));

    const time = (await viaGraphQL(
      (after) => stack.query(ExportTimeByWeekDocument, { first: 1000, after }),
      (data: ExportTimeByWeekQuery) => data.timeByWeek,
    )) as ExportTimeByWeekQuery['timeByWeek']['edges'];
    expect(time.length).toBeGreaterThan(100);
    const timeNdjson = await download('/export/time-by-week.ndjson');
    expect(
      timeNdjson.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(
      time.map(({ node }) => ({
        week: node.week,
        project_id: node.project.id,
        project_name: node.project.name,
        client_id: node.project.client.id,
        client_name: node.project.client.name,
        employee_id: node.employee.id,
        employee_name: node.employee.name,
        hours: node.hours,
        billable_hours: node.billableHours,
      })),
    );
  });

  it('quotes names with commas, quotes and line breaks (RFC 4180) and keeps a name from reading as a formula', async () => {
    const awkward = 'Smith, "Jones" & Co\nLondon';
    const formula = '=HYPERLINK("http://example.test")';
    const ids: string[] = [];
    for (const name of [awkward, formula]) {
      const created = await stack.query(
        graphql(`
          mutation ExportAwkwardClient($name: String!) {
            createClient(input: { name: $name, status: ACTIVE }) {
              id
            }
          }
        `),
        { name },
      );
      const clientId = created.data?.createClient.id ?? '';
      ids.push(clientId);
      const invoice = await stack.query(
        graphql(`
          mutation ExportAwkwardInvoice($clientId: ID!) {
            createInvoice(
              input: { clientId: $clientId, currencyCode: "EUR", lines: [{ description: "Work", quantity: "1", unitPrice: "1234.5" }] }
            ) {
              id
            }
          }
        `),
        { clientId },
      );
      const issued = await stack.query(
        graphql(`
          mutation ExportAwkwardIssue($id: ID!) {
            issueInvoice(id: $id) {
              status
            }
          }
        `),
        { id: invoice.data?.createInvoice.id ?? '' },
      );
      expect(issued.data?.issueInvoice.status).toBe('SENT');
    }
    const csv = await download(`/export/invoices.csv?from=${today()}`);
    expect(csv.text).toContain('"Smith, ""Jones"" & Co\nLondon"');
    const records = csvRecords(csv.text);
    expect(records.find((row) => row.client_id === ids[0])).toMatchObject({ client_name: awkward, total: '1234.50', currency: 'EUR' });
    expect(records.find((row) => row.client_id === ids[1])).toMatchObject({ client_name: `'${formula}` });
    // NDJSON is data, not a spreadsheet: the name as it is.
    const ndjson = await download(`/export/invoices.ndjson?from=${today()}`);
    expect(ndjson.text).toContain(JSON.stringify(formula));
  });

  it('serves the caller /graphql would serve: anonymous reads in development, 401 for a bad token, 403 without read', async () => {
    const anonymous = await download('/export/revenue-by-month.csv', null);
    expect(anonymous.status).toBe(200);
    const forged = await craftToken({ secret: 'not-the-secret-at-all-not-the-secret' });
    const refused = await download('/export/invoices.csv', forged);
    const graphqlRefused = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(forged) },
      body: JSON.stringify({ query: '{ reportingCurrency }' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.status).toBe(graphqlRefused.status);
    expect(refused.headers.get('www-authenticate')).toBe(graphqlRefused.headers.get('www-authenticate'));
    expect(JSON.parse(refused.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const writer = await tokenFor(['crm:write'], { subject: 'no-reader' });
    const forbidden = await download('/export/time-by-week.ndjson', writer);
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.text)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('refuses an unknown report (404) and bad dates (400, BAD_USER_INPUT) before any row', async () => {
    for (const path of ['/export/payroll.csv', '/export/invoices.xlsx', '/export/invoices']) {
      const unknown = await download(path);
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    const cases: [string, string[]][] = [
      ['from=2026-02-30', ['from']],
      ['from=yesterday&to=2026-01-01', ['from']],
      ['from=2026-03-01&to=2026-02-01', ['to']],
      ['from=2026-01-01&from=2026-02-01', ['from']],
      ['since=2026-01-01', ['since']],
    ];
    for (const [query, paths] of cases) {
      const refused = await download(`/export/invoices.csv?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(refused.text) as { errors: { extensions: { code: string; fields: { path: string[] }[] } }[] };
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.extensions.fields.map((field) => field.path[0])).toEqual(paths);
    }
  });

  it('answers a domain that is down with its SUBGRAPH_UNAVAILABLE error before any row', async () => {
    await stack.stopSubgraph('accounting');
    // A range nothing asked for before, so no cached answer stands in for the domain.
    const down = await download('/export/invoices.csv?from=2001-01-01');
    expect(down.status).toBe(502);
    expect(JSON.parse(down.text)).toMatchObject({ errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'accounting' } }] });
  });
});

describe('GET /export with TRUSTED_DOCUMENTS=true', () => {
  it('runs, since its pages are trusted documents, while a document of the caller’s own is refused', async () => {
    const trusted = await startStack({ seed: { clients: 6, employees: 4, invoices: 30, projects: 3 }, env: { TRUSTED_DOCUMENTS: 'true' } });
    try {
      const exported = await fetch(`${new URL(trusted.gatewayUrl).origin}/export/invoices.ndjson`, {
        headers: bearer(await fullAccessToken(trusted.config.auth)),
      });
      expect(exported.status).toBe(200);
      const lines = (await exported.text()).trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.some((line) => line.includes('"error"'))).toBe(false);
      const own = await trusted.query('{ invoiceReport(first: 1) { totalCount } }');
      expect(own.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    } finally {
      await trusted.stop();
    }
  });
});
