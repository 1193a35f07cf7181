import cluster, { type Worker } from 'node:cluster';
import { answerWorkerScrapes, CLUSTER_WORKER_ENV } from '../lib/observability/cluster-metrics.ts';
import type { Log } from './services.ts';

/** A worker that dies sooner than this after starting is not started again at once (a crash loop). */
const CRASH_LOOP_MS = 5_000;
const RESTART_DELAY_MS = 1_000;

/**
 * `recordgraph serve gateway` on several cores (GATEWAY_WORKERS > 1): this process forks that
 * many workers with node:cluster, each running the whole gateway on the one port (the cluster
 * shares the listening socket and hands connections round). The gateway keeps no state of its
 * own worth sharing: persisted queries and rate limits are shared through Redis when REDIS_URL is
 * set (per worker otherwise, like replicas), in-flight sharing is per worker, /metrics answers for
 * all workers (lib/observability/cluster-metrics.ts). A worker that dies is started again; SIGINT
 * or SIGTERM stops every worker gracefully, then this process. Resolves with the exit code.
 */
export function superviseGatewayWorkers(count: number, log: Log): Promise<number> {
  answerWorkerScrapes();
  let stopping = false;
  const startedAt = new Map<Worker, number>();
  const fork = () => {
    const worker = cluster.fork({ [CLUSTER_WORKER_ENV]: '1' });
    startedAt.set(worker, Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) return;
    log(`gateway worker ${worker.process.pid} exited (${signal ? signal : `code ${code}`}); starting another`);
    setTimeout(fork, lived < CRASH_LOOP_MS ? RESTART_DELAY_MS : 0);
  });
  for (let i = 0; i < count; i++) fork();
  log(`gateway: ${count} workers`);
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(`\n${signal} again: exiting now`);
        process.exit(130);
      }
      stopping = true;
      log(`\n${signal}: stopping ${startedAt.size} gateway workers…`);
      const workers = [...startedAt.keys()];
      if (workers.length === 0) resolve(0);
      let left = workers.length;
      for (const worker of workers) {
        worker.once('exit', () => {
          if (--left === 0) {
            log('stopped');
            resolve(0);
          }
        });
        worker.process.kill('SIGTERM');
      }
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
