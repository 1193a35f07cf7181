import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { NOBODY, type Caller } from '../../lib/auth/scopes.ts';
import { WEBHOOKS } from '../../lib/supergraph.ts';
import { createContext, type WebhooksServices } from './context.ts';

/** The caller in the gateway's context (gateway/server.ts GatewayContext); nobody when there is none. */
function callerIn(context: unknown): Caller {
  const caller = (context as { credentials?: { caller?: Caller } } | null | undefined)?.credentials?.caller;
  return caller && caller.scopes instanceof Set ? caller : NOBODY;
}

/**
 * The webhooks subgraph (schema/webhooks.graphql), served by the gateway in-process over its own
 * store. Each fetch gets a fresh context: the caller the gateway verified, and new DataLoaders.
 */
export class WebhooksDataSource extends LocalGraphQLDataSource {
  readonly subgraph = WEBHOOKS;

  constructor(
    schema: GraphQLSchema,
    private readonly services: WebhooksServices,
  ) {
    super(schema);
  }

  override process(options: GraphQLDataSourceProcessOptions): ReturnType<LocalGraphQLDataSource['process']> {
    return super.process({ ...options, context: createContext(this.services, callerIn(options.context)) });
  }
}
