/**
 * A "zero-cost gateway": what one request costs when nothing but its subgraph fetches happens.
 * bench/peers/recorder.ts records, for each gateway and each request body of the benchmark, the
 * subgraph requests the gateway sent (one client request at a time, through a recording proxy) and
 * the answer it gave. bench/peers/direct-gateway.ts replays those fetches against the running
 * subgraphs in the same order (a fetch starts once every fetch that had ended before it started has
 * ended again) and answers with the recorded bytes: no parsing, validation, planning, merging or
 * serialising. Gateways that send the same fetches share one replay.
 */

export interface ReplayFetch {
  service: string;
  /** The subgraph's own /graphql URL. */
  url: string;
  body: string;
  /** Indexes of the earlier fetches this one waits for. */
  after: number[];
}

export interface RecordedAnswer {
  /** In the order they started. */
  fetches: ReplayFetch[];
  /** The JSON answer the gateway gave. */
  response: string;
}

export interface Replay {
  /**
   * Identical fetches in flight at once are sent once and shared, as @graphql-tools/executor-http
   * (under Hive Gateway) does by default (`deduplicateInflightRequests`).
   */
  dedupe: boolean;
  /** The answer to each exact request body. */
  answers: Record<string, RecordedAnswer>;
}

/** What the zero-cost gateway serves: each replay at `/<id>/graphql`. */
export type ReplayFile = Record<string, Replay>;

/** The body the benchmark's readiness check sends (bench/peers/processes.ts). */
export const READINESS_BODY = JSON.stringify({ query: '{ __typename }' });

/** The fetches' waves, for the output: `crm → accounting, hr, projects → hr → crm`. */
export function describeWaves(fetches: readonly ReplayFetch[]): string {
  if (fetches.length === 0) return '(no fetch)';
  const depth: number[] = [];
  fetches.forEach((fetch, index) => (depth[index] = 1 + Math.max(0, ...fetch.after.map((before) => depth[before] ?? 0))));
  const waves: string[][] = [];
  fetches.forEach((fetch, index) => (waves[(depth[index] ?? 1) - 1] ??= []).push(fetch.service));
  return waves.map((wave) => wave.sort().join(', ')).join(' → ');
}
