import { AsyncLocalStorage } from 'node:async_hooks';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { DEADLINE_HEADER } from '../../lib/http/deadline.ts';
import { currentRequest } from '../../lib/observability/request-scope.ts';
import { mayBeEntityFetch, type EntityBatcher } from './entity-batching.ts';
import { sendToSubgraph } from './subgraph-http.ts';

/** One gateway fetch from a subgraph, across its attempts. */
export interface FetchDeadline {
  /** performance.now() past which the gateway no longer waits. */
  deadlineAt: number;
  /** Aborted when the deadline passes or the caller goes away. */
  signal: AbortSignal;
  /**
   * The timeout behind `signal`, held here on purpose: AbortSignal.any keeps its sources only
   * weakly, so a timeout signal nothing else references can be garbage-collected before it fires,
   * and the fetch would then wait for a stopped subgraph for ever (seen under the chaos test).
   */
  timeout: AbortSignal;
  /**
   * Set for a query fetch when identical fetches in flight are shared (gateway/sharing): sends the
   * request through `share` under `key`, or joins the identical one already sent.
   */
  share?: <T>(key: string, send: (signal: AbortSignal) => Promise<T>) => Promise<T>;
  /**
   * Set for a query fetch when entity fetches are batched (gateway/datasources/entity-batching.ts):
   * an `_entities` fetch that finds the subgraph busy with other requests waits, and goes with the
   * others of its kind.
   */
  batch?: EntityBatcher;
}

// Apollo calls the fetcher with the URL and request only; the fetch it belongs to follows the
// async work from the data source's `process` instead of a parameter.
const current = new AsyncLocalStorage<FetchDeadline>();

/** Runs `work` (one attempt of a fetch) with `deadline` for the fetcher below. */
export function withDeadline<T>(deadline: FetchDeadline, work: () => Promise<T>): Promise<T> {
  return current.run(deadline, work);
}

/**
 * The deadline of one fetch that must end by `timeoutMs` from now, or as soon as `caller` (the
 * incoming request's signal) aborts.
 */
export function fetchDeadline(timeoutMs: number, caller?: AbortSignal): FetchDeadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { deadlineAt: performance.now() + timeoutMs, signal: caller ? AbortSignal.any([timeout, caller]) : timeout, timeout };
}

/**
 * The fetcher of RemoteGraphQLDataSource (gateway/datasources/subgraph-http.ts): each request
 * tells the subgraph how many milliseconds the gateway will still wait (DEADLINE_HEADER), and is
 * aborted when that time passes or the caller goes away, so the subgraph can stop working on it.
 * Outside a fetch of `process` (none today) it still gives up after `timeoutMs`.
 */
export function deadlineFetcher(timeoutMs: number): RemoteGraphQLDataSource['fetcher'] {
  const fetcher = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown }) => {
    const deadline = current.getStore() ?? fetchDeadline(timeoutMs);
    const headers = init.headers ?? {};
    const body = String(init.body);
    const post = (payload: string, signal: AbortSignal, deadlineAt: number) => {
      const remainingMs = Math.max(0, Math.floor(deadlineAt - performance.now()));
      return sendToSubgraph(url, {
        method: init.method,
        headers: { ...headers, [DEADLINE_HEADER]: String(remainingMs) },
        body: payload,
        signal,
      });
    };
    const batch = deadline.batch && mayBeEntityFetch(body) ? deadline.batch : undefined;
    const send = (signal: AbortSignal) =>
      batch
        ? batch.send({
            laneKey: `${url}\n${headers.authorization ?? ''}`,
            raw: body,
            signal,
            deadlineAt: deadline.deadlineAt,
            send: post,
            requestId: currentRequest()?.requestId,
          })
        : post(body, signal, deadline.deadlineAt);
    if (!deadline.share) return send(deadline.signal);
    // The same request as another caller's: the same subgraph, token and body (document and
    // variables); the request id and the deadline header may differ.
    return deadline.share(`${url}\n${headers.authorization ?? ''}\n${body}`, send);
  };
  // Apollo declares node-fetch's types; it reads only what SubgraphAnswer has.
  return fetcher as unknown as RemoteGraphQLDataSource['fetcher'];
}
