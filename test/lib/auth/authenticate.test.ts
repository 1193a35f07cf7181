import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Authenticator } from '../../../lib/auth/authenticate.ts';
import { ConfigError, loadConfig, type AuthConfig } from '../../../lib/config.ts';
import { craftToken, TEST_AUTH, tokenFor } from '../../support/auth.ts';

/** Bearer tokens in, verified callers out: what the gateway and every subgraph do with each request. */

const now = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => `Bearer ${token}`;
/** Signs whatever claims `jwt` has, with the test key, issuer and audience. */
const withTestKey = (jwt: SignJWT) =>
  jwt
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(TEST_AUTH.issuer)
    .setAudience(TEST_AUTH.audience)
    .sign(new TextEncoder().encode(TEST_AUTH.secret));

/** The UNAUTHENTICATED error a header is refused with, as the HTTP service would send it. */
async function refusal(authenticator: Authenticator, header: string | undefined) {
  const error: unknown = await authenticator.authenticate(header).then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`expected a GraphQLError, got ${String(error)}`);
  // Apollo puts a Map here; Hive Gateway's types (bench/peers) declare a record.
  const http = error.extensions.http as unknown as { status: number; headers: Map<string, string> };
  return {
    message: error.message,
    code: error.extensions.code,
    reason: error.extensions.reason,
    status: http.status,
    challenge: http.headers.get('www-authenticate'),
  };
}

describe('an HS256 secret', () => {
  const authenticator = new Authenticator(TEST_AUTH);

  it('turns a valid token into its subject and scopes', async () => {
    const { caller, token } = await authenticator.authenticate(bearer(await tokenFor(['crm:write', 'read'], { subject: 'alice' })));
    expect(caller).toEqual({ subject: 'alice', scopes: new Set(['crm:write', 'read']), anonymous: false });
    expect(token).toMatch(/^ey/);
  });

  it('reads scopes from `scp` when an identity provider sends a list', async () => {
    const token = await withTestKey(new SignJWT({ scp: ['read', 'hr:write'] }).setSubject('svc').setExpirationTime('5m'));
    expect((await authenticator.verify(token)).scopes).toEqual(new Set(['read', 'hr:write']));
  });

  const REFUSED: [string, () => Promise<string>, string][] = [
    ['expired', () => craftToken({ expiresAt: now() - 1 }), 'ERR_JWT_EXPIRED'],
    ['signed with another key', () => craftToken({ secret: 'x'.repeat(40) }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['for another audience', () => craftToken({ audience: 'billing' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['from another issuer', () => craftToken({ issuer: 'evil' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without a subject', () => withTestKey(new SignJWT({ scope: 'read' }).setExpirationTime('5m')), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without an expiry', () => withTestKey(new SignJWT({ scope: 'read' }).setSubject('s')), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    [
      'unsigned (alg none)',
      async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`,
      'ERR_JOSE_ALG_NOT_ALLOWED',
    ],
    ['that is not a JWT at all', async () => 'hello', 'ERR_JWT_INVALID'],
  ];

  // vitest's asymmetric matchers are typed `any`: as `unknown` it fits in an expected object.
  const invalidBearerToken: unknown = expect.stringMatching(/^Invalid bearer token: /);

  it.each(REFUSED)('refuses a token %s: UNAUTHENTICATED, 401, saying why', async (_name, make, reason) => {
    expect(await refusal(authenticator, bearer(await make()))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason,
      status: 401,
      message: invalidBearerToken,
      challenge: 'Bearer realm="recordgraph", error="invalid_token"',
    });
  });

  it('takes a token it verified before without checking it again, and refuses it once it has expired', async () => {
    const own = new Authenticator(TEST_AUTH);
    const token = await craftToken({ expiresAt: now() + 30 });
    expect((await own.verify(token)).subject).toBeTruthy();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31_000);
      expect(await refusal(own, bearer(token))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ERR_JWT_EXPIRED' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an Authorization header that is not "Bearer <JWT>"', async () => {
    expect(await refusal(authenticator, 'Basic YWxpY2U6c2VjcmV0')).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MALFORMED_HEADER',
      status: 401,
    });
    expect(await refusal(authenticator, 'Bearer two tokens')).toMatchObject({ reason: 'MALFORMED_HEADER' });
  });
});

describe('no token', () => {
  it('is the anonymous reader when ANONYMOUS_READS is on (the default outside production)', async () => {
    const { caller, token } = await new Authenticator(loadConfig({}).auth).authenticate(undefined);
    expect(caller).toEqual({ subject: 'anonymous', scopes: new Set(['read']), anonymous: true });
    expect(token).toBeNull();
    expect((await new Authenticator(TEST_AUTH).authenticate('  ')).caller.anonymous).toBe(true);
  });

  it('is refused when ANONYMOUS_READS is off', async () => {
    const authenticator = new Authenticator(loadConfig({ ANONYMOUS_READS: 'false' }).auth);
    expect(await refusal(authenticator, undefined)).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MISSING_TOKEN',
      status: 401,
      challenge: 'Bearer realm="recordgraph"',
    });
  });

  it('is refused in production, where anonymous reads cannot be turned on and the development key is not used', async () => {
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) }).auth;
    expect(production).toMatchObject({ anonymousReads: false, secret: 'p'.repeat(32) });
    expect(await refusal(new Authenticator(production), undefined)).toMatchObject({ reason: 'MISSING_TOKEN' });
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32), ANONYMOUS_READS: 'true' })).toThrow(
      /anonymous access is always off in production/,
    );
    expect(loadConfig({ NODE_ENV: 'production' }).auth.secret).toBeUndefined();
    expect(() => new Authenticator(loadConfig({ NODE_ENV: 'production' }).auth)).toThrow(ConfigError);
    expect(() => new Authenticator(loadConfig({ NODE_ENV: 'production' }).auth)).toThrow(/JWT_SECRET or JWT_JWKS_URL/);
  });
});

describe('a JWKS URL', () => {
  let server: Server;
  let auth: AuthConfig;
  let signingKey: CryptoKey;
  let strangerKey: CryptoKey;
  const sign = (key: CryptoKey, kid: string, audience = 'recordgraph') =>
    new SignJWT({ scope: 'read projects:write' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('idp-user')
      .setIssuer('https://id.example')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    const published = await generateKeyPair('RS256');
    signingKey = published.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(published.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    // An identity provider on 127.0.0.1 publishing one public key.
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    auth = loadConfig({
      NODE_ENV: 'production',
      JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      JWT_ISSUER: 'https://id.example',
    }).auth;
    return () => new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('verifies tokens signed with a published key', async () => {
    expect(auth.secret).toBeUndefined();
    const { caller } = await new Authenticator(auth).authenticate(bearer(await sign(signingKey, 'k1')));
    expect(caller).toEqual({ subject: 'idp-user', scopes: new Set(['read', 'projects:write']), anonymous: false });
  });

  it('refuses tokens signed with any other key, for another audience, or HS256 tokens it has no secret for', async () => {
    const authenticator = new Authenticator(auth);
    expect(await refusal(authenticator, bearer(await sign(strangerKey, 'k1')))).toMatchObject({
      reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
    expect(await refusal(authenticator, bearer(await sign(strangerKey, 'k2')))).toMatchObject({ reason: 'ERR_JWKS_NO_MATCHING_KEY' });
    expect(await refusal(authenticator, bearer(await sign(signingKey, 'k1', 'billing')))).toMatchObject({
      reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    });
    const hs256 = await craftToken({ issuer: 'https://id.example' });
    expect(await refusal(authenticator, bearer(hs256))).toMatchObject({ reason: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });
});
