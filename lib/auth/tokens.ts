import { SignJWT } from 'jose';
import type { AuthConfig } from '../config.ts';
import { isScope, SCOPES } from './scope-names.ts';

/** Minting HS256 tokens with JWT_SECRET: `recordgraph token`, the demo token `recordgraph start` prints, and tests. */

export class TokenRequestError extends Error {
  override name = 'TokenRequestError';
}

export interface TokenRequest {
  scopes: readonly string[];
  /** The token's `sub` (default `recordgraph-cli`). */
  subject?: string;
  /** How long it is valid: seconds, or a duration such as `30m`, `1h`, `7d` (default `1h`). */
  ttl?: number | string;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** A positive duration in seconds from `90`, `90s`, `30m`, `1h`, `7d` or `2w`; null when it is none of those. */
export function parseTtl(ttl: number | string): number | null {
  if (typeof ttl === 'number') return Number.isInteger(ttl) && ttl > 0 ? ttl : null;
  const match = /^(\d+)\s*([smhdw]?)$/.exec(ttl.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1);
  return seconds > 0 ? seconds : null;
}

/** Signs a token the configured services accept; refuses when there is no secret to sign with. */
export async function mintToken(auth: AuthConfig, request: TokenRequest): Promise<string> {
  if (!auth.secret) {
    throw new TokenRequestError(
      auth.jwksUrl
        ? 'Tokens are verified with the keys at JWT_JWKS_URL, so they come from that identity provider; recordgraph can sign only with JWT_SECRET, which is not set'
        : 'Set JWT_SECRET to sign tokens',
    );
  }
  const unknown = request.scopes.filter((scope) => !isScope(scope));
  if (unknown.length) throw new TokenRequestError(`Unknown scope ${unknown.join(', ')}; the scopes are: ${SCOPES.join(' ')}`);
  if (!request.scopes.length) throw new TokenRequestError(`Name at least one scope: ${SCOPES.join(' ')}`);
  const ttl = parseTtl(request.ttl ?? '1h');
  if (ttl === null)
    throw new TokenRequestError(`Invalid time to live ${JSON.stringify(request.ttl)}; expected a duration such as 30m, 1h or 7d`);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: [...new Set(request.scopes)].join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? 'recordgraph-cli')
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(new TextEncoder().encode(auth.secret));
}
