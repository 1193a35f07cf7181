import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ERRORS, isErrorCode } from '../../lib/errors.ts';
import { IDEMPOTENCY_KEY_HEADER } from '../../lib/idempotency/plugin.ts';
import { describeError } from '../../lib/observability/logger.ts';
import { REQUEST_ID_HEADER } from '../../lib/observability/request-id.ts';
import { currentRequest } from '../../lib/observability/request-scope.ts';
import { injectTraceContext } from '../../lib/observability/tracing.ts';
import { tokenIn } from '../context.ts';

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph (`crm`); the only thing errors reveal about it. */
  name: string;
  url: string;
  /** Give up on one fetch after this long (SUBGRAPH_TIMEOUT_MS, default 10 000). */
  timeoutMs: number;
}

/**
 * How the gateway talks to one subgraph. A fetch that fails becomes SUBGRAPH_UNAVAILABLE or
 * GATEWAY_TIMEOUT naming the subgraph, never its URL, response body or stack, so the other
 * domains' fields still arrive with one error per failed fetch (DESIGN.md § Errors). Each fetch
 * carries the incoming request's id, the caller's bearer token (which the subgraph verifies
 * again) and any Idempotency-Key, and is timed (and counted when it fails) in the gateway's metrics.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  readonly subgraph: string;

  constructor(options: SubgraphDataSourceOptions) {
    // Node's own fetch (undici, keep-alive) with a deadline; its types differ from node-fetch's only nominally.
    const timeoutFetch = (async (url: string, init: RequestInit) =>
      fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as unknown as RemoteGraphQLDataSource['fetcher'];
    super({ url: options.url, fetcher: timeoutFetch });
    this.subgraph = options.name;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const requestId = currentRequest()?.requestId;
    if (requestId) options.request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    injectTraceContext(options.request.http?.headers);
    const token = tokenIn(options.context);
    if (token) options.request.http?.headers.set('authorization', `Bearer ${token}`);
    // The subgraph that runs the mutation keeps the key (lib/idempotency); its queries ignore it.
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext.request.http?.headers : undefined;
    const key = incoming?.get(IDEMPOTENCY_KEY_HEADER);
    if (typeof key === 'string') options.request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, key);
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    const scope = currentRequest();
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await super.process(options);
      scope?.metrics.recordSubgraphFetch(this.subgraph, seconds());
      return response;
    } catch (error: unknown) {
      const clientError = this.toClientError(error);
      const code = String(clientError.extensions.code);
      scope?.metrics.recordSubgraphFetch(this.subgraph, seconds(), code);
      scope?.log.warn({ subgraph: this.subgraph, code, cause: describeError(error) }, 'subgraph fetch failed');
      throw clientError;
    }
  }

  /** A non-2xx answer: keep a registry error the subgraph sent (e.g. UNAUTHENTICATED), else unavailable. */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body: unknown = await response.json().catch(() => null);
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
    const code = first?.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code, subgraph: this.subgraph } });
    }
    return this.unavailable(`answered HTTP ${response.status}`);
  }

  private toClientError(error: unknown): GraphQLError {
    if (error instanceof GraphQLError && isErrorCode(error.extensions.code) && error.extensions.subgraph === this.subgraph) {
      return error;
    }
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return ERRORS.GATEWAY_TIMEOUT.err(`The ${this.subgraph} subgraph did not answer in time`, { subgraph: this.subgraph });
    }
    return this.unavailable(error instanceof Error ? error.message : String(error));
  }

  private unavailable(cause: string): GraphQLError {
    const error = ERRORS.SUBGRAPH_UNAVAILABLE.err(`The ${this.subgraph} subgraph is unavailable`, { subgraph: this.subgraph });
    // For the gateway's own logs; formatError never sends `cause`.
    Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
    return error;
  }
}
