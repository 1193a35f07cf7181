import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { guardQueries, type AuthorisedContext } from '../../lib/auth/authorise.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import { EVENTS, subgraphSdl } from '../../lib/schema.ts';
import { eventsResolvers } from './resolvers.ts';
import { callerIn } from '../context.ts';

/**
 * The events subgraph (schema/events.graphql), served by the gateway in-process from the bus:
 * the change feed over HTTP here, and the same schema's `entityChanged` over graphql-ws
 * (gateway/subscriptions). It stores nothing. `changes` needs `read`, as every query does,
 * checked on the caller the gateway verified.
 */
export class EventsDataSource extends LocalGraphQLDataSource {
  readonly subgraph = EVENTS;

  constructor(bus: EventBus | undefined) {
    super(eventsSchema(bus));
  }

  override process(options: GraphQLDataSourceProcessOptions): ReturnType<LocalGraphQLDataSource['process']> {
    // The subgraph's context is what its guards read: the verified caller, nothing else of the gateway's.
    return super.process({ ...options, context: { caller: callerIn(options.context) } satisfies AuthorisedContext });
  }
}

export function eventsSchema(bus: EventBus | undefined): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(EVENTS)),
    resolvers: eventsResolvers(bus),
  });
  guardQueries(schema);
  return schema;
}
