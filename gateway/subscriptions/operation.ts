import type { SubscribePayload } from 'graphql-ws';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { AuthorisedContext } from '../../lib/auth/authorise.ts';
import { ERRORS, type ErrorCode } from '../../lib/errors.ts';
import { unresolvedOperationMessage } from '../operation-resolution.ts';
import { exceededLimit, operationTooComplex, type OperationLimits } from '../../lib/http/operation-limits.ts';

/**
 * Turns a graphql-ws `subscribe` message into execution arguments against the events schema,
 * or into the errors Apollo Server would give the same document over HTTP, with registry codes.
 * Only subscriptions travel over the socket: queries and mutations belong to HTTP, where the
 * whole supergraph answers them.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  context: AuthorisedContext,
  limits: OperationLimits,
): ExecutionArgs | readonly GraphQLError[] {
  // The limits an HTTP request meets, before the document is parsed in full or validated.
  const exceeded = exceededLimit(payload.query, payload.variables, schema, limits);
  if (exceeded) return [rebuilt(operationTooComplex(exceeded))];
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error: unknown) {
    return [refusal('GRAPHQL_PARSE_FAILED', error instanceof Error ? error.message : 'The document is not valid GraphQL')];
  }
  const invalid = validate(schema, document);
  if (invalid.length) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) {
    return [refusal('OPERATION_RESOLUTION_FAILURE', unresolvedOperationMessage(payload.operationName))];
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [
      refusal(
        'BAD_REQUEST',
        `Only subscriptions are served over WebSocket; send a ${operation.operation} as an HTTP POST to the same /graphql URL`,
      ),
    ];
  }
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (variables.errors) return variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT'));
  return { schema, document, operationName: payload.operationName, variableValues: variables.coerced, contextValue: context };
}

/** A registry error, built by graphql-ws's own GraphQLError (lib/errors.ts may hold another copy's). */
function refusal(code: ErrorCode, message: string): GraphQLError {
  return rebuilt(ERRORS[code].err(message));
}

/** The same error as graphql-ws's GraphQLError, without the HTTP status (a socket has none). */
function rebuilt(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { extensions });
}

function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
