import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import { Authenticator } from '../lib/auth/authenticate.ts';
import { createPersistedQueryCache, type PersistedQueryCacheConfig } from '../lib/cache/persisted-queries.ts';
import { disableApolloTelemetry, type Config } from '../lib/config.ts';
import { isDomain } from '../lib/domains.ts';
import type { EventBus } from '../lib/events/bus.ts';
import { HttpService } from '../lib/http/service.ts';
import { gatewayReadiness } from '../lib/observability/readiness.ts';
import { CATALOG, EVENTS, SUPERGRAPH_PATH, WEBHOOKS } from '../lib/schema.ts';
import { CatalogDataSource } from './catalog/CatalogDataSource.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts';
import { EventsDataSource } from './events/EventsDataSource.ts';
import { refuseSubscriptionsOverHttp } from './subscriptions/plugin.ts';
import { subscriptionServer } from './subscriptions/SubscriptionServer.ts';
import type { Webhooks } from './webhooks/open.ts';

export type GatewayConfig = Pick<
  Config,
  'env' | 'auth' | 'subgraphUrls' | 'supergraphPath' | 'subgraphTimeoutMs' | 'logLevel' | 'shutdownGraceMs'
> &
  PersistedQueryCacheConfig;

/** What the gateway serves besides the supergraph: the change feed, subscriptions and webhooks read the bus. */
export interface GatewayDeps {
  /** Without one (a gateway in a test of queries alone) there is no change feed, subscription or webhook delivery. */
  bus?: EventBus;
  /** The webhooks subgraph and its workers (gateway/webhooks/open.ts); closed when the gateway stops. */
  webhooks?: Webhooks;
}

/**
 * The one endpoint: Apollo Gateway over the static supergraph in SUPERGRAPH_PATH. It never
 * introspects subgraphs, so it starts (and answers the other domains) while one is down.
 * Automatic persisted queries are shared by every replica through Redis when REDIS_URL is set.
 * Each request's bearer token is verified before anything is planned (UNAUTHENTICATED, HTTP 401,
 * otherwise) and forwarded to every subgraph fetch, where it is verified again and authorised.
 * Builds only; `listen` on the returned service opens the port.
 */
export function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): HttpService {
  disableApolloTelemetry();
  const authenticator = new Authenticator(config.auth);
  const supergraphSdl = readFileSync(config.supergraphPath ?? SUPERGRAPH_PATH, 'utf8');
  // The gateway's own subgraphs run here: the catalog (systemOfRecord) computed from this very
  // supergraph, the change feed on the bus, and webhooks on their store. A gateway built without
  // a webhooks store (queries alone, in tests) answers its fields with SUBGRAPH_UNAVAILABLE.
  const inProcess: Partial<Record<string, GraphQLDataSource>> = {
    [CATALOG]: new CatalogDataSource(supergraphSdl),
    [EVENTS]: new EventsDataSource(deps.bus),
    [WEBHOOKS]: deps.webhooks?.dataSource,
  };
  const gateway = new ApolloGateway({
    supergraphSdl,
    // The supergraph's URLs are composition-time defaults; configuration says where each domain runs.
    buildService: ({ name, url }) =>
      inProcess[name] ??
      new SubgraphDataSource({ name, url: isDomain(name) ? config.subgraphUrls[name] : (url ?? ''), timeoutMs: config.subgraphTimeoutMs }),
  });
  // The cache logs through the service's logger, which exists once the service is built.
  const persistedQueries = createPersistedQueryCache(config, {
    warn: (message, details) => service.logger.warn(details, message),
    info: (message, details) => service.logger.info(details, message),
  });
  const service: HttpService = new HttpService<BaseContext>({
    name: 'gateway',
    env: config.env,
    logLevel: config.logLevel,
    shutdownGraceMs: config.shutdownGraceMs,
    ready: gatewayReadiness(config.subgraphUrls),
    apollo: {
      gateway,
      // Subscriptions travel over graphql-ws (below); over HTTP they get a clear BAD_REQUEST.
      plugins: [refuseSubscriptionsOverHttp()],
      persistedQueries: { cache: persistedQueries, ttl: config.persistedQueryTtlSeconds },
    },
    context: async (request): Promise<GatewayContext> => ({ credentials: await authenticator.authenticate(request.headers.authorization) }),
    onStopped: async () => {
      await deps.webhooks?.close();
      await persistedQueries.close();
    },
    // entityChanged over graphql-ws on the same /graphql URL (ws://), authenticated like HTTP.
    extend: subscriptionServer({ authenticator, bus: deps.bus, env: config.env }),
  });
  return service;
}
