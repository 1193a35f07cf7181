import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Authenticator } from '../lib/auth/authenticate.ts';
import { createPersistedQueryCache, type PersistedQueryCacheConfig } from '../lib/cache/persisted-queries.ts';
import { CONFIG_DEFAULTS, disableApolloTelemetry, type Config } from '../lib/config.ts';
import { isRecordSystem } from '../lib/domains.ts';
import type { EventBus } from '../lib/events/bus.ts';
import { HttpService } from '../lib/http/service.ts';
import { metricsAccessOf } from '../lib/observability/metrics-access.ts';
import { gatewayReadiness, READINESS_TIMEOUT_MS } from '../lib/observability/readiness.ts';
import { loadManifest, operationNames } from '../lib/operations/manifest.ts';
import { supergraphGraphs } from '../lib/ownership/supergraph.ts';
import { CATALOG, EVENTS, SUPERGRAPH_PATH } from '../lib/schema.ts';
import { catalogSchema } from './catalog/schema.ts';
import type { GatewayContext } from './context.ts';
import { InProcessDataSource } from './datasources/InProcessDataSource.ts';
import { EntityBatcher } from './datasources/entity-batching.ts';
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts';
import { createEntityCache, withEntityCache } from './entity-cache/gateway.ts';
import { withForgetting } from './sharing/forget-on-events.ts';
import { answeringExecutor } from './entity-cache/answers.ts';
import { SharedWork, sharingGateway } from './sharing/sharing-gateway.ts';
import { eventsSchema } from './events/schema.ts';
import { subgraphRefusalStatus } from './http-status.ts';
import { rateLimits } from './rate-limits.ts';
import { refuseSubscriptionsOverHttp } from './subscriptions/plugin.ts';
import { refuseUnresolvedOperations } from './operation-resolution.ts';
import { subscriptionServer } from './subscriptions/SubscriptionServer.ts';
import { registeredDocuments, trustedDocuments } from './trusted-documents.ts';
import { executeThroughGateway } from './export/execute.ts';
import { exportRoutes } from './export/routes.ts';
import { webRoutes } from './web/routes.ts';

export type GatewayConfig = Pick<
  Config,
  | 'env'
  | 'auth'
  | 'subgraphUrls'
  | 'supergraphPath'
  | 'subgraphTimeoutMs'
  | 'subgraphResilience'
  | 'logLevel'
  | 'shutdownGraceMs'
  | 'shedding'
> &
  Partial<
    Pick<
      Config,
      'httpLimits' | 'trustedDocuments' | 'telemetry' | 'limits' | 'rateLimits' | 'entityCache' | 'shareInFlight' | 'entityBatching'
    >
  > &
  PersistedQueryCacheConfig;

/** What the gateway serves besides the supergraph: the change feed and subscriptions read the bus. */
export interface GatewayDeps {
  /** Without one (a gateway in a test of queries alone) there is no change feed or subscription. */
  bus?: EventBus;
}

/**
 * The one endpoint: Apollo Gateway over the static supergraph in SUPERGRAPH_PATH, any valid
 * Federation 2 supergraph. It keeps no data: every system of record is a subgraph reached over
 * HTTP; the catalog and the change feed it serves itself from the supergraph and the bus. It never
 * introspects subgraphs, so it starts (and answers the other subgraphs) while one is down.
 * Automatic persisted queries are shared by every replica through Redis when REDIS_URL is set.
 * Each request's bearer token is verified before anything is planned (UNAUTHENTICATED, HTTP 401,
 * otherwise) and forwarded to every subgraph fetch, where it is verified again and authorised.
 * Builds only; `listen` on the returned service opens the port.
 */
