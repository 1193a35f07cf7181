import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { isIsoDate } from '../../lib/dates.ts';
import { graphQLErrorBody } from '../../lib/http/http-errors.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import type { ServiceMetrics } from '../../lib/observability/metrics.ts';
import { acceptRequestId, REQUEST_ID_HEADER } from '../../lib/observability/request-id.ts';
import type { RequestScope } from '../../lib/observability/request-scope.ts';
import { REPORT_PAGE_SIZE_LIMIT } from '../../lib/reports/page.ts';
import type { GatewayContext } from '../context.ts';
import { CONTENT_TYPES, csvEncoder, ndjsonEncoder, type ExportFormat } from './encode.ts';
import type { ExecuteExportPage } from './execute.ts';
import { ExportFailure, Pager, rowsFrom } from './pages.ts';
import { exportReports, type ExportReport } from './reports.ts';

/**
 * GET /export/<report>.csv and .ndjson (docs/bi.md): a flat report, every page of it, streamed as
 * it is fetched. The caller is who /graphql says it is (the same Authorization: Bearer, the same
 * anonymous reader outside production), and each page is one trusted operation run through the
 * gateway (execute.ts). Whatever is wrong before the first row — an unknown report, a bad date, no
 * or a bad token, a refused or failed first page — is a GraphQL error body with its status; after
 * it, see rowsFrom (pages.ts).
 */

export interface ExportRoutesOptions {
  /** The caller's context, built exactly as /graphql builds it (throws UNAUTHENTICATED). */
  context: (request: IncomingMessage) => Promise<GatewayContext>;
  execute: ExecuteExportPage;
  logger: Logger;
  metrics: ServiceMetrics;
  /** Default: every report of reports.ts. */
  reports?: ReadonlyMap<string, ExportReport>;
  /** Rows asked for per page (default 1000, the reports' limit). */
  pageSize?: number;
}

const FILE = /^([a-z-]+)\.(csv|ndjson)$/;
const FILTERS = ['from', 'to'] as const;

export function exportRoutes(app: Express, options: ExportRoutesOptions): void {
  const reports = options.reports ?? exportReports();
  app.get('/export/:file', async (req: Request<{ file: string }>, res) => {
    const match = FILE.exec(req.params.file);
    const report = match?.[1] === undefined ? undefined : reports.get(match[1]);
    if (!match || !report) {
      const names = [...reports.keys()].join(', ');
      res.status(404).json(graphQLErrorBody('NOT_FOUND', `No export at ${req.path}: the reports are ${names}, each as .csv or .ndjson`));
      return;
    }
    const filters = filtersOf(req);
    if ('errors' in filters) {
      res.status(400).json(filters);
      return;
    }
    await serveExport(req, res, { ...options, report, format: match[2] as ExportFormat, filters });
  });
}

/** from and to (ISO dates, from ≤ to), or a BAD_USER_INPUT body naming each wrong parameter. */
function filtersOf(req: Request): Record<string, string> | ReturnType<typeof graphQLErrorBody> {
  const fields: { path: string[]; message: string }[] = [];
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query)) {
    if (!(FILTERS as readonly string[]).includes(name))
      fields.push({ path: [name], message: 'is not a parameter of an export: use from and to' });
    else if (typeof value !== 'string' || !isIsoDate(value))
      fields.push({ path: [name], message: 'must be an ISO-8601 date (YYYY-MM-DD), given once' });
    else filters[name] = value;
  }
  if (filters.from && filters.to && filters.to < filters.from)
    fields.push({ path: ['to'], message: `must not be before from (${filters.from})` });
  if (fields.length === 0) return filters;
  const summary = fields.map((field) => `${field.path.join('.')}: ${field.message}`).join('; ');
  return graphQLErrorBody('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields });
}

interface ServeOptions extends ExportRoutesOptions {
  report: ExportReport;
  format: ExportFormat;
  filters: Record<string, string>;
}

async function serveExport(req: Request, res: Response, options: ServeOptions): Promise<void> {
  const { report, format } = options;
  const started = performance.now();
  const requestId = acceptRequestId(req.headers[REQUEST_ID_HEADER]);
  const log = options.logger.child({ requestId });
  let context: GatewayContext;
  try {
    context = await options.context(req);
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error;
    answerRefusal(res, error);
    return;
  }
  // The pages stop (their subgraph fetches are aborted) as soon as the client goes away.
  const abandoned = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abandoned.abort(new Error('the client closed the export'));
  });
  const scope: RequestScope = {
    requestId,
    log,
    metrics: options.metrics,
    operation: report.operation.name,
    errorCodes: [],
    signal: abandoned.signal,
  };
  const pager = new Pager({ ...options, pageSize: options.pageSize ?? REPORT_PAGE_SIZE_LIMIT, context, scope });
  let rows = 0;
  const outcome = (extra: Record<string, unknown>) =>
    log.info(
      { export: report.name, format, rows, pages: pager.pages, durationMs: Math.round(performance.now() - started), ...extra },
      'export',
    );
  let first;
  try {
    first = await pager.fetch(null, false);
  } catch (error: unknown) {
    if (!(error instanceof ExportFailure)) throw error;
    res.status(error.status).json({ errors: error.errors });
    outcome({ status: error.status, code: error.code });
    return;
  }
  const range = `${options.filters.from ?? 'start'}_${options.filters.to ?? 'end'}`;
  res.status(200);
  res.setHeader('content-type', CONTENT_TYPES[format]);
  res.setHeader('content-disposition', `attachment; filename="${report.name}_${range}.${format}"`);
  res.setHeader('cache-control', 'no-store');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const source = Readable.from(rowsFrom(first, pager, format === 'ndjson'));
  source.on('data', () => (rows += 1));
  try {
    await pipeline(source, format === 'csv' ? csvEncoder(report) : ndjsonEncoder(), res);
    outcome({ status: 200 });
  } catch (error: unknown) {
    // The pipeline has destroyed the response: a CSV export is cut off, which its client sees.
    if (abandoned.signal.aborted) outcome({ status: 499 });
    else if (error instanceof ExportFailure) outcome({ status: 200, code: error.code, cut: true });
    else log.error({ err: error, export: report.name, rows }, 'export failed');
  }
}

/** A refused caller: the status and headers the error names (UNAUTHENTICATED: 401 with WWW-Authenticate), as /graphql sends them. */
function answerRefusal(res: Response, error: GraphQLError): void {
  const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const { http: _http, ...extensions } = error.extensions;
  res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions }] });
}
