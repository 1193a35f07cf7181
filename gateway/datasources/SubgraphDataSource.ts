import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, OperationTypeNode } from 'graphql';
import type { SubgraphResilienceConfig } from '../../lib/config.ts';
import { IDEMPOTENCY_KEY_HEADER } from '../../lib/idempotency/plugin.ts';
import type { Logger } from '../../lib/observability/logger.ts';
import { REQUEST_ID_HEADER } from '../../lib/observability/request-id.ts';
import { currentRequest } from '../../lib/observability/request-scope.ts';
import { injectTraceContext } from '../../lib/observability/tracing.ts';
import { tokenIn } from '../context.ts';
import { noteSubgraphRefusal } from '../http-status.ts';
import type { EntityCache } from '../entity-cache/EntityCache.ts';
import { SubgraphBreaker, type BreakerState } from './breaker.ts';
import type { EntityBatcher } from './entity-batching.ts';
import { deadlineFetcher, fetchDeadline, withDeadline, type FetchDeadline } from './deadline-fetch.ts';
import { failureFromResponse, failureFromThrown, mapAnswerErrors } from './downstream-errors.ts';
import { queryRetryPolicy, RetryBudget } from './retries.ts';
import type { SharedWork } from '../sharing/sharing-gateway.ts';

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph (`crm`); the only thing errors reveal about it. */
  name: string;
  url: string;
  /** Give up on one fetch after this long (SUBGRAPH_TIMEOUT_MS, default 10 000) unless `resilience.timeoutsMs` names the subgraph. */
  timeoutMs: number;
  resilience: SubgraphResilienceConfig;
  /** Where breaker changes are logged (the gateway's logger; read when one happens). */
  logger?: () => Logger;
  /** Identical query fetches in flight are sent once (gateway/sharing); default: never shared. */
  shared?: SharedWork;
  /** Entity fetches that find the subgraph busy with other requests wait and go as one (entity-batching.ts); default: each alone. */
  batcher?: EntityBatcher;
  /** The gateway's entity cache, in front of every fetch (gateway/entity-cache/); none when ENTITY_CACHE is off. */
  entityCache?: EntityCache;
}

