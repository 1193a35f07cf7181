import { mintToken } from '../lib/auth/tokens.ts';
import type { Invocation } from './command.ts';

/**
 * How a command that reads the graph asks the gateway, as any API user would: at `--gateway URL`
 * (default the local gateway `npm start` runs), with `--token` (default a read token signed with
 * JWT_SECRET, as `recordgraph token --scopes read` would print).
 */

/** The gateway could not be reached or refused the request: printed as it is, without a stack. */
export class GatewayRequestError extends Error {}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

export type GatewayQuery = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer<T>>;

export async function gatewayClient({ options, config }: Invocation): Promise<{ url: string; query: GatewayQuery }> {
  const url = options.gateway ?? `http://127.0.0.1:${config.ports.gateway}/graphql`;
  const token = options.token ?? (await mintToken(config.auth, { scopes: ['read'], subject: 'recordgraph-cli', ttl: '15m' }));
  const query: GatewayQuery = async <T>(document: string, variables: Record<string, unknown> = {}) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document, variables }),
      });
    } catch (error: unknown) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new GatewayRequestError(`Cannot reach the gateway at ${url} (${cause}); is it running (npm start), or is --gateway wrong?`);
    }
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>;
    // A refused request (a bad token, a limit) has no data at all: nothing to report on.
    if (!answer.data) {
      const reasons = answer.errors?.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
      throw new GatewayRequestError(`The gateway at ${url} answered HTTP ${response.status}${reasons ? `: ${reasons}` : ''}`);
    }
    return answer;
  };
  return { url, query };
}
