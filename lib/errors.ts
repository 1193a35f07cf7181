import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The one registry of error codes (DESIGN.md § Errors). Every error a client sees carries one of
 * these in `extensions.code`; anything else is normalised to INTERNAL_SERVER_ERROR by
 * `formatError` before it leaves a service.
 */
export interface ErrorCodeDefinition {
  code: string;
  /** What the code means, for the README and for whoever reads the registry. */
  description: string;
  /** HTTP status, set only where the whole request fails with it. */
  httpStatus?: number;
  /** Build the error: `ERRORS.NOT_FOUND.err('Client cli_1 not found')`. */
  err(message: string, extensions?: Record<string, unknown>): GraphQLError;
}

function makeCodeDefinition(code: string, description: string, httpStatus?: number): ErrorCodeDefinition {
  return {
    code,
    description,
    httpStatus,
    err(message, extensions = {}) {
      return new GraphQLError(message, {
        extensions: { ...extensions, code, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
      });
    },
  };
}

export const ERRORS = {
  BAD_USER_INPUT: makeCodeDefinition(
    'BAD_USER_INPUT',
    'An argument is missing, of the wrong type or out of range; `extensions.fields` lists each failing path.',
  ),
  NOT_FOUND: makeCodeDefinition('NOT_FOUND', 'The entity named by id does not exist in its owning domain.'),
  REFERENCE_NOT_FOUND: makeCodeDefinition(
    'REFERENCE_NOT_FOUND',
    "A write points at another domain's entity that its owner says does not exist or may not be referenced; nothing was stored.",
  ),
  INVALID_TRANSITION: makeCodeDefinition(
    'INVALID_TRANSITION',
    'A lifecycle change that the entity’s current state does not allow; `extensions` names `from` and `to`.',
  ),
  CONFLICT: makeCodeDefinition(
    'CONFLICT',
    'The write was based on a stale version (`expectedVersion`) or collides with a unique value; nothing was stored. Also (HTTP 409, `Retry-After`, `extensions.retryAfter`) when another request with the same `Idempotency-Key` is still running.',
  ),
  IDEMPOTENCY_KEY_REUSED: makeCodeDefinition(
    'IDEMPOTENCY_KEY_REUSED',
    'The caller already used this `Idempotency-Key` (within 24 hours) for a different operation or input; nothing was run.',
    422,
  ),
  UNAUTHENTICATED: makeCodeDefinition('UNAUTHENTICATED', 'No valid credentials were presented.', 401),
  FORBIDDEN: makeCodeDefinition('FORBIDDEN', 'The caller lacks the scope this field or write needs.'),
  SUBGRAPH_UNAVAILABLE: makeCodeDefinition(
    'SUBGRAPH_UNAVAILABLE',
    'A domain could not be reached; `extensions.subgraph` names it. Other domains’ fields are still returned.',
  ),
  GATEWAY_TIMEOUT: makeCodeDefinition('GATEWAY_TIMEOUT', 'A domain did not answer in time; `extensions.subgraph` names it.'),
  INTERNAL_SERVER_ERROR: makeCodeDefinition(
    'INTERNAL_SERVER_ERROR',
    'Something unexpected failed; details are logged, never sent (no stack traces outside development).',
  ),
  // The edge (README § Limits and protection): refusals that protect every other caller.
  OPERATION_TOO_COMPLEX: makeCodeDefinition(
    'OPERATION_TOO_COMPLEX',
    'The operation exceeds a limit (depth, aliases, root fields, tokens, directives, cost); `extensions.limit` names it, `value` and `max` give the figures. Nothing was run.',
    400,
  ),
  RESPONSE_TOO_LARGE: makeCodeDefinition(
    'RESPONSE_TOO_LARGE',
    'The answer would exceed the response-size ceiling; `extensions.max` gives it in bytes. Ask for fewer fields or a smaller page.',
    400,
  ),
  REQUEST_TOO_LARGE: makeCodeDefinition(
    'REQUEST_TOO_LARGE',
    'The request body or its headers exceed the configured size; `extensions.max` gives it.',
    413,
  ),
  RATE_LIMITED: makeCodeDefinition(
    'RATE_LIMITED',
    'The caller sent more requests than its limit allows; retry after `extensions.retryAfter` seconds (also the `Retry-After` header).',
    429,
  ),
  OVERLOADED: makeCodeDefinition(
    'OVERLOADED',
    'The service is at its concurrency or memory limit and shed this request before doing any work; retry after the `Retry-After` header.',
    503,
  ),
  DEADLINE_EXCEEDED: makeCodeDefinition(
    'DEADLINE_EXCEEDED',
    'The request’s deadline (set by the gateway) passed before the work finished; the work was abandoned and nothing was stored.',
    504,
  ),
  PERSISTED_QUERY_NOT_IN_LIST: makeCodeDefinition(
    'PERSISTED_QUERY_NOT_IN_LIST',
    'Trusted documents are on and this operation is not in the manifest; send a registered document id.',
    400,
  ),
  // Apollo Server's own request-level codes, kept as they are so standard clients recognise them.
  GRAPHQL_PARSE_FAILED: makeCodeDefinition('GRAPHQL_PARSE_FAILED', 'The document is not valid GraphQL syntax.'),
  GRAPHQL_VALIDATION_FAILED: makeCodeDefinition(
    'GRAPHQL_VALIDATION_FAILED',
    'The document does not match the schema (unknown field, wrong literal type, missing argument).',
  ),
  BAD_REQUEST: makeCodeDefinition('BAD_REQUEST', 'The HTTP request is not a GraphQL request.'),
  PERSISTED_QUERY_NOT_FOUND: makeCodeDefinition(
    'PERSISTED_QUERY_NOT_FOUND',
    'An automatic persisted query hash is not known yet; resend it with the query.',
  ),
  PERSISTED_QUERY_NOT_SUPPORTED: makeCodeDefinition('PERSISTED_QUERY_NOT_SUPPORTED', 'Automatic persisted queries are turned off.'),
  OPERATION_RESOLUTION_FAILURE: makeCodeDefinition(
    'OPERATION_RESOLUTION_FAILURE',
    'The request names an operation the document does not contain.',
  ),
} as const satisfies Record<string, ErrorCodeDefinition>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

export interface FormatErrorOptions {
  /** Keep the message and stack of unexpected errors (development only). */
  includeStacktrace: boolean;
  /** Called with every error normalised to INTERNAL_SERVER_ERROR, so it can be logged. */
  onInternalError?: (error: unknown) => void;
}

/**
 * Apollo Server `formatError`: registry codes pass through without a stack (they are expected
 * outcomes, not bugs); anything else becomes INTERNAL_SERVER_ERROR without its message or stack
 * unless in development.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = scalarInputCode(formatted, error) ?? formatted.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    options.onInternalError?.(error);
    if (options.includeStacktrace) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    }
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * A malformed Date, Decimal or CurrencyCode written inline in the document fails validation,
 * which would report GRAPHQL_VALIDATION_FAILED; the scalar's own BAD_USER_INPUT is what the
 * caller needs, the same as when the value arrives in a variable.
 */
function scalarInputCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode | undefined {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  for (let cause: unknown = error; cause instanceof Error; cause = cause instanceof GraphQLError ? cause.originalError : undefined) {
    if (cause instanceof GraphQLError && cause.extensions.code === 'BAD_USER_INPUT') return 'BAD_USER_INPUT';
  }
  return undefined;
}
