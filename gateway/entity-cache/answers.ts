import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { OperationTypeNode } from 'graphql';
import type { EntityCache } from './EntityCache.ts';

/**
 * Whole answers to queries, kept beside the entity entries they were built from. A dashboard's
 * query asked again is answered without planning, fetching or merging anything: the gateway's
 * own CPU, not the subgraphs', is what a warm entity cache leaves on the request's path.
 *
 * An answer is kept only when every fetch of its execution went through the entity cache and was
 * cacheable (EntityCache.noteFetch): it then carries the union of those fetches' tags, so any
 * change that would drop one of its parts drops it too, and the race guard refuses it when one of
 * them was invalidated while it was computed. An answer with errors, one that touched an
 * uncached subgraph (webhooks, the change feed, the catalog) or a caller who joined another's
 * execution in flight (its own context saw no fetch) is never kept. Its key is everything else
 * that decides it: the document, the operation, the variables, the caller's cache scope and
 * today's date (keys.ts).
 */
export function answeringExecutor(execute: GatewayExecutor, cache: EntityCache): GatewayExecutor {
  return async (request: GatewayGraphQLRequestContext) => {
    if (request.operation.operation !== OperationTypeNode.QUERY) return execute(request);
    const key = cache.answerKey(request.queryHash, request.operationName ?? null, request.request.variables, request.context);
    const found = cache.answer(key);
    if (found) return found;
    const read = cache.beginRead(request.context);
    const result = await execute(request);
    if (read) cache.keepAnswer(key, read, result);
    return result;
  };
}
