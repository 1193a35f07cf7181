import { mintToken } from '../auth/tokens.ts';
import type { Config } from '../config.ts';

/** Minted tokens live this long and are replaced when less than half of it is left. */
const TTL_SECONDS = 600;

/**
 * The bearer token a domain's automation rules present when they ask another subgraph (which
 * verifies it like any caller's): SERVICE_TOKEN when set (a token from the identity provider
 * behind JWT_JWKS_URL), otherwise a short-lived `read` token signed with JWT_SECRET for the
 * subject `automation:<domain>`. Null when neither is possible; the asked subgraph then refuses
 * unless anonymous reads are on, and the rule retries.
 */
export function serviceTokenSource(config: Pick<Config, 'auth' | 'serviceToken'>, domain: string): () => Promise<string | null> {
  if (config.serviceToken) {
    const token = config.serviceToken;
    return async () => token;
  }
  let cached: { token: string; renewAt: number } | null = null;
  return async () => {
    if (!config.auth.secret) return null;
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const token = await mintToken(config.auth, { scopes: ['read'], subject: `automation:${domain}`, ttl: TTL_SECONDS });
    cached = { token, renewAt: Date.now() + (TTL_SECONDS * 1000) / 2 };
    return token;
  };
}
