import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Domain } from '../../lib/domains.ts';
import { ReferenceChecker, type GraphQLResponse, type SubgraphExecutor } from '../../lib/references.ts';
import type { Subgraph, SubgraphModule } from '../../lib/subgraph.ts';
import { snapshotStore, type Snapshot } from './snapshot.ts';
import { createTestStore } from './stores.ts';

export { tempDir } from './stores.ts';

/**
 * A subgraph opened on a fresh store (a SQLite file, or a PostgreSQL database in the `postgres`
 * test project), executed in-process (no HTTP), for unit tests.
 */
export interface TestSubgraph {
  subgraph: Subgraph;
  /** The store behind it. */
  databaseUrl: string;
  /** Every row of every table, through a separate connection. */
  snapshot(): Promise<Snapshot>;
  /** Runs an operation with a fresh context, as one request would. */
  execute(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** An executor other subgraphs' ReferenceCheckers can use to reach this one. */
  executor: SubgraphExecutor;
  close(): Promise<void>;
}

export async function openTestSubgraph(
  module: SubgraphModule,
  options: { owners?: Partial<Record<Domain, TestSubgraph>>; reportingCurrency?: string; databaseUrl?: string; poolSize?: number } = {},
): Promise<TestSubgraph> {
  const store = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestStore(module.domain);
  const executors = Object.fromEntries(
    Object.entries(options.owners ?? {}).map(([domain, owner]) => [domain, owner.executor]),
  ) as Partial<Record<Domain, SubgraphExecutor>>;
  const databaseUrl = store.url;
  const subgraph = await module
    .open({ databaseUrl, references: new ReferenceChecker(executors), reportingCurrency: options.reportingCurrency ?? 'USD', poolSize: options.poolSize })
    .catch(async (error: unknown) => {
      await store.drop();
      throw error;
    });
  const server = new ApolloServer({ schema: subgraph.schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const execute = async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await server.executeOperation({ query, variables }, { contextValue: subgraph.createContext() });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as GraphQLResponse;
  };
  return {
    subgraph,
    databaseUrl,
    snapshot: () => snapshotStore(databaseUrl),
    execute,
    executor: (request) => execute(request.query, request.variables),
    async close() {
      try {
        await server.stop();
        await subgraph.close();
      } finally {
        await store.drop();
      }
    },
  };
}

/** The error codes of a response, in order, for assertions. */
export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
