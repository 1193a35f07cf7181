import cluster from 'node:cluster';
import type { Server } from 'node:http';

/**
 * How a peer gateway process of the benchmark runs: `workers` processes sharing one port through
 * node:cluster (the primary only forks and hands out connections, as `hive-gateway --fork` does),
 * or this process alone when `workers` is 1. SIGTERM or SIGINT stops it: the primary stops its
 * workers, and a worker whose primary has gone exits by itself (node:cluster closes its channel).
 */
export async function serveWithWorkers(workers: number, listen: () => Promise<Stoppable>): Promise<void> {
  if (workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < workers; i++) cluster.fork();
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      console.error(`worker ${worker.id} exited (code ${code}, signal ${signal}); stopping`);
      stop();
    });
    let stopping = false;
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      process.exitCode = 0;
    };
    process.once('SIGTERM', stop).once('SIGINT', stop);
    return;
  }
  const served = await listen();
  const stop = () => {
    served.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
}

export interface Stoppable {
  stop(): Promise<void>;
}

/** A positive whole number from the environment, or `fallback`. */
export function positiveIntFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return parsed;
}

/** What every peer process is told by the benchmark: where to listen, which supergraph, how many workers. */
export interface PeerSettings {
  port: number;
  supergraphPath: string;
  workers: number;
}

export function peerSettings(env: NodeJS.ProcessEnv = process.env): PeerSettings {
  const supergraphPath = env.PEER_SUPERGRAPH_PATH;
  if (!supergraphPath) throw new Error('PEER_SUPERGRAPH_PATH is not set (the benchmark sets it)');
  return {
    port: positiveIntFrom(env.PEER_PORT, 4100, 'PEER_PORT'),
    supergraphPath,
    workers: positiveIntFrom(env.PEER_WORKERS, 1, 'PEER_WORKERS'),
  };
}

/** Resolves once `server` listens on 127.0.0.1:`port`; stopping it drops open connections (the benchmark is done with them). */
export function listening(server: Server, port: number): Promise<Stoppable> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        stop: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      }),
    );
  });
}
