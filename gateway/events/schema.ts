import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { guardQueries } from '../../lib/auth/authorise.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import { EVENTS, subgraphSdl } from '../../lib/schema.ts';
import { eventsResolvers } from './resolvers.ts';

/**
 * The events subgraph (schema/events.graphql), which the gateway serves in-process from the bus:
 * the change feed over HTTP, and the same schema's `entityChanged` over graphql-ws
 * (gateway/subscriptions). It stores nothing. `changes` needs `read`, as every query does.
 */
export function eventsSchema(bus: EventBus | undefined): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(EVENTS)),
    resolvers: eventsResolvers(bus),
  });
  guardQueries(schema);
  return schema;
}
