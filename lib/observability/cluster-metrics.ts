import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * /metrics of a gateway running as several workers (GATEWAY_WORKERS, cli/gateway-workers.ts):
 * whichever worker a scrape reaches answers for all of them, added up by prom-client's
 * AggregatorRegistry in the primary (which asks every worker over the cluster's IPC channel), so
 * Prometheus sees one gateway, not a random worker's share of it.
 */

/** Set by the primary in the environment of the workers it forks. */
export const CLUSTER_WORKER_ENV = 'RECORDGRAPH_CLUSTER_WORKER';

const ASK = 'recordgraph:metrics-request';
const ANSWER = 'recordgraph:metrics-response';
const ASK_TIMEOUT_MS = 5_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  body?: string;
  contentType?: string;
  error?: string;
}

/** True in a worker forked by the gateway's primary (not in a process some other cluster manager forked). */
export function isClusterWorker(): boolean {
  return cluster.isWorker && process.env[CLUSTER_WORKER_ENV] === '1';
}

/** In a worker: `registry` is what this worker reports when the primary adds the workers up. */
export function reportToPrimary(registry: Registry): void {
  // Constructing one installs prom-client's listener for the primary's requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

let asked = 0;

/** In a worker: every worker's metrics, added up, in the text exposition format. */
export function scrapeAllWorkers(): Promise<{ contentType: string; body: string }> {
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the primary did not answer with the workers’ metrics')), ASK_TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      const answer = message as Partial<Answer> | null;
      if (answer?.type !== ANSWER || answer.id !== id) return;
      finish(answer.error ? new Error(answer.error) : null, answer);
    };
    const finish = (error: Error | null, answer?: Partial<Answer>) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (error) reject(error);
      else resolve({ contentType: answer?.contentType ?? 'text/plain', body: answer?.body ?? '' });
    };
    process.on('message', onMessage);
    process.send?.({ type: ASK, id });
  });
}

/** In the primary: answers the workers' scrapes. */
export function answerWorkerScrapes(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: unknown; id?: unknown }) => {
    if (message.type !== ASK || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (body) => worker.send({ type: ANSWER, id, body, contentType: aggregator.contentType } satisfies Answer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: error instanceof Error ? error.message : String(error) } satisfies Answer),
    );
  });
}
