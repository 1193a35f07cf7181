/**
 * Stock @apollo/gateway for `npm run bench:peers`: ApolloGateway over the benchmark's copy of the
 * supergraph (its subgraph URLs rewritten to the running subgraphs), on @apollo/server 5's
 * standalone server, the caller's Authorization header forwarded to every subgraph, and nothing
 * else. PEER_WORKERS > 1 runs that many processes on one port (node:cluster).
 * Environment: PEER_PORT, PEER_SUPERGRAPH_PATH, PEER_WORKERS (set by bench/peers.ts).
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { peerSettings, serveWithWorkers } from './cluster.ts';
import { ForwardAuthorization, type CallerContext } from './forward-authorization.ts';

// Nothing leaves 127.0.0.1: @apollo/gateway's anonymous telemetry is off (the benchmark sets it too).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

const settings = peerSettings();

await serveWithWorkers(settings.workers, async () => {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(settings.supergraphPath, 'utf8'),
    buildService: ({ url }) => new ForwardAuthorization({ url }),
  });
  const server = new ApolloServer<CallerContext>({ gateway });
  await startStandaloneServer(server, {
    listen: { port: settings.port, host: '127.0.0.1' },
    context: async ({ req }) => (req.headers.authorization ? { authorization: req.headers.authorization } : {}),
  });
  return { stop: () => server.stop() };
});
