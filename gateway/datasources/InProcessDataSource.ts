import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import type { AuthorisedContext } from '../../lib/auth/authorise.ts';
import { callerIn } from '../context.ts';
import type { EntityCache } from '../entity-cache/EntityCache.ts';

/**
 * A subgraph the gateway serves itself (GATEWAY_SUBGRAPHS: the catalog, the change feed): no
 * port, no process, no store. Each fetch runs the schema with a context holding only what its
 * access guards read, the caller the gateway verified, nothing else of the gateway's.
 */
export class InProcessDataSource extends LocalGraphQLDataSource {
  constructor(
    /** The subgraph's name in the supergraph (`catalog`). */
    readonly subgraph: string,
    schema: GraphQLSchema,
    /** The gateway's entity cache: an answer that asked this subgraph is not kept whole (its data changes without events). */
    private readonly entityCache?: Pick<EntityCache, 'noteUncacheable'>,
  ) {
    super(schema);
  }

  override process(options: GraphQLDataSourceProcessOptions): ReturnType<LocalGraphQLDataSource['process']> {
    this.entityCache?.noteUncacheable(options.context);
    return super.process({ ...options, context: { caller: callerIn(options.context) } satisfies AuthorisedContext });
  }
}
