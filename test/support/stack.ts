import { demoPlan, startServices } from '../../cli/services.ts';
import { loadConfig, type Config } from '../../lib/config.ts';
import type { DemoPlan, DemoSize } from '../../lib/demo/plan.ts';
import type { RecordSystem } from '../../lib/domains.ts';
import type { Subgraph } from '../../lib/subgraph.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { bearer, tokenOf, type TokenOption } from './auth.ts';
import { sourceOf, type Operation, type Untyped } from './operations.ts';
import { ANY_FREE_PORT, createTestStores } from './stores.ts';

/**
 * The whole product in-process, started the way `recordgraph start` starts it: five subgraphs
 * and the gateway, each a real HTTP server on port 0, each subgraph over its own store: a SQLite
 * file in a temporary directory, or a fresh PostgreSQL database in the `postgres` test project.
 */
export interface Stack {
  config: Config;
  gatewayUrl: string;
  urls: Record<RecordSystem, string>;
  subgraphs: Record<RecordSystem, Subgraph>;
  /** The demo plan the stores were seeded from (null when started empty). */
  plan: DemoPlan | null;
  /**
   * POSTs an operation to the gateway with a token of every scope (or `options.token`; null for
   * none): a typed document (test/support/operations.ts) answers typed data.
   */
  query<TResult, TVariables>(
    operation: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: QueryOptions,
  ): Promise<GraphQLResult<TResult>>;
  query(operation: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLResult<Untyped>>;
  /** The same against any URL, e.g. a subgraph's in `urls`, bypassing the gateway. */
  queryAt<TResult, TVariables>(
    url: string,
    operation: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: QueryOptions,
  ): Promise<GraphQLResult<TResult>>;
  queryAt(url: string, operation: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLResult<Untyped>>;
  /** Stops one subgraph's HTTP service, as a crashed domain would look to the gateway. */
  stopSubgraph(name: RecordSystem): Promise<void>;
  stop(): Promise<void>;
}

export interface QueryOptions extends TokenOption {
  /** Further request headers, e.g. `{ 'idempotency-key': 'k1' }`. */
  headers?: Record<string, string>;
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export const SMALL_COMPANY: DemoSize = { clients: 60, employees: 20, invoices: 600, projects: 80 };

export async function startStack(options: { seed?: DemoSize | null; env?: Record<string, string> } = {}): Promise<Stack> {
  const stores = await createTestStores();
  const size = options.seed === undefined ? SMALL_COMPANY : options.seed;
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...stores.env,
    ...ANY_FREE_PORT,
    SUBGRAPH_TIMEOUT_MS: '5000',
    SEED_ON_START: size ? 'true' : 'false',
    SEED_RANDOM: '7',
    ...(size
      ? {
          SEED_CLIENTS: `${size.clients}`,
          SEED_EMPLOYEES: `${size.employees}`,
          SEED_INVOICES: `${size.invoices}`,
          SEED_PROJECTS: `${size.projects}`,
        }
      : {}),
    ...options.env,
  });
  const running = await startServices({ config }).catch(async (error: unknown) => {
    await stores.drop();
    throw error;
  });
  const gatewayUrl = running.gatewayUrl ?? '';
  const services = new Map(running.services.map((service) => [service.name, service]));
  const queryAt = async (url: string, operation: Operation<unknown, never>, variables?: unknown, options: QueryOptions = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers, ...bearer(await tokenOf(options, config.auth)) },
      body: JSON.stringify({ query: sourceOf(operation), variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<never>, 'status'>) };
  };
  return {
    config,
    gatewayUrl,
    urls: running.urls,
    subgraphs: running.subgraphs as Record<RecordSystem, Subgraph>,
    plan: size ? demoPlan(config) : null,
    query: (operation: Operation<unknown, never>, variables?: unknown, options?: QueryOptions) =>
      queryAt(gatewayUrl, operation, variables, options),
    queryAt,
    stopSubgraph: async (name) => services.get(name)?.stop(),
    async stop() {
      try {
        await running.stop();
      } finally {
        await stores.drop();
      }
    },
  };
}
