import { HeaderMap, type GraphQLRequestContextWillSendResponse, type GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { noteSubgraphRefusal, subgraphRefusalStatus } from '../../gateway/http-status.ts';
import { ERRORS } from '../../lib/errors.ts';

/**
 * The gateway passes a subgraph's refusal of a whole request on with its HTTP status, and only
 * then: a response with any data, or with an error that names no status, keeps Apollo's.
 * (test/e2e/idempotency-crash.test.ts shows 422 and 409 over real HTTP.)
 */

type Context = GraphQLRequestContextWillSendResponse<object>;

async function statusFor(data: Record<string, unknown> | null, errors: GraphQLError[], status?: number) {
  const listener = (await subgraphRefusalStatus().requestDidStart?.({} as never)) as GraphQLRequestListener<object>;
  const headers = new HeaderMap();
  const context = {
    errors,
    response: { http: { status, headers }, body: { kind: 'single', singleResult: { data, errors: [] } } },
  } as unknown as Context;
  await listener.willSendResponse?.(context);
  return { status: context.response.http.status, retryAfter: headers.get('retry-after') ?? null };
}

/** An error as SubgraphDataSource makes it from a subgraph's non-2xx answer. */
function refusedBySubgraph(code: string, status: number, retryAfter?: string): GraphQLError {
  const headers = new Headers(retryAfter ? { 'retry-after': retryAfter } : {});
  return noteSubgraphRefusal(new GraphQLError('refused', { extensions: { code, subgraph: 'projects' } }), { status, headers });
}

describe('a subgraph refusal through the gateway', () => {
  it('keeps its status and Retry-After when the response has no data', async () => {
    expect(await statusFor(null, [refusedBySubgraph('CONFLICT', 409, '3')])).toEqual({ status: 409, retryAfter: '3' });
    expect(await statusFor({ createProject: null }, [refusedBySubgraph('CONFLICT', 409, '3')])).toEqual({ status: 409, retryAfter: '3' });
  });

  it('takes a registry code’s status when the error carries no other', async () => {
    const reused = new GraphQLError('reused', { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', subgraph: 'crm' } });
    expect(await statusFor(null, [reused])).toEqual({ status: 422, retryAfter: null });
  });

  it('leaves 200 when other data arrived, or when an error names no status', async () => {
    expect(await statusFor({ client: { id: 'cli_1' }, projects: null }, [refusedBySubgraph('CONFLICT', 409)])).toEqual({
      status: undefined,
      retryAfter: null,
    });
    const unavailable = ERRORS.SUBGRAPH_UNAVAILABLE.err('down', { subgraph: 'hr' });
    expect(await statusFor(null, [refusedBySubgraph('CONFLICT', 409), unavailable])).toEqual({ status: undefined, retryAfter: null });
  });

  it('never overrides a status the gateway already chose', async () => {
    expect(await statusFor(null, [refusedBySubgraph('CONFLICT', 409)], 401)).toEqual({ status: 401, retryAfter: null });
  });
});
