import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { disableApolloTelemetry, type Config } from '../lib/config.ts';
import { isDomain } from '../lib/domains.ts';
import { HttpService } from '../lib/http/service.ts';
import { SUPERGRAPH_PATH } from '../lib/supergraph.ts';
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts';

export type GatewayConfig = Pick<Config, 'env' | 'subgraphUrls' | 'supergraphPath' | 'subgraphTimeoutMs'>;

/**
 * The one endpoint: Apollo Gateway over the static supergraph in SUPERGRAPH_PATH. It never
 * introspects subgraphs, so it starts (and answers the other domains) while one is down.
 * Builds only; `listen` on the returned service opens the port.
 */
export function createGateway(config: GatewayConfig): HttpService {
  disableApolloTelemetry();
  const supergraphSdl = readFileSync(config.supergraphPath ?? SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    // The supergraph's URLs are composition-time defaults; configuration says where each domain runs.
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: isDomain(name) ? config.subgraphUrls[name] : (url ?? ''),
        timeoutMs: config.subgraphTimeoutMs,
      }),
  });
  return new HttpService({
    name: 'gateway',
    env: config.env,
    apollo: { gateway },
    context: async () => ({}),
  });
}
