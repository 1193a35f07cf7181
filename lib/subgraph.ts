import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import { Authenticator } from './auth/authenticate.ts';
import { enforceAccess, type AccessRules } from './auth/authorise.ts';
import { writeScope, type Credentials } from './auth/scopes.ts';
import type { Config } from './config.ts';
import type { DemoSource, SeedProgress } from './demo/plan.ts';
import type { Domain, RecordSystem } from './domains.ts';
import type { EventBus } from './events/bus.ts';
import { startReactions, type Reaction } from './events/reactions.ts';
import { OutboxRelay } from './events/relay.ts';
import { idempotencyPlugin } from './idempotency/plugin.ts';
import { IdempotencyStore } from './idempotency/store.ts';
import { guardResolvers } from './http/resolver-guard.ts';
import { HttpService, type HttpServiceOptions } from './http/service.ts';
import type { Logger } from './observability/logger.ts';
import { metricsAccessOf } from './observability/metrics-access.ts';
import { storeReadiness } from './observability/readiness.ts';
import type { ReferenceChecker, SubgraphExecutor } from './references.ts';
import { openDatabase, type Database, type PoolStats } from './store/database.ts';
import { holdStore } from './store/hold.ts';
import { platformOf, type PlatformTables } from './store/platform.ts';
import { subgraphSdl } from './schema.ts';
import { isWritePath, type WriteContext } from './writes/mutation.ts';
import { announcedWritesPlugin } from './writes/announced.ts';

/** What every subgraph needs from outside: where its store is, and how to reach the owners it references. */
export interface SubgraphDeps {
  /** A SQLite path or a postgres:// URL. */
  databaseUrl: string;
  references: ReferenceChecker;
  /** Currency of aggregates (REPORTING_CURRENCY). */
  reportingCurrency: string;
  /** Largest PostgreSQL pool (DATABASE_POOL_MAX, default 10). */
  poolSize?: number;
  /** Longest one PostgreSQL statement may run (DATABASE_STATEMENT_TIMEOUT_MS; default none). */
  statementTimeoutMs?: number;
  /**
   * Run pending migrations when opening (MIGRATE_ON_START, default true); when false, a store
   * that is behind is refused with StoreBehindError naming the domain and `recordgraph migrate`.
   */
  migrate?: boolean;
  /**
   * Hold the store while open (default true), so `recordgraph seed` refuses to replace it
   * underneath (lib/store/hold.ts); seed itself, which has claimed the store, opens it without.
   */
  hold?: boolean;
  /**
   * Where this subgraph announces its writes and hears other domains' (lib/events). Without a
   * bus the outbox only fills (tests of one subgraph); with one, a relay publishes it, the
   * domain's automation rules run, and so does the subgraph's background work.
   */
  events?: EventsDeps;
  /** NODE_ENV (default development): in production webhooks accept only public https receivers. */
  env?: Config['env'];
  /** The Idempotency-Key lease (IDEMPOTENCY_*; defaults when left out). */
  idempotency?: Config['idempotency'];
}

export interface EventsDeps {
  bus: EventBus;
  /** How often the relay scans the outbox besides the wake-up after each mutation (OUTBOX_POLL_MS). */
  outboxPollMs: number;
  /** The subgraphs automation rules may ask (the same executors reference checks use). */
  executors: Partial<Record<Domain, SubgraphExecutor>>;
  /** The bearer token automation rules present to those subgraphs (lib/events/service-token.ts). */
  serviceToken: () => Promise<string | null>;
  /** What an hour of logged time is billed at, in the reporting currency (BILLING_HOURLY_RATE). */
  billingHourlyRate: string;
  /** How webhook deliveries are timed out and retried (WEBHOOK_*), for the webhooks subgraph's delivery worker. */
  webhooks?: Config['webhooks'];
  /** Where the relay says the bus is unreachable, and a rule that it will retry or skips an event. */
  logger?: Pick<Logger, 'warn' | 'info' | 'error'>;
}

/** Something a subgraph keeps running beside its requests while it is open with a bus: a bus consumer, a worker. */
export interface BackgroundTask {
  /** Asks it to look for work now; called after each mutation commits, as the relay is. */
  wake?(): void;
  /** Stops it after the work in hand; the store closes only once every task has stopped. */
  stop(): Promise<void>;
}

