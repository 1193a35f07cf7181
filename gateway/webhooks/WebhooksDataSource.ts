import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { WEBHOOKS } from '../../lib/schema.ts';
import { callerIn } from '../context.ts';
import { createContext, type WebhooksServices } from './context.ts';

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
