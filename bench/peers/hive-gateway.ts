/**
 * Hive Gateway for `npm run bench:peers`: the runtime of @graphql-hive/gateway
 * (`createGatewayRuntime`, what `hive-gateway supergraph` serves) over the benchmark's copy of the
 * supergraph, served by node:http with the CLI's own server settings, the caller's Authorization
 * header forwarded to every subgraph (`propagateHeaders.fromClientToSubgraphs`). With
 * PEER_PLANNER=rust it plans with Hive Router's Rust query planner (`unifiedGraphHandler` from
 * @graphql-hive/router-runtime, what `--hive-router-runtime` turns on); otherwise with its default
 * JavaScript (stitching) runtime. PEER_WORKERS > 1 runs that many processes on one port with
 * node:cluster, as `hive-gateway --fork N` does.
 * Environment: PEER_PORT, PEER_SUPERGRAPH_PATH, PEER_WORKERS, PEER_PLANNER, PEER_DEDUPE (set by bench/peers.ts).
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { listening, peerSettings, serveWithWorkers } from './cluster.ts';

const settings = peerSettings();
const rust = process.env.PEER_PLANNER === 'rust';
// Hive's HTTP executor shares identical subgraph fetches in flight at once (on by default); PEER_DEDUPE=false turns that off.
const dedupe = process.env.PEER_DEDUPE !== 'false';

await serveWithWorkers(settings.workers, async () => {
  const runtime = createGatewayRuntime({
    supergraph: settings.supergraphPath,
    // At its default level (info) the runtime logs start-up lines only, nothing per request; warn keeps the log to problems.
    logging: 'warn',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
    ...(rust ? { unifiedGraphHandler } : {}),
    ...(dedupe ? {} : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
  });
  // The CLI's node:http server (startNodeHttpServer): 16 KiB headers, its default timeouts.
  const server = createServer({ maxHeaderSize: 16_384 }, (req, res) => void runtime(req, res));
  const served = await listening(server, settings.port);
  return {
    stop: async () => {
      await served.stop();
      await runtime.dispose();
    },
  };
});
