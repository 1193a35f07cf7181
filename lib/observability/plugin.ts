import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { currentRequest } from './request-scope.ts';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * Tells the request's scope which operation it ran, for its log line and metrics labels: the
 * resolved operation's name; for a request that failed before that (validation), the name the
 * client asked for or the document's only operation's name.
 */
export function operationNamePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, request, document }) {
          const scope = currentRequest();
          if (!scope) return;
          const asked = request.operationName;
          scope.operation = operationName ?? (asked !== undefined && GRAPHQL_NAME.test(asked) ? asked : onlyOperationName(document));
        },
      };
    },
  };
}

function onlyOperationName(document: DocumentNode | undefined): string | null {
  const operations = document?.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
  const [only] = operations;
  return operations.length === 1 && only?.kind === Kind.OPERATION_DEFINITION ? (only.name?.value ?? null) : null;
}
