/**
 * Readiness (/readyz): may this instance take traffic now? Liveness (/healthz) only says the
 * process answers; readiness also asks what the service depends on, each within a short timeout,
 * so a probe never hangs on a dependency that does not answer.
 */

export type Readiness =
  | { status: 'ready' }
  | {
      status: 'unavailable';
      reason: string;
      /** The dependencies that did not answer, by name only (never a URL). */
      unreachable?: string[];
    };

/** Answers the readiness of a service; must not throw (a throw counts as unavailable). */
export type ReadinessCheck = () => Promise<Readiness>;

/** How long one readiness check waits for a dependency (short: probes run often). */
export const READINESS_TIMEOUT_MS = 2_000;

/** A subgraph is ready when its store answers `ping` in time. */
export function storeReadiness(ping: () => Promise<void>, timeoutMs = READINESS_TIMEOUT_MS): ReadinessCheck {
  return async () => {
    const answered = await within(ping(), timeoutMs);
    if (answered === 'ok') return { status: 'ready' };
    return {
      status: 'unavailable',
      reason: answered === 'timeout' ? `store did not answer within ${timeoutMs} ms` : 'store unreachable',
    };
  };
}

/**
 * How the gateway asks one subgraph whether it answers: `healthz` is recordgraph's own services'
 * GET /healthz next to the GraphQL endpoint; `typename` POSTs `{ __typename }` to the endpoint,
 * which every GraphQL server answers (Apollo Gateway's own health check sends the same), for a
 * subgraph of another make that only the supergraph names.
 */
export type SubgraphProbe = 'healthz' | 'typename';

/**
 * The gateway is ready when every subgraph it fetches from answers 2xx in time. (The supergraph is
 * static, so it is loaded once the service listens; the service checks that part itself.)
 * `urls` are the subgraphs' GraphQL endpoints, by name; `probe` says how each is asked (default /healthz).
 */
export function gatewayReadiness(
  urls: Readonly<Record<string, string>>,
  timeoutMs = READINESS_TIMEOUT_MS,
  probe: (name: string) => SubgraphProbe = () => 'healthz',
): ReadinessCheck {
  return async () => {
    const answers = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const response = await ask(url, probe(name), timeoutMs).catch(() => null);
        // Read the body so the connection goes back to the pool.
        await response?.arrayBuffer().catch(() => null);
        return { name, ok: response?.ok === true };
      }),
    );
    const unreachable = answers.filter((answer) => !answer.ok).map((answer) => answer.name);
    if (unreachable.length === 0) return { status: 'ready' };
    return { status: 'unavailable', reason: `subgraphs unreachable: ${unreachable.join(', ')}`, unreachable };
  };
}

/** One probe; throws when the URL is not one (a supergraph may name anything) or nothing answers. */
async function ask(url: string, probe: SubgraphProbe, timeoutMs: number): Promise<Response> {
  const signal = AbortSignal.timeout(timeoutMs);
  if (probe === 'healthz') return fetch(new URL('healthz', url), { signal });
  return fetch(new URL(url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal,
  });
}

/** Runs a check, turning a throw into `unavailable` and the HTTP status to answer with. */
export async function checkReadiness(check: ReadinessCheck | undefined): Promise<Readiness> {
  if (!check) return { status: 'ready' };
  try {
    return await check();
  } catch {
    return { status: 'unavailable', reason: 'readiness check failed' };
  }
}

async function within(work: Promise<unknown>, timeoutMs: number): Promise<'ok' | 'failed' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([
      work.then(
        () => 'ok' as const,
        () => 'failed' as const,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
