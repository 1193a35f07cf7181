import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/auth/scope-names.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * What the gateway serves a browser beside /graphql (gateway/web/routes.ts), over real HTTP:
 * the web app at /app/ with its hashed assets, GraphiQL at /graphiql and the demo sign-in outside
 * production only, and a Content-Security-Policy on the pages that names no other origin.
 */

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  code: string | undefined;
}

/** A Content-Security-Policy as directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]): [string, string[]] => [name ?? '', sources]),
  );
}

/** A page's policy may name this origin, data: and blob: only, and never run inline or eval'd scripts. */
function expectSameOriginPolicy(headers: Headers): void {
  const policy = directives(headers.get('content-security-policy') ?? '');
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
  expect(policy['connect-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  const sources = Object.values(policy).flat();
  expect(sources.filter((source) => !/^('self'|'none'|'unsafe-inline'|data:|blob:)$/.test(source))).toEqual([]);
  expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
}

describe.each(['development', 'production'] as const)('%s', (env) => {
  let stack: Stack;
  let origin: string;

  beforeAll(async () => {
    stack = await startStack({
      seed: null,
      env: {
        NODE_ENV: env,
        // Production warns that /metrics is closed, which is not this test's business.
        ...(env === 'production' ? { JWT_SECRET: 'web-routes-test-secret-of-32-characters!!', LOG_LEVEL: 'error' } : {}),
      },
    });
    origin = new URL(stack.gatewayUrl).origin;
  });
  afterAll(async () => stack.stop());

  async function send(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual', ...init });
    const text = await response.text();
    let code: string | undefined;
    if (response.headers.get('content-type')?.includes('json')) {
      code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    }
    return { status: response.status, headers: response.headers, text, code };
  }

  it('/ sends a browser to the web app', async () => {
    const answer = await send('/');
    expect([answer.status, answer.headers.get('location')]).toEqual([302, '/app/']);
  });

  it('/app/ is the web app, asked again each time, under a policy that names no other origin', async () => {
    const answer = await send('/app/');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.text).toMatch(/<script type="module" crossorigin src="\/assets\/app-[\w-]+\.js">/);
    expectSameOriginPolicy(answer.headers);
  });

  it('every path under /app/ answers the same page (the browser routes it)', async () => {
    const index = await send('/app/');
    for (const path of ['/app', '/app/clients', '/app/clients/cli_0000000000000000', '/app/no/such/page']) {
      const answer = await send(path);
      expect([path, answer.status, answer.text]).toEqual([path, 200, index.text]);
    }
  });

  it('assets are cached for a year as immutable; a missing one is a coded 404 that is not cached', async () => {
    const page = await send('/app/');
    const assets = [...page.text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(1);
    for (const path of assets) {
      const answer = await send(path);
      expect([path, answer.status]).toEqual([path, 200]);
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expectSameOriginPolicy(answer.headers);
    }
    const missing = await send('/assets/app-00000000.js');
    expect([missing.status, missing.code]).toEqual([404, 'BAD_REQUEST']);
    expect(missing.headers.get('cache-control') ?? '').not.toMatch(/immutable|max-age/);
  });

  if (env === 'development') {
    it('/graphiql is GraphiQL, with Monaco workers bundled here, under the same policy', async () => {
      for (const path of ['/graphiql', '/graphiql/']) {
        const answer = await send(path);
        expect([path, answer.status]).toEqual([path, 200]);
        expect(answer.text).toMatch(/<script type="module" crossorigin src="\/assets\/graphiql-[\w-]+\.js">/);
        expectSameOriginPolicy(answer.headers);
      }
      const script = /src="(\/assets\/graphiql-[\w-]+\.js)"/.exec((await send('/graphiql')).text)?.[1] ?? '';
      const bundle = (await send(script)).text;
      for (const worker of ['editor.worker', 'json.worker', 'graphql.worker']) {
        const path = new RegExp(`"(/assets/${worker}-[\\w-]+\\.js)"`).exec(bundle)?.[1] ?? `no ${worker} in ${script}`;
        expect([path, (await send(path)).status]).toEqual([path, 200]);
      }
    });

    it('POST /auth/demo-token issues a working token, every scope unless asked for fewer', async () => {
      const all = await send('/auth/demo-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(all.status).toBe(200);
      const issued = JSON.parse(all.text) as { token: string; subject: string; scopes: string[] };
      expect([issued.subject, decodeJwt(issued.token).scope]).toEqual(['demo', SCOPES.join(' ')]);
      const fewer = await send('/auth/demo-token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scopes: ['read'], name: 'alex' }),
      });
      expect(decodeJwt((JSON.parse(fewer.text) as { token: string }).token)).toMatchObject({ sub: 'alex', scope: 'read' });
      const asked = await stack.query('{ reportingCurrency }', {}, { token: issued.token });
      expect(asked.data).toEqual({ reportingCurrency: 'USD' });
    });

    it('POST /auth/demo-token refuses what it cannot issue, with a code from the registry', async () => {
      const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
        send('/auth/demo-token', { method: 'POST', headers, body });
      for (const [body, status, code] of [
        ['{"scopes":["read","root"]}', 400, 'BAD_USER_INPUT'],
        ['{"scopes":"read"}', 400, 'BAD_USER_INPUT'],
        ['{"scopes":[]}', 400, 'BAD_USER_INPUT'],
        ['{"scopes":', 400, 'BAD_REQUEST'],
        [JSON.stringify({ name: 'x'.repeat(5000) }), 413, 'REQUEST_TOO_LARGE'],
      ] as const) {
        const answer = await post(body);
        expect([body.slice(0, 40), answer.status, answer.code]).toEqual([body.slice(0, 40), status, code]);
      }
      const get = await send('/auth/demo-token');
      expect([get.status, get.code, get.headers.get('allow')]).toEqual([405, 'BAD_REQUEST', 'POST']);
    });
  } else {
    it('/graphiql and the demo sign-in do not exist', async () => {
      for (const path of ['/graphiql', '/graphiql/', '/graphiql/anything']) {
        const answer = await send(path);
        expect([path, answer.status, answer.code]).toEqual([path, 404, 'BAD_REQUEST']);
        expect(answer.text).not.toContain('<script');
      }
      const token = await send('/auth/demo-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect([token.status, token.code]).toEqual([404, 'BAD_REQUEST']);
      expect(token.text).not.toMatch(/token"\s*:/);
    });
  }
});
