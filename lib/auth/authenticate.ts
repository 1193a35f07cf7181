import type { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { ConfigError, type AuthConfig } from '../config.ts';
import { ERRORS } from '../errors.ts';
import { ANONYMOUS_READER, type Caller, type Credentials } from './scopes.ts';

/**
 * Turns an `Authorization: Bearer <JWT>` header into a verified Caller. The gateway and every
 * subgraph each hold one Authenticator built from the same configuration, so a subgraph verifies
 * the token the gateway forwarded instead of trusting it. HS256 tokens are checked against
 * JWT_SECRET; anything else against the keys published at JWT_JWKS_URL. `iss`, `aud`, `exp` and
 * `sub` are required. Failures are UNAUTHENTICATED (HTTP 401) for the whole request.
 */

// What identity providers sign with; HS256 is taken only with the configured secret.
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
// Key-server trouble is not the caller's fault: it is logged as an internal error, not a 401.
const KEY_SERVER_FAILURES = new Set([errors.JWKSTimeout.code, errors.JWKSInvalid.code]);
// A verified token is trusted again without the signature check for at most this long (and never
// past its `exp`): one request's token reaches each subgraph 1–3 times, and checking its HMAC each
// time was 5% of the CPU a headline query costs. Short, so a key rotated out at the key server
// stops being honoured within a minute.
const VERIFIED_TTL_MS = 60_000;

export class Authenticator {
  private readonly secret: Uint8Array | null;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  /** Tokens verified lately, with the caller each names and when it expires; failures are never kept. */
  private readonly verified = new LRUCache<string, { caller: Caller; expiresAt: number }>({ max: 10_000, ttl: VERIFIED_TTL_MS });

  constructor(private readonly config: AuthConfig) {
    if (!config.secret && !config.jwksUrl) {
      throw new ConfigError(
        "Invalid configuration; set these environment variables correctly:\n  JWT_SECRET or JWT_JWKS_URL: one is needed to verify callers' tokens",
      );
    }
    this.secret = config.secret ? new TextEncoder().encode(config.secret) : null;
    // jose caches the key set and refetches it (rate-limited) when a token names an unknown key.
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  }

  /** The caller behind an Authorization header; without one, the anonymous reader when ANONYMOUS_READS is on. */
  async authenticate(authorization: string | string[] | undefined): Promise<Credentials> {
    const header = (Array.isArray(authorization) ? authorization[0] : authorization)?.trim();
    if (!header) {
      if (this.config.anonymousReads) return { caller: ANONYMOUS_READER, token: null };
      throw unauthenticated('This request needs a bearer token: send Authorization: Bearer <JWT>', 'MISSING_TOKEN');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <JWT>"', 'MALFORMED_HEADER');
    return { caller: await this.verify(match[1]), token: match[1] };
  }

  /** Verifies one token; throws UNAUTHENTICATED saying what is wrong with it. */
  async verify(token: string): Promise<Caller> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.caller;
    let payload: JWTPayload;
    try {
      payload = await this.verifyPayload(token);
    } catch (error: unknown) {
      if (error instanceof errors.JOSEError && !KEY_SERVER_FAILURES.has(error.code)) {
        throw unauthenticated(`Invalid bearer token: ${error.message}`, error.code);
      }
      throw error;
    }
    if (typeof payload.sub !== 'string' || !payload.sub) {
      throw unauthenticated('Invalid bearer token: "sub" must name the caller', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
    }
    const caller: Caller = { subject: payload.sub, scopes: new Set(scopesOf(payload)), anonymous: false };
    // `exp` is required, so verification has checked it is a number in the future.
    const expiresAt = (payload.exp ?? 0) * 1000;
    this.verified.set(token, { caller, expiresAt }, { ttl: Math.max(1, Math.min(VERIFIED_TTL_MS, expiresAt - Date.now())) });
    return caller;
  }

  private async verifyPayload(token: string): Promise<JWTPayload> {
    let alg: string | undefined;
    try {
      ({ alg } = decodeProtectedHeader(token));
    } catch {
      throw new errors.JWTInvalid('the token is not a JWS compact serialisation');
    }
    const options: JWTVerifyOptions = {
      issuer: this.config.issuer,
      audience: this.config.audience,
      requiredClaims: ['sub', 'exp'],
    };
    if (alg === 'HS256' && this.secret) return (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
    if (alg !== 'HS256' && this.jwks) return (await jwtVerify(token, this.jwks, { ...options, algorithms: ASYMMETRIC })).payload;
    throw new errors.JOSEAlgNotAllowed(`tokens signed with ${alg ?? 'no algorithm'} are not accepted by this configuration`);
  }
}

/** OAuth's space-separated `scope`; some identity providers send `scp` as a list instead. */
function scopesOf(payload: JWTPayload): string[] {
  const { scope, scp } = payload;
  if (typeof scope === 'string') return scope.split(/\s+/).filter(Boolean);
  if (Array.isArray(scp)) return scp.filter((value): value is string => typeof value === 'string');
  if (typeof scp === 'string') return scp.split(/\s+/).filter(Boolean);
  return [];
}

function unauthenticated(message: string, reason: string): GraphQLError {
  const error = ERRORS.UNAUTHENTICATED.err(message, { reason });
  // RFC 6750 § 3: a 401 tells the client which scheme to use.
  const http = error.extensions.http as { status: number; headers?: Map<string, string> };
  http.headers = new Map([
    ['www-authenticate', `Bearer realm="recordgraph"${reason === 'MISSING_TOKEN' ? '' : ', error="invalid_token"'}`],
  ]);
  return error;
}
