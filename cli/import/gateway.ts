import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay } from '../../lib/backoff.ts';
import type { GraphQLAnswer } from '../gateway-client.ts';

export type { GraphQLAnswer };

export interface Gateway {
  url: string;
  request<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
}

/** The import cannot go on: the gateway is unreachable, refuses the token, or keeps failing. Re-running the same command finishes it. */
export class ImportStoppedError extends Error {}

/** Outcomes worth a wait and another try: the request did nothing, or (an import being an idempotent upsert) repeating it is harmless. */
const TRANSIENT = new Set(['SUBGRAPH_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'OVERLOADED', 'RATE_LIMITED', 'DEADLINE_EXCEEDED']);
const ATTEMPTS = 6;
const BACKOFF = { initialMs: 250, maxMs: 8_000, jitter: 0.2 };

/**
 * The gateway as an import needs it. Not cli/gateway-client.ts, which reads (doctor, reconcile):
 * an import must see a request refused whole (to narrow it to its row, send-batch.ts) and retries
 * what failed in passing, an import being an idempotent upsert.
 *
 * POSTs operations to the gateway with the bearer token, trying again (with back-off) when the
 * gateway cannot be reached or answers that a domain is briefly unavailable, and stopping the
 * import with a sentence saying why when it keeps failing or refuses the caller.
 */
export function gatewayAt(url: string, token: string | null): Gateway {
  return {
    url,
    async request<T>(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
      for (let attempt = 0; ; attempt++) {
        const outcome = await post<T>(url, token, query, variables);
        const code = 'failure' in outcome ? 'UNREACHABLE' : outcome.errors?.[0]?.extensions?.code;
        const transient = code === 'UNREACHABLE' || (code !== undefined && TRANSIENT.has(code) && !('data' in outcome && outcome.data));
        if (!transient) {
          if ('failure' in outcome) throw new ImportStoppedError(outcome.failure);
          if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
            throw new ImportStoppedError(`the gateway refused the token: ${outcome.errors?.[0]?.message} (${code})`);
          return outcome;
        }
        if (attempt + 1 >= ATTEMPTS) {
          throw new ImportStoppedError(
            'failure' in outcome ? outcome.failure : `the gateway kept answering ${code}: ${outcome.errors?.[0]?.message}`,
          );
        }
        const retryAfter = 'failure' in outcome ? undefined : outcome.errors?.[0]?.extensions?.retryAfter;
        await sleep(typeof retryAfter === 'number' ? retryAfter * 1000 : backoffDelay(BACKOFF, attempt));
      }
    },
  };
}

async function post<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer<T> | { failure: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error: unknown) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { failure: `cannot reach the gateway at ${url} (${cause}); is it running (npm start)?` };
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer<T>;
  } catch {
    return { failure: `${url} answered HTTP ${response.status} without a GraphQL body: is it the recordgraph gateway?` };
  }
}
