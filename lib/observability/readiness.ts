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
 * The gateway is ready when every subgraph's /healthz answers 2xx in time. (The supergraph is
 * static, so it is loaded once the service listens; the service checks that part itself.)
 * `urls` are the subgraphs' GraphQL endpoints; /healthz sits next to each.
 */
export function gatewayReadiness(urls: Readonly<Record<string, string>>, timeoutMs = READINESS_TIMEOUT_MS): ReadinessCheck {
  return async () => {
    const answers = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const response = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(timeoutMs) }).catch(() => null);
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
    return await Promise.race([work.then(() => 'ok' as const, () => 'failed' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
