import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import { persistedDocumentsLink } from './persisted-documents.ts';
import { readStoredToken } from './session.tsx';

/**
 * The app's only way to data: the public /graphql endpoint of the gateway that served the page,
 * over HTTP for queries and mutations (sent by their registered id: ./persisted-documents.ts) and
 * graphql-ws for subscriptions, with the session's token.
 * A new client per sign-in, so no answer fetched as one person is shown to the next.
 */
export function createApolloClient(): ApolloClient {
  const token = readStoredToken();
  const authorization = token ? `Bearer ${token}` : undefined;
  const http = new HttpLink({ uri: '/graphql' });
  const auth = new SetContextLink((previous) => ({
    headers: { ...(previous.headers as Record<string, string> | undefined), ...(authorization ? { authorization } : {}) },
  }));
  const ws = new GraphQLWsLink(
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      connectionParams: authorization ? { authorization } : {},
      // Keep trying while a gateway restarts; the pages show what they have meanwhile.
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, ws, ApolloLink.from([auth, persistedDocumentsLink(http)])),
    cache: new InMemoryCache(),
    // A page shows what it could get and says what it could not: partial data with errors.
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}

// Apollo Client 4 types `data` by the error policy: declare the default one here (its documented
// way is namespace merging).
/* eslint-disable @typescript-eslint/no-namespace */
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
