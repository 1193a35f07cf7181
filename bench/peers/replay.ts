/**
 * A "zero-cost gateway": what one request costs when nothing but the subgraph fetches happens.
 * bench/peers/capture.ts records, for each request body of the benchmark, stock @apollo/gateway's
 * query plan with the exact subgraph requests it sent (the same plan recordgraph's gateway runs),
 * and the answer it gave. bench/peers/direct-gateway.ts replays those fetches against the running
 * subgraphs, wave by wave in the plan's order (a Sequence one after another, a Parallel at once),
 * and answers with the recorded bytes: no parsing, validation, planning, merging or serialising.
 */

/** One step of a recorded plan: fetches to send, in the plan's order. */
export type ReplayStep =
  { kind: 'Sequence' | 'Parallel'; steps: ReplayStep[] } | { kind: 'Fetch'; service: string; url: string; body: string };

export interface RecordedAnswer {
  /** The recorded plan; null when the answer needed no fetch (`{ __typename }`). */
  plan: ReplayStep | null;
  /** The JSON answer stock @apollo/gateway gave. */
  response: string;
}

/** What the capture writes and the zero-cost gateway reads: the answer to each exact request body. */
export interface ReplayFile {
  answers: Record<string, RecordedAnswer>;
}

/** The body the benchmark's readiness check sends (bench/peers/processes.ts). */
export const READINESS_BODY = JSON.stringify({ query: '{ __typename }' });

/** How many fetches a plan sends. */
export function fetchCount(step: ReplayStep | null): number {
  if (!step) return 0;
  return step.kind === 'Fetch' ? 1 : step.steps.reduce((sum, inner) => sum + fetchCount(inner), 0);
}

/** The plan's waves, for the output: `crm → projects, hr, accounting → …`. */
export function describePlan(step: ReplayStep | null): string {
  if (!step) return '(no fetch)';
  if (step.kind === 'Fetch') return step.service;
  const inner = step.steps.map(describePlan);
  return step.kind === 'Sequence' ? inner.join(' → ') : inner.length > 1 ? `(${inner.join(', ')})` : (inner[0] ?? '');
}