/** A subgraph opened on its store: the schema, a context factory, and its store's lifecycle. */
export interface Subgraph<Ctx extends object = object> {
  /** The system of record it is: a business domain, or webhooks. */
  domain: RecordSystem;
  schema: GraphQLSchema;
  /**
   * A fresh per-request context (new DataLoaders every time) for a verified caller; its
   * reference checks forward the caller's token to the owners they ask.
   */
  createContext(credentials: Credentials): Ctx;
  /** Writes this domain's part of the demo company into an empty store (nothing for a subgraph without demo data), telling `progress` as it goes. */
  seed(plan: DemoSource, progress?: SeedProgress): Promise<void>;
  /** True when the store has none of this domain's demo entities yet; always false for a subgraph without demo data. */
  isEmpty(): Promise<boolean>;
  /** SQL statements sent so far, to prove batching in tests. */
  readonly statementCount: number;
  /** The store's Idempotency-Key records (lib/idempotency), consulted by the HTTP service for mutations. */
  idempotency: IdempotencyStore;
  /** Publishes the store's outbox to the bus (null without a bus); `wake` after a write commits. */
  relay: OutboxRelay | null;
  /** Resolves when the store answers (readiness). */
  ping(): Promise<void>;
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface SubgraphModule {
  domain: RecordSystem;
  /** The store's schema history, for `recordgraph migrate`. */
  migrations: Record<string, Migration>;
  open(deps: SubgraphDeps): Promise<Subgraph>;
}

/**
 * What every subgraph's per-request context has, built by defineSubgraph: the verified caller,
 * the store, reference checks on the caller's behalf, and what the write path needs
 * (lib/writes/mutation.ts). A subgraph adds its own (DataLoaders) in `createContext`.
 */
export type SubgraphContext<DB> = WriteContext<DB>;

export interface SubgraphDefinition<DB extends PlatformTables, Ctx extends SubgraphContext<DB>> {
  /** The system of record; the scopes that read and write it are SYSTEM_SCOPES[domain] (lib/auth/scopes.ts). */
  domain: RecordSystem;
  /** Fields that need a scope beyond the read scope (lib/auth/authorise.ts); mutations and queries are covered for every subgraph. */
  fieldScopes?: AccessRules['fieldScopes'];
  migrations: Record<string, Migration>;
  /**
   * Codegen-typed resolvers; checked against the schema by buildSubgraphSchema at start. Every
   * Mutation resolver is built by the write path (lib/writes/mutation.ts), or the subgraph does
   * not start.
   */
  resolvers: object;
  /** The subgraph's context: `base` (every subgraph's) plus its own, e.g. fresh DataLoaders. */
  createContext(base: SubgraphContext<DB>, deps: SubgraphDeps): Ctx;
  /** Writes this domain's part of the demo company; a subgraph without demo data (webhooks) leaves it and `isEmpty` out. */
  seed?(db: Kysely<DB>, plan: DemoSource, progress?: SeedProgress): Promise<void>;
  isEmpty?(db: Kysely<DB>): Promise<boolean>;
  /** Columns announced as changed without their values, per entity (an employee's salary). */
  redacted?: Readonly<Record<string, readonly string[]>>;
  /** This domain's reactions to other domains' events (lib/events/reactions.ts). */
  reactions?(db: Kysely<DB>, events: EventsDeps, deps: SubgraphDeps): Reaction<DB>[];
  /**
   * Starts the subgraph's own background work when it is opened with a bus (webhooks: the
   * dispatcher turning events into deliveries, and the worker sending them). Each task is woken
   * after a mutation commits and stopped before the store closes.
   */
  background?(db: Kysely<DB>, events: EventsDeps, deps: SubgraphDeps): BackgroundTask[];
}

/** The one way a system of record becomes a subgraph, so all have the same shape and the same access rules. */
export function defineSubgraph<DB extends PlatformTables, Ctx extends SubgraphContext<DB>>(
  definition: SubgraphDefinition<DB, Ctx>,
): SubgraphModule & {
  open(deps: SubgraphDeps): Promise<Subgraph<Ctx>>;
} {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(definition.domain)),
    // Codegen's resolver types are stricter than the map buildSubgraphSchema accepts.
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
  });
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (!isWritePath(field.resolve)) {
      throw new Error(
        `${definition.domain} Mutation.${field.name} is not built by the write path: use writePath() (lib/writes/mutation.ts)`,
      );
    }
  }
  enforceAccess(schema, { domain: definition.domain, fieldScopes: definition.fieldScopes });
  // Abandoned queries stop, and a big one does not keep the process from its health checks.
  guardResolvers(schema);
  return {
    domain: definition.domain,
    migrations: definition.migrations,
    async open(deps) {
      const hold = deps.hold === false ? null : await holdStore(deps.databaseUrl, definition.domain);
      const database: Database<DB> = await openDatabase<DB>({
        url: deps.databaseUrl,
        migrations: definition.migrations,
        poolSize: deps.poolSize,
        statementTimeoutMs: deps.statementTimeoutMs,
        migrate: deps.migrate,
        name: definition.domain,
      }).catch(async (error: unknown) => {
        await hold?.release();
        throw error;
      });
      const scope = writeScope(definition.domain);
      const events = deps.events;
      const relay = events
        ? new OutboxRelay(platformOf(database.db), {
            source: definition.domain,
            bus: events.bus,
            redacted: definition.redacted,
            pollMs: events.outboxPollMs,
            logger: events.logger,
          })
        : null;
      relay?.start();
      const tasks: BackgroundTask[] =
        events && relay
          ? [
              ...startReactions({
                db: database.db,
                bus: events.bus,
                reactions: definition.reactions?.(database.db, events, deps) ?? [],
                committed: () => relay.wake(),
                logger: events.logger,
              }),
              ...(definition.background?.(database.db, events, deps) ?? []),
            ]
          : [];
      // After a write commits: its event leaves now, and the background work looks for work now.
      const announce = () => {
        relay?.wake();
        for (const task of tasks) task.wake?.();
      };
      return {
        domain: definition.domain,
        schema,
        createContext: (credentials) =>
          definition.createContext(
            {
              caller: credentials.caller,
              db: database.db,
              references: deps.references.forToken(credentials.token),
              writes: { scope, announce },
            },
            deps,
          ),
        seed: async (plan, progress) => definition.seed?.(database.db, plan, progress),
        isEmpty: async () => (definition.isEmpty ? definition.isEmpty(database.db) : false),
        idempotency: new IdempotencyStore(platformOf(database.db), deps.idempotency),
        get statementCount() {
          return database.statementCount;
        },
        relay,
        ping: () => database.ping(),
        poolStats: () => database.poolStats(),
        close: async () => {
          await Promise.all(tasks.map((task) => task.stop()));
          await relay?.stop();
          await database.close();
          await hold?.release();
        },
      };
    },
  };
}

