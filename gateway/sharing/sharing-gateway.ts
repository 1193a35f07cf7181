import type { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { OperationTypeNode } from 'graphql';
import { currentRequest, runInRequest } from '../../lib/observability/request-scope.ts';
import { tokenIn } from '../context.ts';
import { InFlight } from './in-flight.ts';

/**
 * What the gateway shares between callers: identical queries in flight at the same time run once
 * (here), and identical subgraph query fetches are sent once (`fetches`, used by every
 * SubgraphDataSource). A dashboard opened by eight people at once costs one plan's work.
 *
 * Shared only between callers whose answers are the same by construction: the same bearer token
 * (or both anonymous), the same document and the same variables. Never a mutation. And never
 * across a write: a mutation answered through this gateway, or a change event from anywhere
 * (`forgetAll`), makes later callers start afresh, so a read that follows a committed write never
 * joins work that began before it.
 */
export class SharedWork {
  readonly queries = new InFlight<GatewayExecutionResult>();
  readonly fetches = new InFlight<unknown>();

  /**
   * @param enabled SHARE_IN_FLIGHT (default on); off, every caller runs its own work.
   * @param onShare told whether each caller started work or joined work in flight (for /metrics).
   */
  constructor(
    readonly enabled: boolean,
    private readonly onShare: (kind: 'query' | 'fetch', joined: boolean) => void = () => {},
  ) {}

  /** Later callers start afresh (a write has committed). */
  forgetAll(): void {
    this.queries.forgetAll();
    this.fetches.forgetAll();
  }

  /**
   * Runs `work` (one query's execution) under `key`, shared with an identical one in flight. The
   * shared run keeps the first caller's request scope (its id in logs, its metrics) but the
   * flight's signal, aborted only when every caller has gone, so the first caller leaving does
   * not abort what the others wait for.
   */
  shareQuery(key: string, work: () => Promise<GatewayExecutionResult>): Promise<GatewayExecutionResult> {
    if (!this.enabled) return work();
    const scope = currentRequest();
    const { result, joined } = this.queries.run(key, scope?.signal, (signal) =>
      scope ? runInRequest({ ...scope, signal }, work) : work(),
    );
    this.onShare('query', joined);
    return result;
  }

  /** Runs `send` (one subgraph fetch, answered in full) under `key`, shared with an identical one in flight. */
  shareFetch<T>(key: string, caller: AbortSignal, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (!this.enabled) return send(caller);
    const { result, joined } = this.fetches.run(key, caller, send);
    this.onShare('fetch', joined);
    return result as Promise<T>;
  }
}

/** The key under which two callers' requests are the same request. */
export function callerKey(context: unknown): string {
  return tokenIn(context) ?? 'anonymous';
}

/**
 * Apollo Gateway with identical concurrent queries executed once. Apollo Server takes any
 * GatewayInterface; this one delegates everything to `gateway` and wraps its executor, and
 * `outer` (the entity cache's whole answers) around that.
 */
export function sharingGateway(
  gateway: ApolloGateway,
  shared: SharedWork,
  outer: (execute: GatewayExecutor) => GatewayExecutor = (execute) => execute,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: outer(sharedExecutor(loaded.executor, shared)) };
    },
  };
}

function sharedExecutor(execute: GatewayExecutor, shared: SharedWork): GatewayExecutor {
  return async (request: GatewayGraphQLRequestContext) => {
    if (request.operation.operation === OperationTypeNode.MUTATION) {
      try {
        return await execute(request);
      } finally {
        // Committed (or refused): either way nothing in flight now may be joined from here on.
        shared.forgetAll();
      }
    }
    const variables = JSON.stringify(request.request.variables ?? {});
    const key = `${callerKey(request.context)}\n${request.queryHash}\n${request.operationName ?? ''}\n${variables}`;
    return shared.shareQuery(key, () => execute(request));
  };
}
