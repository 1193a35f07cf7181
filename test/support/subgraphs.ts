import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Domain } from '../../lib/domains.ts';
import { ReferenceChecker, type GraphQLResponse, type SubgraphExecutor } from '../../lib/references.ts';
import type { Subgraph, SubgraphModule } from '../../lib/subgraph.ts';

/** A subgraph opened on a fresh SQLite file, executed in-process (no HTTP), for unit tests. */
export interface TestSubgraph {
  subgraph: Subgraph;
  /** The SQLite file behind it, for snapshots. */
  databaseUrl: string;
  /** Runs an operation with a fresh context, as one request would. */
  execute(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** An executor other subgraphs' ReferenceCheckers can use to reach this one. */
  executor: SubgraphExecutor;
  close(): Promise<void>;
}

export function tempDir(prefix = 'recordgraph-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function openTestSubgraph(
  module: SubgraphModule,
  options: { owners?: Partial<Record<Domain, TestSubgraph>>; reportingCurrency?: string; databaseUrl?: string } = {},
): Promise<TestSubgraph> {
  const dir = tempDir(`recordgraph-${module.domain}-`);
  const executors = Object.fromEntries(
    Object.entries(options.owners ?? {}).map(([domain, owner]) => [domain, owner.executor]),
  ) as Partial<Record<Domain, SubgraphExecutor>>;
  const databaseUrl = options.databaseUrl ?? join(dir.path, `${module.domain}.sqlite`);
  const subgraph = await module.open({
    databaseUrl,
    references: new ReferenceChecker(executors),
    reportingCurrency: options.reportingCurrency ?? 'USD',
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
    execute,
    executor: (request) => execute(request.query, request.variables),
    async close() {
      await server.stop();
      await subgraph.close();
      dir.remove();
    },
  };
}

/** The error codes of a response, in order, for assertions. */
export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
