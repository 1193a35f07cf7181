import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { OperationTypeNode, print, type FormattedExecutionResult } from 'graphql';
import { callerOf } from '../auth/authorise.ts';
import { ERRORS } from '../errors.ts';
import { holdLease, type Lease } from './lease.ts';
import type { IdempotencyStore } from './store.ts';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

// Stripe's rule: up to 255 characters; visible ASCII only, so a key survives any proxy unchanged.
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Failures that say nothing about the input: a retry should run the mutation again rather than
 * be answered with them, so the key is released instead of recorded (unless a field returned data).
 * A write that had committed before such a failure is not run again: the retry answers from it
 * (lib/idempotency/lease.ts).
 */
const TRANSIENT = new Set([
  'INTERNAL_SERVER_ERROR',
  'SUBGRAPH_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  // The edge's refusals of work abandoned or shed (README § Limits and protection): nothing was decided.
  'DEADLINE_EXCEEDED',
  'OVERLOADED',
  'RATE_LIMITED',
]);

interface StoredResponse {
  status: number | null;
  body: FormattedExecutionResult;
}

/** Objects with their keys sorted, so `{a, b}` and `{b, a}` are the same input. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function fingerprint(context: GraphQLRequestContext<object>): string {
  const document = context.document ? print(context.document) : (context.request.query ?? '');
  const input = JSON.stringify([document, canonical(context.request.variables ?? {}), context.operationName ?? null]);
  return createHash('sha256').update(input).digest('hex');
}

function isTransientFailure(body: FormattedExecutionResult): boolean {
  const nothingReturned = !body.data || Object.values(body.data).every((value) => value === null);
  return nothingReturned && (body.errors ?? []).some((error) => TRANSIENT.has(String(error.extensions?.code)));
}

/**
 * Mutations that carry an `Idempotency-Key` header run at most once per caller and key: the key
 * is claimed before execution, a retry with the same operation and variables gets the first
 * response (errors included), the same key with other input gets IDEMPOTENCY_KEY_REUSED, and a
 * concurrent retry waits briefly for the first to finish (then CONFLICT, 409 with Retry-After).
 * The owner holds the key under a lease it renews while it works; a retry takes over the key of
 * an owner that died, and answers from the writes it had committed rather than writing again
 * (lib/idempotency/lease.ts, lib/writes/mutation.ts). Queries ignore the header.
 */
export function idempotencyPlugin(store: IdempotencyStore): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let owned: Lease | null = null;
      let replay: StoredResponse | null = null;
      let answered = false;
      return {
        async didResolveOperation(context) {
          if (context.operation?.operation !== OperationTypeNode.MUTATION) return;
          const key = context.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
          if (key === undefined) return;
          if (!VALID_KEY.test(key)) {
            throw ERRORS.BAD_USER_INPUT.err('Idempotency-Key must be 1 to 255 visible ASCII characters', {
              fields: [{ path: ['Idempotency-Key'], message: 'must be 1 to 255 visible ASCII characters' }],
              // Refused before execution: a client error, not Apollo's default 500 for a request-level failure.
              http: { status: 400 },
            });
          }
          const request = { subject: callerOf(context.contextValue).subject, key, fingerprint: fingerprint(context) };
          const claim = await store.claim(request);
          if (claim.kind === 'replay') {
            replay = claim.response as StoredResponse;
            return;
          }
          // Another plugin refused the request while the claim was in flight: the response has
          // gone (willSendResponse ran with nothing owned), so the key is given back, not held.
          if (answered) {
            await claim.lease.release();
            return;
          }
          owned = claim.lease;
          owned.start();
          holdLease(context.contextValue, owned);
        },
        async responseForOperation() {
          if (!replay) return null;
          return {
            http: { status: replay.status ?? undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: replay.body },
          };
        },
        async willSendResponse(context) {
          answered = true;
          const lease = owned;
          if (!lease) return;
          owned = null;
          const { body, http } = context.response;
          if (body.kind !== 'single' || isTransientFailure(body.singleResult)) {
            await lease.release();
            return;
          }
          const stored: StoredResponse = { status: http.status ?? null, body: body.singleResult };
          await lease.complete(stored);
        },
      };
    },
  };
}
