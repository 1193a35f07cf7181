import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isErrorCode } from '../errors.ts';
import type { PoolStats } from '../store/database.ts';
import { isClusterWorker, reportToPrimary, scrapeAllWorkers } from './cluster-metrics.ts';
import { OperationLabels } from './operation-labels.ts';

export interface ServiceMetricsOptions {
  /** The connection pool to report on each scrape (subgraphs). */
  poolStats?: () => PoolStats;
  /** Also export Node's process metrics (CPU, memory, event loop; default true). */
  processMetrics?: boolean;
  /** Operation names kept as labels besides the product's own (a configured trusted-documents manifest's). */
  operationNames?: Iterable<string>;
}

/** A circuit breaker's state, and its value on the gauge: 0 closed, 1 half-open (probing), 2 open. */
export const BREAKER_STATE_VALUES = { closed: 0, 'half-open': 1, open: 2 } as const;
export type BreakerStateName = keyof typeof BREAKER_STATE_VALUES;

export interface RequestObservation {
  /** Operation name, or null for an anonymous or unparsed operation. */
  operation: string | null;
  status: number;
  durationSeconds: number;
  /** `extensions.code` of every error in the response. */
  errorCodes: readonly string[];
}

/**
 * The Prometheus metrics of one service, in a registry of its own, so several services in one
 * process (`recordgraph start`, tests) each expose only theirs.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: OperationLabels;
  private readonly requests: Counter<'service' | 'operation' | 'status'>;
  private readonly requestDuration: Histogram<'service' | 'operation'>;
  private readonly errors: Counter<'service' | 'code'>;
  private readonly fetchDuration: Histogram<'subgraph'>;
  private readonly fetchErrors: Counter<'subgraph' | 'code'>;
  private shared: Counter<'kind' | 'outcome'> | null = null;
  private batches: Histogram<'subgraph'> | null = null;

  constructor(
    readonly service: string,
    options: ServiceMetricsOptions = {},
  ) {
    this.operations = new OperationLabels(service, options.operationNames);
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'recordgraph_requests_total',
      help: 'GraphQL requests answered, by operation name and HTTP status.',
      labelNames: ['service', 'operation', 'status'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'recordgraph_request_duration_seconds',
      help: 'Time from a GraphQL request arriving to its response being sent.',
      labelNames: ['service', 'operation'],
      registers,
    });
    this.errors = new Counter({
      name: 'recordgraph_errors_total',
      help: 'Errors sent to clients, by registry code.',
      labelNames: ['service', 'code'],
      registers,
    });
    this.fetchDuration = new Histogram({
      name: 'recordgraph_subgraph_fetch_duration_seconds',
      help: 'Time the gateway spent on one fetch from a subgraph, failed or not.',
      labelNames: ['subgraph'],
      registers,
    });
    this.fetchErrors = new Counter({
      name: 'recordgraph_subgraph_fetch_errors_total',
      help: 'Gateway fetches from a subgraph that failed, by the error code clients saw.',
      labelNames: ['subgraph', 'code'],
      registers,
    });
    const { poolStats } = options;
    if (poolStats) {
      new Gauge({
        name: 'recordgraph_db_pool_connections',
        help: 'Store connections: open (total), idle, and requests waiting for one.',
        labelNames: ['service', 'state'],
        registers,
        collect() {
          const stats = poolStats();
          for (const state of ['total', 'idle', 'waiting'] as const) this.set({ service, state }, stats[state]);
        },
      });
    }
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    if (isClusterWorker()) reportToPrimary(this.registry);
  }

  recordRequest(observation: RequestObservation): void {
    const operation = this.operations.label(observation.operation);
    this.requests.inc({ service: this.service, operation, status: String(observation.status) });
    this.requestDuration.observe({ service: this.service, operation }, observation.durationSeconds);
    for (const code of observation.errorCodes) this.errors.inc({ service: this.service, code: registryCode(code) });
  }

  /** One gateway fetch from `subgraph`; `errorCode` when it failed. */
  recordSubgraphFetch(subgraph: string, durationSeconds: number, errorCode?: string): void {
    this.fetchDuration.observe({ subgraph }, durationSeconds);
    if (errorCode !== undefined) this.fetchErrors.inc({ subgraph, code: registryCode(errorCode) });
  }

  /** A gateway caller started a query or subgraph fetch, or joined an identical one in flight (gateway/sharing). */
  recordShared(kind: 'query' | 'fetch', joined: boolean): void {
    this.shared ??= new Counter({
      name: 'recordgraph_gateway_shared_total',
      help: 'Queries and subgraph fetches the gateway started, or joined because an identical one was in flight.',
      labelNames: ['kind', 'outcome'],
      registers: [this.registry],
    });
    this.shared.inc({ kind, outcome: joined ? 'joined' : 'started' });
  }

  /** The gateway sent entity fetches of `callers` requests to `subgraph` as one (gateway/datasources/entity-batching.ts). */
  recordEntityBatch(subgraph: string, callers: number): void {
    this.batches ??= new Histogram({
      name: 'recordgraph_gateway_entity_batch_callers',
      help: 'Requests whose entity fetches went to a subgraph together in one fetch, per batched fetch.',
      labelNames: ['subgraph'],
      buckets: [2, 4, 8, 16, 32, 64],
      registers: [this.registry],
    });
    this.batches.observe({ subgraph }, callers);
  }

  /** Reports each subgraph's circuit breaker on every scrape (the gateway; `states` gives [subgraph, state] pairs). */
  observeSubgraphBreakers(states: () => Iterable<readonly [string, BreakerStateName]>): void {
    new Gauge({
      name: 'recordgraph_subgraph_breaker_state',
      help: "A subgraph's circuit breaker: 0 closed, 1 half-open (one probe out), 2 open (its fetches fail at once).",
      labelNames: ['subgraph'],
      // Several gateway workers: the most open of their breakers.
      aggregator: 'max',
      registers: [this.registry],
      collect() {
        for (const [subgraph, state] of states()) this.set({ subgraph }, BREAKER_STATE_VALUES[state]);
      },
    });
  }

  /** Reports, on every scrape, the entity fetches waiting to go with others to each subgraph (the gateway). */
  observeEntityFetchesWaiting(waiting: () => Iterable<readonly [string, number]>): void {
    new Gauge({
      name: 'recordgraph_gateway_entity_fetches_waiting',
      help: 'Entity fetches waiting for a subgraph busy with other requests, to go to it together.',
      labelNames: ['subgraph'],
      registers: [this.registry],
      collect() {
        for (const [subgraph, count] of waiting()) this.set({ subgraph }, count);
      },
    });
  }

  /** The text exposition format and its content type, for GET /metrics. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    // One of several gateway workers (GATEWAY_WORKERS): the answer is all of them, added up.
    if (isClusterWorker()) return scrapeAllWorkers();
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function registryCode(code: string): string {
  return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
}
