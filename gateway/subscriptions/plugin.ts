import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { ERRORS } from '../../lib/errors.ts';

/**
 * A subscription sent over HTTP: Apollo Gateway plans it and then fails at execution with an
 * internal error ("Execution of subscriptions not supported by gateway", HTTP 500). Refused
 * here instead, before planning, with BAD_REQUEST (HTTP 400) saying where subscriptions live.
 */
export function refuseSubscriptionsOverHttp(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw ERRORS.BAD_REQUEST.err(
            'Subscriptions are served over WebSocket (graphql-ws, the graphql-transport-ws protocol) at this same /graphql URL with the ws:// or wss:// scheme, not over HTTP POST',
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}
