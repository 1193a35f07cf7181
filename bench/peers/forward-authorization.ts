import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

/** What a stock @apollo/gateway request context carries for the subgraphs: the caller's own header. */
export interface CallerContext {
  authorization?: string;
}

/**
 * The documented way to pass the caller's token on with stock @apollo/gateway: a
 * RemoteGraphQLDataSource whose willSendRequest copies the Authorization header onto every
 * subgraph fetch (recordgraph's subgraphs verify it again and refuse a request without it when
 * anonymous reads are off).
 */
export class ForwardAuthorization extends RemoteGraphQLDataSource<CallerContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<CallerContext>): void {
    const authorization: unknown = (context as CallerContext).authorization;
    if (typeof authorization === 'string') request.http?.headers.set('authorization', authorization);
  }
}
