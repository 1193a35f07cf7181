import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger.ts';
import type { ServiceMetrics } from './metrics.ts';
import { REQUEST_ID_HEADER } from './request-id.ts';

/**
 * What one GraphQL request carries through a service: its id, a logger bound to that id, and the
 * service's metrics. It follows the request's async work (AsyncLocalStorage), so the gateway's
 * subgraph fetches, the error formatter and Apollo plugins reach it without a context field in
 * every subgraph's context type.
 */
export interface RequestScope {
  requestId: string;
  log: Logger;
  metrics: ServiceMetrics;
  /** The operation's name, once Apollo has resolved it; null for an anonymous or unparsed one. */
  operation: string | null;
  /** `extensions.code` of every error sent in the response. */
  errorCodes: string[];
  /**
   * Aborted when the work is abandoned: the client went away before the answer was sent (and,
   * in a subgraph, when the gateway's deadline passes). Fetches, loaders and resolvers stop on it.
   */
  signal: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The request being served, or undefined outside one (start-up, tests calling code directly). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs `work` (and everything it starts) as part of `scope`'s request. */
export function runInRequest<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Headers that carry the current request's id onward to another service (none outside a request). */
export function requestIdHeaders(): Record<string, string> {
  const scope = currentRequest();
  return scope ? { [REQUEST_ID_HEADER]: scope.requestId } : {};
}
