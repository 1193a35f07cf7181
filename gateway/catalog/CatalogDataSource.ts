import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { guardQueries, type AuthorisedContext } from '../../lib/auth/authorise.ts';
import { buildSystemOfRecord, type SystemOfRecord } from './inventory.ts';
import { CATALOG, GATEWAY_SUBGRAPHS, subgraphSdl } from '../../lib/schema.ts';
import { callerIn } from '../context.ts';

/**
 * The catalog subgraph (schema/catalog.graphql), served by the gateway in-process: no port, no
 * process, no store. The inventory is computed once from the supergraph the gateway serves, so it
 * describes exactly the graph its callers query. Every Query field needs `read`, as in the domains
 * (lib/auth/authorise.ts), checked on the caller the gateway verified.
 */
export class CatalogDataSource extends LocalGraphQLDataSource {
  readonly subgraph = CATALOG;

  constructor(supergraphSdl: string) {
    super(catalogSchema(buildSystemOfRecord(supergraphSdl, { notDomains: GATEWAY_SUBGRAPHS })));
  }

  override process(options: GraphQLDataSourceProcessOptions): ReturnType<LocalGraphQLDataSource['process']> {
    // The subgraph's context is what its guards read: the verified caller, nothing else of the gateway's.
    return super.process({ ...options, context: { caller: callerIn(options.context) } satisfies AuthorisedContext });
  }
}

export function catalogSchema(inventory: SystemOfRecord): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(CATALOG)),
    resolvers: { Query: { systemOfRecord: () => inventory } },
  });
  guardQueries(schema);
  return schema;
}