export type SubgraphServiceOptions = Pick<Config, 'env' | 'auth'> &
  Partial<Pick<Config, 'logLevel' | 'shutdownGraceMs' | 'httpLimits' | 'telemetry' | 'shedding' | 'limits'>> &
  Pick<HttpServiceOptions<object>, 'logDestination'>;

/**
 * Serves a subgraph over HTTP, ready while its store answers; closing the service closes its
 * store. Every request's bearer token is verified here, whoever sent it: the gateway forwards
 * the caller's, and a client calling the subgraph directly gets no more than through the gateway.
 */
export function createSubgraphService(subgraph: Subgraph, options: SubgraphServiceOptions): HttpService<object> {
  const authenticator = new Authenticator(options.auth);
  return new HttpService<object>({
    name: subgraph.domain,
    env: options.env,
    logLevel: options.logLevel,
    logDestination: options.logDestination,
    shutdownGraceMs: options.shutdownGraceMs,
    httpLimits: options.httpLimits,
    metricsAccess: metricsAccessOf(options),
    shedding: options.shedding,
    limits: options.limits,
    // No Apollo usage reporting here, so no inline traces to build.
    apollo: {
      schema: subgraph.schema,
      // The writes are announced before the Idempotency-Key's owner stores the answer: a retry gets
      // the first response whole, extensions included (its writes dropped from caches once more: harmless).
      plugins: [ApolloServerPluginInlineTraceDisabled(), announcedWritesPlugin(), idempotencyPlugin(subgraph.idempotency)],
    },
    context: async (request) => subgraph.createContext(await authenticator.authenticate(request.headers.authorization)),
    ready: storeReadiness(() => subgraph.ping()),
    poolStats: () => subgraph.poolStats(),
    onStopped: () => subgraph.close(),
  });
}
