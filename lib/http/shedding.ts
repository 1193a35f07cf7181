import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { BulkheadRejectedError, bulkhead, TaskCancelledError, type BulkheadPolicy } from 'cockatiel';
import type { SheddingConfig } from '../config.ts';
import { ERRORS } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';
import type { RequestScope } from '../observability/request-scope.ts';
import { abandonmentError, checkAbandonment, RETRY_AFTER_SECONDS } from './abandoned-work.ts';
import { DEADLINE_HEADER, requestBudgetMs } from './deadline.ts';
import { effectiveCeilingBytes, MemoryCeiling } from './memory-ceiling.ts';

/**
 * Load shedding for one service's /graphql (README § Limits and protection): every request gets a
 * deadline (the gateway's budget header, capped) that aborts its scope's signal; one that arrives
 * with no budget left, or while the heap is over its ceiling, or when every slot and queue place
 * is taken, is refused at once with a coded GraphQL answer, before its body is read. Health,
 * readiness and metrics are other routes and never pass through here.
 */

/** Sends `error` as the whole GraphQL answer, with its HTTP status (and `Retry-After` when shedding load). */
export function refuse(res: Response, scope: RequestScope | undefined, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<string, unknown>;
  scope?.errorCodes.push(String(extensions.code));
  if (extensions.code === 'OVERLOADED') res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(http?.status ?? 500).json({ errors: [{ message: error.message, extensions }] });
}

export class LoadShedder {
  private readonly bulkhead: BulkheadPolicy;
  private readonly memory: MemoryCeiling;
  /** Requests begun and not yet closed, to abort when the heap is over its ceiling. */
  private readonly inFlight = new Set<AbortController>();
  private readonly budgets = new WeakMap<Request, number>();

  constructor(
    private readonly config: SheddingConfig,
    logger: Logger,
  ) {
    this.bulkhead = bulkhead(config.maxConcurrentRequests, config.requestQueueSize);
    const ceilingBytes = effectiveCeilingBytes(config.memoryCeilingMb);
    this.memory = new MemoryCeiling({
      ceilingBytes,
      onExceeded: () => {
        for (const request of this.inFlight) {
          request.abort(ERRORS.OVERLOADED.err('The service reached its memory ceiling; the request was abandoned.'));
        }
      },
      onChange: (exceeded, heapBytes) => {
        const details = { heapMb: Math.round(heapBytes / 1048576), ceilingMb: Math.round(ceilingBytes / 1048576) };
        if (exceeded) logger.warn(details, 'memory ceiling reached: shedding requests');
        else logger.info(details, 'memory back under its ceiling');
      },
    });
  }

  /** Starts sampling the heap (when the service listens). */
  start(): void {
    this.memory.start();
  }

  stop(): void {
    this.memory.stop();
  }

  /**
   * Called as each request begins (lib/observability/http.ts) with the controller behind its
   * scope's signal: aborts it when the deadline passes or the heap goes over the ceiling.
   */
  watch(req: Request, res: Response, controller: AbortController): void {
    const budgetMs = requestBudgetMs(req.headers[DEADLINE_HEADER], this.config.requestTimeoutMaxMs);
    this.budgets.set(req, budgetMs);
    if (budgetMs <= 0) return;
    const deadline = performance.now() + budgetMs;
    const expire = () =>
      controller.abort(
        ERRORS.DEADLINE_EXCEEDED.err(`The request's deadline (${budgetMs} ms) passed; the work was abandoned.`, { budgetMs }),
      );
    const timer = setTimeout(expire, budgetMs);
    timer.unref();
    this.inFlight.add(controller);
    checkAbandonment(controller.signal, () => {
      if (performance.now() >= deadline) expire();
      else this.memory.poll();
    });
    res.once('close', () => {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    });
  }

  /** Middleware for /graphql, after `watch` and before the body is read: refuses or takes a slot until the response closes. */
  admit(scopeOf: (req: Request) => RequestScope | undefined): RequestHandler {
    return (req, res, next) => {
      const scope = scopeOf(req);
      if ((this.budgets.get(req) ?? 1) <= 0) {
        refuse(res, scope, ERRORS.DEADLINE_EXCEEDED.err('The request arrived with no time left (x-request-timeout-ms); nothing was run.'));
        return;
      }
      if (this.memory.exceeded) {
        refuse(res, scope, ERRORS.OVERLOADED.err('The service is at its memory ceiling; retry later.'));
        return;
      }
      const signal = scope?.signal;
      this.bulkhead
        .execute(() => {
          if (res.closed) return undefined;
          const closed = new Promise<void>((resolve) => res.once('close', resolve));
          next();
          return closed;
        }, signal)
        .catch((error: unknown) => {
          if (error instanceof BulkheadRejectedError) {
            refuse(res, scope, ERRORS.OVERLOADED.err('The service is at its concurrency limit; retry later.'));
          } else if (error instanceof TaskCancelledError && signal) {
            // Abandoned while queued: the deadline passed, or the client left (then nothing is sent).
            if (!res.headersSent && !res.closed) refuse(res, scope, abandonmentError(signal));
          } else {
            next(error);
          }
        });
    };
  }
}
