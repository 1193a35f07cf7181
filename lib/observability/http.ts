import type { Context } from '@opentelemetry/api';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.ts';
import type { ServiceMetrics } from './metrics.ts';
import { acceptRequestId, REQUEST_ID_HEADER } from './request-id.ts';
import { runInRequest, type RequestScope } from './request-scope.ts';
import { endRequestSpan, requestSpan, withTraceContext } from './tracing.ts';

/** Express middleware that gives every request an id and every GraphQL request a log line and metrics. */

/** Status logged when the client went away before the response was sent (nginx's convention). */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * Every route: the request's id (the caller's if sane, else a new one) is put back on the request,
 * for the handlers that read headers, and echoed in the response.
 */
export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    const requestId = acceptRequestId(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  };
}

export interface RequestObserver {
  /** Before the body is parsed: starts the clock; when the response closes, logs one line and records metrics. */
  begin: RequestHandler;
  /**
   * After the body is parsed: runs the rest of the request inside its scope. (Body parsing resumes
   * on stream events, which would lose the async context, so the scope is entered after it.)
   */
  enter: RequestHandler;
  /** The scope `begin` made for a request (for middleware that answers before `enter`). */
  scopeOf: (req: Request) => RequestScope | undefined;
}

export interface ObserveOptions {
  /**
   * Given the controller behind each request's signal as it begins, to abort it for more than
   * the client leaving: the deadline, the memory ceiling (lib/http/shedding.ts).
   */
  watch?: (req: Request, res: Response, controller: AbortController) => void;
}

export function observeRequests(service: { logger: Logger; metrics: ServiceMetrics }, options: ObserveOptions = {}): RequestObserver {
  const scopes = new WeakMap<Request, RequestScope>();
  const traces = new WeakMap<Request, Context>();
  return {
    begin(req, res, next) {
      const started = performance.now();
      const requestId = acceptRequestId(req.headers[REQUEST_ID_HEADER]);
      const abandoned = new AbortController();
      const scope: RequestScope = {
        requestId,
        log: service.logger.child({ requestId }),
        metrics: service.metrics,
        operation: null,
        errorCodes: [],
        signal: abandoned.signal,
      };
      scopes.set(req, scope);
      options.watch?.(req, res, abandoned);
      // A span per request when tracing is on, continuing the caller's traceparent (lib/observability/tracing.ts).
      const traced = requestSpan(service.metrics.service, req.method, req.headers);
      if (traced) traces.set(req, traced.context);
      res.once('close', () => {
        if (!res.writableFinished) abandoned.abort(new Error('the client closed the request'));
        const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED_REQUEST;
        const durationSeconds = (performance.now() - started) / 1000;
        if (traced) endRequestSpan(traced.span, scope.operation, status);
        service.metrics.recordRequest({ operation: scope.operation, status, durationSeconds, errorCodes: scope.errorCodes });
        scope.log.info(
          {
            operation: scope.operation ?? 'anonymous',
            method: req.method,
            status,
            durationMs: Math.round(durationSeconds * 10_000) / 10,
            errorCodes: scope.errorCodes,
          },
          'request',
        );
      });
      next();
    },
    enter(req: Request, _res: Response, next: NextFunction) {
      const scope = scopes.get(req);
      if (scope) withTraceContext(traces.get(req), () => runInRequest(scope, next));
      else next();
    },
    scopeOf: (req) => scopes.get(req),
  };
}
