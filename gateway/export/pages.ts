import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLFormattedError } from 'graphql';
import { ERRORS, isErrorCode } from '../../lib/errors.ts';
import type { RequestScope } from '../../lib/observability/request-scope.ts';
import type { GatewayContext } from '../context.ts';
import type { ExportErrorLine } from './encode.ts';
import type { ExecuteExportPage } from './execute.ts';
import type { ExportReport, ReportPage, Row } from './reports.ts';

/** Paging through a report's connection, one page ahead of what has been written. */

/** A page the gateway answered with errors: the export's status before any row, its last line after. */
export class ExportFailure extends Error {
  override name = 'ExportFailure';
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'the page failed');
  }

  get code(): string {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  }

  /** The status of an export refused before its first row: the registry's, else what the code means over HTTP. */
  get status(): number {
    const code = this.code;
    return (isErrorCode(code) ? ERRORS[code].httpStatus : undefined) ?? STATUS_OF[code] ?? 500;
  }

  get retryAfterSeconds(): number | null {
    const value = this.errors[0]?.extensions?.retryAfter;
    return this.code === 'RATE_LIMITED' && typeof value === 'number' ? value : null;
  }
}

/** Codes the registry gives no status (a /graphql answer keeps 200 for them) but an export must not answer 200 with. */
const STATUS_OF: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SUBGRAPH_UNAVAILABLE: 502,
  GATEWAY_TIMEOUT: 504,
};

export interface PagerOptions {
  report: ExportReport;
  execute: ExecuteExportPage;
  /** from and to, as given. */
  filters: Record<string, string>;
  pageSize: number;
  context: GatewayContext;
  scope: RequestScope;
}

export class Pager {
  pages = 0;

  constructor(private readonly options: PagerOptions) {}

  /** The page after `after`; a page with any error fails whole (a partial row is a wrong row). */
  async fetch(after: string | null, rowsSent: boolean): Promise<ReportPage> {
    const { report, execute, filters, pageSize, context, scope } = this.options;
    for (;;) {
      const answer = await execute(report.operation, { ...filters, first: pageSize, after }, context, scope);
      if (!answer.errors?.length && answer.data) {
        this.pages += 1;
        return report.page(answer.data);
      }
      const failure = new ExportFailure(answer.errors ?? [{ message: 'the page answered no data' }]);
      // Fair sharing slows a long export down rather than failing it half-way: wait as told, then go on.
      const wait = rowsSent ? failure.retryAfterSeconds : null;
      if (wait === null) throw failure;
      await sleep(wait * 1000, undefined, { signal: scope.signal });
    }
  }
}

/** The error line an NDJSON export ends with when a page fails after rows were sent. */
export function errorLine(error: unknown): ExportErrorLine {
  if (error instanceof ExportFailure) {
    const first = error.errors[0];
    return { error: { ...first?.extensions, message: error.message, code: error.code } };
  }
  return { error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Every row from `first` on, fetching each next page while the current one is written (one page
 * ahead: at most two pages are held, however long the report). An async generator pulled by the
 * response's stream, so nothing is fetched faster than the client reads. When a later page fails,
 * NDJSON ends with an error line; CSV has no place for one, so the generator throws and the
 * response is cut off before its last chunk (the client sees a truncated transfer).
 */
export async function* rowsFrom(first: ReportPage, pager: Pager, endWithErrorLine: boolean): AsyncGenerator<Row | ExportErrorLine> {
  let page = first;
  for (;;) {
    const next = page.hasNextPage ? pager.fetch(page.endCursor, true) : null;
    // Awaited below; until then a failure must not count as unhandled (the client may leave first).
    next?.catch(() => {});
    yield* page.rows;
    if (!next) return;
    try {
      page = await next;
    } catch (error: unknown) {
      if (!endWithErrorLine) throw error;
      yield errorLine(error);
      return;
    }
  }
}
