import { SignJWT } from 'jose';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { mintToken } from '../../lib/auth/tokens.ts';
import { loadConfig, type AuthConfig } from '../../lib/config.ts';

/**
 * Tokens for tests. Every helper that talks to a service (the stack, test subgraphs) sends a
 * token with every scope unless told otherwise: `{ token: null }` sends none, `{ token }` another.
 */

/** What the test services verify with: the development secret, default issuer and audience, anonymous reads on. */
export const TEST_AUTH: AuthConfig = loadConfig({ NODE_ENV: 'test' }).auth;

/** How a test helper is told which token to send: omitted for every scope, null for none. */
export interface TokenOption {
  token?: string | null;
}

/** A valid token for `scopes`, signed the way `recordgraph token` signs. */
export function tokenFor(scopes: readonly string[], options: { subject?: string; ttl?: string; auth?: AuthConfig } = {}): Promise<string> {
  return mintToken(options.auth ?? TEST_AUTH, { scopes, subject: options.subject ?? 'test', ttl: options.ttl ?? '1h' });
}

const fullAccess = new Map<string, Promise<string>>();

/** A token with all six scopes (cached per key; valid for an hour, longer than any test file). */
export function fullAccessToken(auth: AuthConfig = TEST_AUTH): Promise<string> {
  const key = `${auth.secret}|${auth.issuer}|${auth.audience}`;
  let token = fullAccess.get(key);
  if (!token) fullAccess.set(key, (token = tokenFor(SCOPES, { subject: 'test-admin', auth })));
  return token;
}

/** The token a helper sends for `option`: every scope by default, none for `{ token: null }`. */
export async function tokenOf(option: TokenOption = {}, auth: AuthConfig = TEST_AUTH): Promise<string | null> {
  return option.token === undefined ? fullAccessToken(auth) : option.token;
}

/** The Authorization header for a token, or no header. */
export function bearer(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A token signed with any key and claims, for tokens the services must refuse. */
export function craftToken(claims: {
  secret?: string;
  scope?: string;
  subject?: string;
  issuer?: string;
  audience?: string;
  /** Seconds since the epoch (default an hour from now). */
  expiresAt?: number;
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: claims.scope ?? SCOPES.join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject ?? 'crafted')
    .setIssuer(claims.issuer ?? TEST_AUTH.issuer)
    .setAudience(claims.audience ?? TEST_AUTH.audience)
    .setIssuedAt(now - 10)
    .setExpirationTime(claims.expiresAt ?? now + 3600)
    .sign(new TextEncoder().encode(claims.secret ?? TEST_AUTH.secret ?? ''));
}
