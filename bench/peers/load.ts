import autocannon from 'autocannon';

/**
 * One measured stretch of load (autocannon's programmatic API): `connections` keep-alive
 * connections sending POST /graphql for `seconds`, each request's body the next of `bodies` (one
 * body: the same request every time). Latencies are kept from autocannon's per-response event
 * (fractional milliseconds; its own histogram rounds to whole ones). An answer counts as a success
 * only when it is 2xx with no `errors`.
 */

export interface LoadOptions {
  url: string;
  bodies: readonly string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  seconds: number;
  succeeded: number;
  /** Non-2xx answers, answers with `errors`, and connection errors or timeouts. */
  failed: number;
  /** The first failed answer, for the report. */
  failure?: string;
  latenciesMs: number[];
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { bodies } = options;
  let next = 0;
  let succeeded = 0;
  let failed = 0;
  let failure: string | undefined;
  const latenciesMs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        requests: [
          {
            method: 'POST',
            body: bodies[0] ?? '',
            // Only when there is something to rotate: autocannon rebuilds a request that has a setupRequest each time.
            ...(bodies.length > 1 ? { setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] ?? '' }) } : {}),
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && !body.includes('"errors"')) succeeded++;
              else {
                failed++;
                failure ??= `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ seconds: result.duration, succeeded, failed: failed + result.errors + result.timeouts, failure, latenciesMs });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
}

/** The q-quantile (0–1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
