import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLError } from 'graphql';
import { Authenticator } from '../../lib/auth/authenticate.ts';
import type { Domain } from '../../lib/domains.ts';
import { ReferenceChecker, type GraphQLResponse, type SubgraphExecutor } from '../../lib/references.ts';
import type { Subgraph, SubgraphModule } from '../../lib/subgraph.ts';
import { TEST_AUTH, tokenOf, type TokenOption } from './auth.ts';
import { snapshotStore, type Snapshot } from './snapshot.ts';
import { sourceOf, type Operation } from './operations.ts';
import { createTestStore } from './stores.ts';

export { tempDir } from './stores.ts';

/** What a typed operation answers: `data` as the schema says. */
export interface TypedResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLResponse['errors'];
}

/**
 * A subgraph opened on a fresh store (a SQLite file, or a PostgreSQL database in the `postgres`
 * test project), executed in-process (no HTTP), for unit tests. Each operation presents a token,
 * verified as the HTTP service would verify it: one with every scope unless told otherwise.
 */
export interface TestSubgraph {
  subgraph: Subgraph;
  /** The store behind it. */
  databaseUrl: string;
  /** Every row of every table, through a separate connection. */
  snapshot(): Promise<Snapshot>;
  /**
   * Runs an operation with a fresh context, as one request would, with a token of every scope
   * (or `options.token`; null for none): a typed document (test/support/operations.ts) answers
   * typed data.
   */
  execute<TResult, TVariables>(
    operation: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: TokenOption,
  ): Promise<TypedResponse<TResult>>;
  execute(operation: string, variables?: Record<string, unknown>, options?: TokenOption): Promise<GraphQLResponse>;
  /** An executor other subgraphs' ReferenceCheckers can use to reach this one; it forwards their caller's token. */
  executor: SubgraphExecutor;
  close(): Promise<void>;
}

export async function openTestSubgraph(
  module: SubgraphModule,
  options: { owners?: Partial<Record<Domain, TestSubgraph>>; reportingCurrency?: string; databaseUrl?: string; poolSize?: number } = {},
): Promise<TestSubgraph> {
  const store = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestStore(module.domain);
  const executors = Object.fromEntries(Object.entries(options.owners ?? {}).map(([domain, owner]) => [domain, owner.executor])) as Partial<
    Record<Domain, SubgraphExecutor>
  >;
  const databaseUrl = store.url;
  const subgraph = await module
    .open({
      databaseUrl,
      references: new ReferenceChecker(executors),
      reportingCurrency: options.reportingCurrency ?? 'USD',
      poolSize: options.poolSize,
    })
    .catch(async (error: unknown) => {
      await store.drop();
      throw error;
    });
  const server = new ApolloServer({ schema: subgraph.schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const authenticator = new Authenticator(TEST_AUTH);
  const execute = async (
    operation: Operation<unknown, never>,
    variables?: unknown,
    options: TokenOption = {},
  ): Promise<GraphQLResponse> => {
    const query = sourceOf(operation);
    const token = await tokenOf(options);
    let contextValue: object;
    try {
      contextValue = subgraph.createContext(await authenticator.authenticate(token ? `Bearer ${token}` : undefined));
    } catch (error: unknown) {
      // What the HTTP service answers (with status 401) when the token is refused.
      if (error instanceof GraphQLError) return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
      throw error;
    }
    const response = await server.executeOperation(
      { query, variables: variables as Record<string, unknown> | undefined },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
  return {
    subgraph,
    databaseUrl,
    snapshot: () => snapshotStore(databaseUrl),
    execute: execute,
    executor: (request, token) => execute(request.query, request.variables, { token }),
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
