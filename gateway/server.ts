import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import { Authenticator } from '../lib/auth/authenticate.ts';
import type { Credentials } from '../lib/auth/scopes.ts';
import { createPersistedQueryCache, type PersistedQueryCacheConfig } from '../lib/cache/TieredCache.ts';
import { disableApolloTelemetry, type Config } from '../lib/config.ts';
import { isDomain } from '../lib/domains.ts';
import { HttpService } from '../lib/http/service.ts';
import { gatewayReadiness } from '../lib/observability/readiness.ts';
import { CATALOG, SUPERGRAPH_PATH } from '../lib/supergraph.ts';
import { CatalogDataSource } from './catalog/CatalogDataSource.ts';
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts';

export type GatewayConfig = Pick<
  Config,
  'env' | 'auth' | 'subgraphUrls' | 'supergraphPath' | 'subgraphTimeoutMs' | 'logLevel' | 'shutdownGraceMs'
> &
  PersistedQueryCacheConfig;

/** Per-request context of the gateway: the verified caller and the token its subgraph fetches forward. */
export interface GatewayContext {
  credentials: Credentials;
}

/**
 * The one endpoint: Apollo Gateway over the static supergraph in SUPERGRAPH_PATH. It never
 * introspects subgraphs, so it starts (and answers the other domains) while one is down.
 * Automatic persisted queries are shared by every replica through Redis when REDIS_URL is set.
 * Each request's bearer token is verified before anything is planned (UNAUTHENTICATED, HTTP 401,
 * otherwise) and forwarded to every subgraph fetch, where it is verified again and authorised.
 * Builds only; `listen` on the returned service opens the port.
 */
export function createGateway(config: GatewayConfig): HttpService {
  disableApolloTelemetry();
  const authenticator = new Authenticator(config.auth);
  const supergraphSdl = readFileSync(config.supergraphPath ?? SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    // The supergraph's URLs are composition-time defaults; configuration says where each domain
    // runs. The catalog (systemOfRecord) runs here, computed from this very supergraph.
    buildService: ({ name, url }) =>
      name === CATALOG
        ? new CatalogDataSource(supergraphSdl)
        : new SubgraphDataSource({
            name,
            url: isDomain(name) ? config.subgraphUrls[name] : (url ?? ''),
            timeoutMs: config.subgraphTimeoutMs,
          }),
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
    apollo: { gateway, persistedQueries: { cache: persistedQueries, ttl: config.persistedQueryTtlSeconds } },
    context: async (request): Promise<GatewayContext> => ({ credentials: await authenticator.authenticate(request.headers.authorization) }),
    onStopped: () => persistedQueries.close(),
  });
  return service;
}
