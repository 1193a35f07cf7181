import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { guardQueries } from '../../lib/auth/authorise.ts';
import { CATALOG, GATEWAY_SUBGRAPHS, subgraphSdl } from '../../lib/schema.ts';
import { buildSystemOfRecord } from './inventory.ts';

/**
 * The catalog subgraph (schema/catalog.graphql), which the gateway serves in-process. The
 * inventory is computed once from the supergraph the gateway serves, so it describes exactly the
 * graph its callers query. Every Query field needs `read`, as in the domains (lib/auth/authorise.ts).
 */
export function catalogSchema(supergraphSdl: string): GraphQLSchema {
  const inventory = buildSystemOfRecord(supergraphSdl, { notDomains: GATEWAY_SUBGRAPHS });
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(CATALOG)),
    resolvers: { Query: { systemOfRecord: () => inventory } },
  });
  guardQueries(schema);
  return schema;
}
