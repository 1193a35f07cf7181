import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { ERRORS, isErrorCode } from '../lib/errors.ts';

/**
 * A subgraph that refuses a whole request answers with an HTTP status (IDEMPOTENCY_KEY_REUSED
 * 422, CONFLICT 409 with Retry-After for a key still in progress); the gateway turns its answer
 * into a GraphQL error, and without this plugin would send that error with HTTP 200. Apollo
 * Server applies `extensions.http` of any error to the whole response, even beside other
 * subgraphs' data, so the status is not put there: the data source notes it beside the error
 * (`noteSubgraphRefusal`), and this plugin applies it only when nothing else is in the response.
 */

interface Refusal {
  status: number;
  /** The subgraph's Retry-After header, passed on as it is. */
  retryAfter: string | null;
}

const REFUSALS = new WeakMap<object, Refusal>();

/** Keeps the HTTP status and Retry-After of the subgraph answer `error` was made from (SubgraphDataSource.errorFromResponse). */
export function noteSubgraphRefusal<E extends GraphQLError>(
  error: E,
  response: { status: number; headers: { get(name: string): string | null } },
): E {
  REFUSALS.set(error, { status: response.status, retryAfter: response.headers.get('retry-after') });
  return error;
}

/** The status an error asks for: a subgraph's refusal, its own `extensions.http`, or its registry code's. */
function refusalOf(error: GraphQLError): Refusal | null {
  const noted = REFUSALS.get(error);
  if (noted) return noted;
  const http = error.extensions.http as { status?: unknown } | undefined;
  if (typeof http?.status === 'number') return { status: http.status, retryAfter: null };
  const code = error.extensions.code;
  const status = isErrorCode(code) ? ERRORS[code].httpStatus : undefined;
  return status ? { status, retryAfter: null } : null;
}

/**
 * When a response has no data (none, or every root field null) and every error in it is a
 * request-level refusal, answers with the refusal's HTTP status (and Retry-After) rather than 200.
 * A response with any data, or with an error that names no status, keeps Apollo's status.
 */
export function subgraphRefusalStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single' || !errors?.length) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const { data } = response.body.singleResult;
          if (data && Object.values(data).some((value) => value !== null)) return;
          const refusals = errors.map(refusalOf);
          if (refusals.some((refusal) => refusal === null)) return;
          const [first] = refusals as Refusal[];
          if (!first) return;
          response.http.status = first.status;
          const retryAfter = refusals.find((refusal) => refusal?.retryAfter)?.retryAfter;
          if (retryAfter) response.http.headers.set('retry-after', retryAfter);
        },
      };
    },
  };
}