/**
 * How the gateway talks to one subgraph. A fetch that fails becomes a coded error naming the
 * subgraph (downstream-errors.ts), never its URL, response body or stack, so the other domains'
 * fields still arrive with one error per failed fetch (DESIGN.md § Errors). Each fetch carries the
 * incoming request's id, the caller's bearer token (which the subgraph verifies again), any
 * Idempotency-Key and the time the gateway will still wait (DEADLINE_HEADER); it is aborted when
 * that time passes or the caller goes away. It goes through the subgraph's circuit breaker, a query
 * fetch may be retried within a budget (a mutation fetch never), and it is timed (and counted when
 * it fails) in the gateway's metrics. An identical query fetch already in flight for another
 * caller is joined instead of sent again (gateway/sharing), and an entity fetch that finds the
 * subgraph busy with other requests goes with the others of its kind (entity-batching.ts).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  readonly subgraph: string;
  private readonly timeoutMs: number;
  private readonly breaker: SubgraphBreaker;
  private readonly budget: RetryBudget;
  private readonly retry: ReturnType<typeof queryRetryPolicy>;
  private readonly shared: SharedWork | undefined;
  private readonly entityCache: EntityCache | undefined;
  private readonly batcher: EntityBatcher | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    const timeoutMs = options.resilience.timeoutsMs[options.name] ?? options.timeoutMs;
    super({ url: options.url, fetcher: deadlineFetcher(timeoutMs) });
    this.subgraph = options.name;
    this.timeoutMs = timeoutMs;
    this.breaker = new SubgraphBreaker(options.name, {
      failures: options.resilience.breakerFailures,
      halfOpenMs: options.resilience.breakerHalfOpenMs,
      onChange: (state) => logBreaker(options.logger?.(), options.name, state),
    });
    this.budget = new RetryBudget(options.resilience.retryBudget);
    this.retry = queryRetryPolicy(options.resilience.retries, this.budget);
    this.shared = options.shared;
    this.entityCache = options.entityCache;
    this.batcher = options.batcher;
  }

  /** Its circuit breaker's state, for /metrics. */
  get breakerState(): BreakerState {
    return this.breaker.state;
  }

  /** Its entity fetches waiting to go with others (entity-batching.ts), for /metrics. */
  get entityFetchesWaiting(): number {
    return this.batcher?.waiting ?? 0;
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

  override process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    // The entity cache answers what it holds; what it does not goes through fetch() below.
    if (this.entityCache) return this.entityCache.serve(this.subgraph, options, (request) => this.fetch(request));
    return this.fetch(options);
  }

  /** The fetch itself: timed, through the breaker, a query retried within the budget. */
  private async fetch(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    const scope = currentRequest();
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const deadline = fetchDeadline(this.timeoutMs, scope?.signal);
    const mutation = isMutation(options);
    const shared = this.shared;
    if (!mutation && shared) deadline.share = (key, send) => shared.shareFetch(key, deadline.signal, send);
    if (!mutation) deadline.batch = this.batcher;
    const attempt = () => this.breaker.execute(() => this.attempt(options, deadline, scope?.signal));
    this.budget.recordFetch();
    try {
      const response = mutation ? await attempt() : await this.retry.execute(attempt, deadline.signal);
      scope?.metrics.recordSubgraphFetch(this.subgraph, seconds());
      return response;
    } catch (error: unknown) {
      const failure = failureFromThrown(this.subgraph, error, scope?.signal.aborted ?? false);
      const code = String(failure.clientError.extensions.code);
      scope?.metrics.recordSubgraphFetch(this.subgraph, seconds(), code);
      // An abandoned fetch says nothing about the subgraph: its caller hung up.
      if (failure.abandoned)
        scope?.log.info({ subgraph: this.subgraph, cause: failure.detail }, 'subgraph fetch abandoned: the caller went away');
      else scope?.log.warn({ subgraph: this.subgraph, code, cause: failure.detail }, 'subgraph fetch failed');
      throw failure.clientError;
    }
  }

  /** A 2xx answer: its errors that describe the subgraph's state are mapped (downstream-errors.ts). */
  override didReceiveResponse({ response }: Parameters<NonNullable<RemoteGraphQLDataSource['didReceiveResponse']>>[0]) {
    return response.errors ? { ...response, errors: mapAnswerErrors(this.subgraph, response.errors) } : response;
  }

  /** A non-2xx answer: what it means (downstream-errors.ts); thrown, as Apollo throws what this returns. */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<never> {
    const body: unknown = await response.json().catch(() => null);
    const failure = failureFromResponse(this.subgraph, response.status, body);
    // A refusal of the caller's request keeps its status (422, 409 and Retry-After) when nothing else answers (gateway/http-status.ts).
    if (!failure.sick && failure.clientError.extensions.code !== 'SUBGRAPH_UNAVAILABLE') noteSubgraphRefusal(failure.clientError, response);
    throw failure;
  }

  /** One attempt of a fetch, its failure classified for the breaker and the retry policy. */
  private async attempt(options: GraphQLDataSourceProcessOptions, deadline: FetchDeadline, caller?: AbortSignal) {
    try {
      return await withDeadline(deadline, () => super.process(options));
    } catch (error: unknown) {
      throw failureFromThrown(this.subgraph, error, caller?.aborted ?? false);
    }
  }
}

/** The fetch writes (the gateway sends one subgraph operation per fetch). */
function isMutation(options: GraphQLDataSourceProcessOptions): boolean {
  const document = 'document' in options ? options.document : undefined;
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation) return operation.operation === OperationTypeNode.MUTATION;
  return /^\s*mutation\b/.test(options.request.query ?? '');
}

function logBreaker(logger: Logger | undefined, subgraph: string, state: BreakerState): void {
  const message =
    state === 'open'
      ? 'subgraph circuit breaker opened: its fetches fail at once'
      : state === 'half-open'
        ? 'subgraph circuit breaker half-open: probing'
        : 'subgraph circuit breaker closed';
  if (state === 'closed') logger?.info({ subgraph, breaker: state }, message);
  else logger?.warn({ subgraph, breaker: state }, message);
}
