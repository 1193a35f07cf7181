import { GraphQLError } from 'graphql';
import { ERRORS, isErrorCode, type ErrorCode } from '../../lib/errors.ts';

/**
 * What the gateway makes of a subgraph fetch that failed: the error the caller sees, and what it
 * says about the subgraph's health. One rule for every subgraph:
 *
 * - A refusal of the caller's request (HTTP 4xx with a registry code: UNAUTHENTICATED,
 *   BAD_USER_INPUT, OPERATION_TOO_COMPLEX, RATE_LIMITED, REQUEST_TOO_LARGE, …) keeps its code and
 *   message; the subgraph is healthy, so the breaker does not count it and nothing is retried.
 * - OVERLOADED (HTTP 503, shed before any work) is SUBGRAPH_UNAVAILABLE: counted by the breaker,
 *   and a query fetch may be retried.
 * - DEADLINE_EXCEEDED (the subgraph gave up on the gateway's deadline) is GATEWAY_TIMEOUT, like the
 *   gateway's own timeout: counted, not retried (the time is spent).
 * - No HTTP answer: a connection error is SUBGRAPH_UNAVAILABLE (counted, retryable); the
 *   gateway's timeout is GATEWAY_TIMEOUT (counted, not retried); the caller going away abandons
 *   the fetch (neither).
 * - Anything else — HTTP 5xx, INTERNAL_SERVER_ERROR, a code the registry does not know, a body
 *   that is not GraphQL — is SUBGRAPH_UNAVAILABLE: the domain failed to answer, which is what the
 *   caller can act on; never INTERNAL_SERVER_ERROR, which would hide which domain failed. Counted
 *   when the status is 5xx or there was none; a 4xx without a registry code is a disagreement
 *   between gateway and subgraph, not sickness.
 *
 * The caller never sees the subgraph's URL, body or stack: only its name, the message of a
 * registry error it sent, and the documented extensions of that code.
 */
export class SubgraphFailure extends Error {
  override name = 'SubgraphFailure';

  constructor(
    /** What the caller gets. */
    readonly clientError: GraphQLError,
    /** The failure says the subgraph is sick: it counts towards opening its circuit breaker. */
    readonly sick: boolean,
    /** Trying again soon may succeed (connection error, shed load): a query fetch may be retried. */
    readonly transient: boolean,
    /** For the gateway's logs only. */
    readonly detail: string,
    /** The caller went away before the subgraph answered: nothing was learnt about the subgraph. */
    readonly abandoned = false,
  ) {
    super(`${clientError.message}: ${detail}`);
  }
}

/** Extensions of a subgraph's registry error that are part of that code's documented shape, and nothing else. */
const KEPT_EXTENSIONS = ['fields', 'limit', 'value', 'max', 'retryAfter'] as const;

/** A non-2xx answer from `subgraph` with its parsed body (null when it was not JSON). */
export function failureFromResponse(subgraph: string, status: number, body: unknown): SubgraphFailure {
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null)?.errors?.[0];
  const code: unknown = first?.extensions?.code;
  const detail = `answered HTTP ${status}${typeof code === 'string' ? ` ${code}` : ''}`;
  if (code === 'OVERLOADED' || status === 503) return new SubgraphFailure(unavailable(subgraph), true, true, detail);
  if (code === 'DEADLINE_EXCEEDED' || status === 504) return new SubgraphFailure(timedOut(subgraph), true, false, detail);
  if (status >= 400 && status < 500 && isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' && typeof first?.message === 'string') {
    return new SubgraphFailure(refusal(subgraph, code, first.message, first.extensions ?? {}), false, false, detail);
  }
  return new SubgraphFailure(unavailable(subgraph), status >= 500, false, detail);
}

/** A fetch that got no HTTP answer; `clientGone` when the caller's own request was abandoned. */
export function failureFromThrown(subgraph: string, error: unknown, clientGone: boolean): SubgraphFailure {
  if (error instanceof SubgraphFailure) return error;
  const detail = describe(error);
  if (clientGone) {
    return new SubgraphFailure(
      ERRORS.GATEWAY_TIMEOUT.err(`The ${subgraph} subgraph fetch was abandoned: the client went away`, { subgraph }),
      false,
      false,
      detail,
      true,
    );
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new SubgraphFailure(timedOut(subgraph), true, false, detail);
  }
  // Undici's "fetch failed" (refused, reset, closed mid-answer) is a TypeError with the socket's error as cause.
  const connection = error instanceof TypeError;
  return new SubgraphFailure(unavailable(subgraph), true, connection, detail);
}

/**
 * Errors inside an answer (HTTP 2xx, next to data) pass through with their codes, except the two
 * that describe the subgraph rather than the caller's request: DEADLINE_EXCEEDED is
 * GATEWAY_TIMEOUT, OVERLOADED is SUBGRAPH_UNAVAILABLE, as for a whole answer above.
 */
export function mapAnswerErrors<E extends { message: string; extensions?: Record<string, unknown> }>(
  subgraph: string,
  errors: readonly E[],
): E[] {
  return errors.map((error) => {
    const code = error.extensions?.code;
    if (code !== 'DEADLINE_EXCEEDED' && code !== 'OVERLOADED') return error;
    const mapped = code === 'DEADLINE_EXCEEDED' ? timedOut(subgraph) : unavailable(subgraph);
    return { ...error, message: mapped.message, extensions: { code: mapped.extensions.code, subgraph } };
  });
}

/** The answer while `subgraph`'s circuit breaker is open. */
export function breakerOpen(subgraph: string): SubgraphFailure {
  return new SubgraphFailure(unavailable(subgraph), false, false, 'circuit breaker open');
}

function unavailable(subgraph: string): GraphQLError {
  return ERRORS.SUBGRAPH_UNAVAILABLE.err(`The ${subgraph} subgraph is unavailable`, { subgraph });
}

function timedOut(subgraph: string): GraphQLError {
  return ERRORS.GATEWAY_TIMEOUT.err(`The ${subgraph} subgraph did not answer in time`, { subgraph });
}

function refusal(subgraph: string, code: ErrorCode, message: string, extensions: Record<string, unknown>): GraphQLError {
  const kept = Object.fromEntries(KEPT_EXTENSIONS.filter((key) => key in extensions).map((key) => [key, extensions[key]]));
  return new GraphQLError(message, { extensions: { ...kept, code, subgraph } });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}
