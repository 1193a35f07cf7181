import type { ApolloServerPlugin } from '@apollo/server';
import { ERRORS } from '../lib/errors.ts';

/** Why a document has no operation to run under `operationName`, in graphql-js's words. */
export function unresolvedOperationMessage(operationName: string | null | undefined): string {
  return operationName
    ? `Unknown operation named "${operationName}".`
    : 'Must provide operation name if query contains multiple operations.';
}

/**
 * A request whose `operationName` names no operation of its document, or that names none for a
 * document holding several. Apollo Server leaves such a request to the executor to refuse, and
 * the gateway's executors (and Apollo Gateway's own) take an operation as given: it would end as
 * an internal error (HTTP 500). Refused here instead, before planning, as Apollo Server refuses
 * it over a plain schema: OPERATION_RESOLUTION_FAILURE, HTTP 400.
 */
export function refuseUnresolvedOperations(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw ERRORS.OPERATION_RESOLUTION_FAILURE.err(unresolvedOperationMessage(request.operationName), { http: { status: 400 } });
        },
      };
    },
  };
}