export function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): HttpService {
  disableApolloTelemetry();
  const authenticator = new Authenticator(config.auth);
  const supergraphSdl = readFileSync(config.supergraphPath ?? SUPERGRAPH_PATH, 'utf8');
  // Built only if the supergraph names them (one composed elsewhere may not).
  const inProcess: Partial<Record<string, () => GraphQLDataSource>> = {
    [CATALOG]: () => new InProcessDataSource(CATALOG, catalogSchema(supergraphSdl), entityCache?.cache),
    [EVENTS]: () => new InProcessDataSource(EVENTS, eventsSchema(deps.bus), entityCache?.cache),
  };
  // The supergraph's URLs are composition-time defaults: configuration says where each system of
  // record runs; a subgraph it does not know is where the supergraph says.
  const urlOf = (name: string, url: string | null | undefined) => (isRecordSystem(name) ? config.subgraphUrls[name] : (url ?? ''));
  const remote = supergraphGraphs(supergraphSdl).filter((graph) => !inProcess[graph.name]);
  // Identical queries and subgraph fetches in flight at once run once (gateway/sharing).
  const shared = new SharedWork(config.shareInFlight ?? CONFIG_DEFAULTS.shareInFlight, (kind, joined) =>
    service.metrics.recordShared(kind, joined),
  );
  // Subgraph answers cached until the events of what they show (gateway/entity-cache/); only with a
  // bus to hear them. Each invalidation also ends the sharing of what is in flight.
  const entityCache = createEntityCache(
    config,
    deps.bus,
    () => service.logger,
    () => shared.forgetAll(),
  );
  const sources: SubgraphDataSource[] = [];
  // Entity fetches of different requests that wait for a busy subgraph go to it as one (entity-batching.ts).
  const batching = config.entityBatching ?? CONFIG_DEFAULTS.entityBatching;
  const remoteSource = (name: string, url: string | null | undefined) => {
    const { subgraphTimeoutMs: timeoutMs, subgraphResilience: resilience } = config;
    const source = new SubgraphDataSource({
      name,
      url: urlOf(name, url),
      timeoutMs,
      resilience,
      logger: () => service.logger,
      entityCache: entityCache?.cache,
      shared,
      batcher: batching.enabled
        ? new EntityBatcher({ maxInFlight: batching.maxInFlight, onBatch: (callers) => service.metrics.recordEntityBatch(name, callers) })
        : undefined,
    });
    sources.push(source);
    return source;
  };
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => inProcess[name]?.() ?? remoteSource(name, url),
  });
  // The cache logs through the service's logger, which exists once the service is built.
  const persistedQueries = createPersistedQueryCache(config, {
    warn: (message, details) => service.logger.warn(details, message),
    info: (message, details) => service.logger.info(details, message),
  });
  // Registered documents run by id (the web app sends only ids); with TRUSTED_DOCUMENTS nothing
  // else runs and APQ is off (gateway/trusted-documents.ts).
  const registered = loadManifest(config.trustedDocuments?.manifests);
  const trusted = config.trustedDocuments?.enabled ? registered : null;
  // Per-caller rate limits, shared by the replicas through Redis when REDIS_URL is set.
  const rates = rateLimits(
    { ...(config.rateLimits ?? CONFIG_DEFAULTS.rateLimits), redisUrl: config.redisUrl, redisKeyPrefix: config.redisKeyPrefix },
    () => service.logger,
  );
  const subscriptions = subscriptionServer({
    authenticator,
    bus: deps.bus,
    env: config.env,
    limits: config.limits ?? CONFIG_DEFAULTS.limits,
    maxMessageBytes: config.httpLimits?.maxBodyBytes ?? CONFIG_DEFAULTS.httpLimits.maxBodyBytes,
  });
  // One caller per request, for /graphql and the exports alike.
  const contextOf = async (request: IncomingMessage): Promise<GatewayContext> => ({
    credentials: await authenticator.authenticate(request.headers.authorization),
    clientAddress: request.socket.remoteAddress ?? 'unknown',
  });
  const service: HttpService = new HttpService<BaseContext>({
    name: 'gateway',
    env: config.env,
    logLevel: config.logLevel,
    shutdownGraceMs: config.shutdownGraceMs,
    httpLimits: config.httpLimits,
    metricsAccess: metricsAccessOf(config),
    operationNames: trusted ? operationNames(trusted) : undefined,
    shedding: config.shedding,
    limits: config.limits,
    // Every subgraph the supergraph names and the gateway fetches from; recordgraph's own answer /healthz.
    ready: gatewayReadiness(
      Object.fromEntries(remote.map((graph) => [graph.name, urlOf(graph.name, graph.url)])),
      READINESS_TIMEOUT_MS,
      (name) => (isRecordSystem(name) ? 'healthz' : 'typename'),
    ),
    apollo: {
      gateway: sharingGateway(gateway, shared, entityCache && ((execute) => answeringExecutor(execute, entityCache.cache))),
      // Subscriptions travel over graphql-ws (below); over HTTP they get a clear BAD_REQUEST, and an
      // operation name the document does not hold OPERATION_RESOLUTION_FAILURE, before any executor.
      // A subgraph's refusal of the whole request keeps its HTTP status (422, 409) through the gateway.
      plugins: [
        trusted ? trustedDocuments(trusted) : registeredDocuments(registered),
        refuseUnresolvedOperations(),
        refuseSubscriptionsOverHttp(),
        subgraphRefusalStatus(),
        rates.plugin as ApolloServerPlugin,
      ],
      persistedQueries: trusted ? false : { cache: persistedQueries, ttl: config.persistedQueryTtlSeconds },
    },
    context: contextOf,
    onStopped: async () => {
      await Promise.all([persistedQueries.close(), rates.close(), entityCache?.close()]);
    },
    // entityChanged over graphql-ws on the same /graphql URL (ws://), authenticated like HTTP. A write
    // committed anywhere ends the sharing of what is in flight: the entity cache's feed of the bus
    // says so when there is a cache, a tail of the bus of its own otherwise.
    extend: entityCache ? withEntityCache(entityCache, subscriptions) : withForgetting(deps.bus, shared, subscriptions),
    // The web app, GraphiQL and the demo sign-in (gateway/web/); the BI exports, whose pages run
    // through this service's own Apollo Server as the caller /graphql would see (gateway/export/).
    routes: (app, self) => {
      webRoutes(app, config);
      exportRoutes(app, { context: contextOf, execute: executeThroughGateway(self), logger: self.logger, metrics: self.metrics });
    },
  });
  entityCache?.attach(service.metrics.registry);
  service.metrics.observeSubgraphBreakers(() => sources.map((source) => [source.subgraph, source.breakerState] as const));
  service.metrics.observeEntityFetchesWaiting(() => sources.map((source) => [source.subgraph, source.entityFetchesWaiting] as const));
  return service;
}
