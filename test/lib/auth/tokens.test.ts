import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { Authenticator } from '../../../lib/auth/authenticate.ts';
import { mintToken, parseTtl, TokenRequestError } from '../../../lib/auth/tokens.ts';
import { loadConfig } from '../../../lib/config.ts';
import { TEST_AUTH } from '../../support/auth.ts';

/** `recordgraph token`, the demo token and the tests' tokens all come from mintToken. */

describe('mintToken', () => {
  it('signs a token the services verify, with the scopes, subject and lifetime asked for', async () => {
    const token = await mintToken(TEST_AUTH, { scopes: ['hr:write', 'read', 'read'], subject: 'bob', ttl: '30m' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: 'bob', scope: 'hr:write read', iss: 'recordgraph', aud: 'recordgraph' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(1800);
    expect(await new Authenticator(TEST_AUTH).verify(token)).toEqual({
      subject: 'bob',
      scopes: new Set(['hr:write', 'read']),
      anonymous: false,
    });
  });

  it('defaults to an hour for recordgraph-cli', async () => {
    const claims = decodeJwt(await mintToken(TEST_AUTH, { scopes: ['read'] }));
    expect(claims.sub).toBe('recordgraph-cli');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('refuses unknown or no scopes and bad lifetimes', async () => {
    await expect(mintToken(TEST_AUTH, { scopes: ['crm:delete'] })).rejects.toThrow(
      /Unknown scope crm:delete; the scopes are: read crm:write/,
    );
    await expect(mintToken(TEST_AUTH, { scopes: [] })).rejects.toThrow(TokenRequestError);
    await expect(mintToken(TEST_AUTH, { scopes: ['read'], ttl: '-1h' })).rejects.toThrow(/Invalid time to live "-1h"/);
  });

  it('refuses to sign when tokens come from an identity provider (JWKS only)', async () => {
    const auth = loadConfig({ JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json' }).auth;
    await expect(mintToken(auth, { scopes: ['read'] })).rejects.toThrow(/verified with the keys at JWT_JWKS_URL/);
  });
});

describe('parseTtl', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['30m', 1800],
    ['1h', 3600],
    ['7d', 604_800],
    ['2w', 1_209_600],
    [45, 45],
  ] as const)('%s is %i seconds', (ttl, seconds) => expect(parseTtl(ttl)).toBe(seconds));

  it.each(['0', '0h', '-5m', '1.5h', 'soon', '', 0, -1, 1.5])('%j is not a lifetime', (ttl) => expect(parseTtl(ttl)).toBeNull());
});
