import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, tokenOf } from '../support/auth.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Whatever a caller sends, the answer is GraphQL: JSON `{ errors: [{ message, extensions: { code } }] }`
 * with a registry code and the right HTTP status, from the gateway and from a subgraph called
 * directly, in development and in production. No HTML, no stack, no file path, no X-Powered-By;
 * helmet's headers on every response. Production also keeps the schema to itself: no "Did you
 * mean" suggestions, and the introspection refusal says only that introspection is disabled.
 */

const MAX_BODY_BYTES = 65_536;
const MAX_HEADER_BYTES = 8_192;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A request whose head exceeds the limit: fetch refuses to send one, node:http does not. */
function sendBigHeader(url: string, headerBytes: number): Promise<{ status: number; contentType: string; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-padding': 'a'.repeat(headerBytes) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', text }));
      },
    );
    req.on('error', reject);
    req.end('{"query":"{ __typename }"}');
  });
}

/** A GraphQL error answer with the given code, and nothing a stranger could learn the server from. */
function expectGraphQLError(answer: Pick<Answer, 'status' | 'text'> & { contentType: string }, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|<pre|node_modules|\/work\/|\bat \S+ \(|stack/i);
  const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]?.extensions.code).toBe(code);
  expect(body.errors[0]?.message).toEqual(expect.any(String));
  return body.errors[0];
}

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get('x-powered-by')).toBeNull();
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('strict-transport-security')).toMatch(/max-age=/);
}

const json = { 'content-type': 'application/json' };

describe.each(['development', 'production'] as const)('%s', (env) => {
  let stack: Stack;
  const TARGETS = ['gateway', 'crm directly'] as const;
  const urlOf = (target: (typeof TARGETS)[number]) => (target === 'gateway' ? stack.gatewayUrl : stack.urls.crm);
  const authorised = async () => ({ ...json, ...bearer(await tokenOf({}, stack.config.auth)) });

  beforeAll(async () => {
    stack = await startStack({
      seed: null,
      env: {
        NODE_ENV: env,
        MAX_BODY_BYTES: `${MAX_BODY_BYTES}`,
        MAX_HEADER_BYTES: `${MAX_HEADER_BYTES}`,
        ...(env === 'production' ? { JWT_SECRET: 'http-errors-test-secret-of-32-characters!' } : {}),
      },
    });
  });
  afterAll(async () => stack.stop());

  it.each(TARGETS)('%s: malformed JSON is BAD_REQUEST 400', async (target) => {
    const url = urlOf(target);
    const answer = await send(url, { method: 'POST', headers: json, body: '{"query": "{ __typename }"' });
    expectGraphQLError({ ...answer, contentType: answer.headers.get('content-type') ?? '' }, 400, 'BAD_REQUEST');
    expectSecurityHeaders(answer.headers);
  });

  it.each(TARGETS)('%s: an operation name the document does not hold is OPERATION_RESOLUTION_FAILURE 400', async (target) => {
    const url = urlOf(target);
    const headers = await authorised();
    const cases = [
      // A stale name, as an editor sends it when the document was just replaced under it.
      [{ query: 'query A { __typename }', operationName: 'B' }, 'Unknown operation named "B".'],
      [{ query: 'mutation Changes { __typename }', operationName: 'ClientOverview' }, 'Unknown operation named "ClientOverview".'],
      [{ query: 'query A { __typename } query C { __typename }' }, 'Must provide operation name if query contains multiple operations.'],
    ] as const;
    for (const [body, message] of cases) {
      const answer = await send(url, { method: 'POST', headers, body: JSON.stringify(body) });
      const error = expectGraphQLError(
        { ...answer, contentType: answer.headers.get('content-type') ?? '' },
        400,
        'OPERATION_RESOLUTION_FAILURE',
      );
      expect(error?.message).toBe(message);
    }
  });

  it.each(TARGETS)('%s: a text/plain or untyped body is BAD_REQUEST 415', async (target) => {
    const url = urlOf(target);
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/xml' }, {}] as Record<string, string>[]) {
      const answer = await send(url, { method: 'POST', headers, body: '{"query":"{ __typename }"}' });
      expectGraphQLError({ ...answer, contentType: answer.headers.get('content-type') ?? '' }, 415, 'BAD_REQUEST');
    }
  });

  it.each(TARGETS)('%s: a body over MAX_BODY_BYTES is REQUEST_TOO_LARGE 413 with the limit', async (target) => {
    const url = urlOf(target);
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'a'.repeat(MAX_BODY_BYTES) } });
    const answer = await send(url, { method: 'POST', headers: json, body });
    const error = expectGraphQLError({ ...answer, contentType: answer.headers.get('content-type') ?? '' }, 413, 'REQUEST_TOO_LARGE');
    expect(error?.extensions).toMatchObject({ max: MAX_BODY_BYTES });
    expectSecurityHeaders(answer.headers);
    // Just under the limit still runs.
    const fits = await send(url, {
      method: 'POST',
      headers: await authorised(),
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'a'.repeat(MAX_BODY_BYTES - 100) } }),
    });
    expect(fits.status).toBe(200);
  });

  it.each(TARGETS)('%s: headers over MAX_HEADER_BYTES are REQUEST_TOO_LARGE 431 as JSON', async (target) => {
    const url = urlOf(target);
    const answer = await sendBigHeader(url, MAX_HEADER_BYTES + 1_000);
    const error = expectGraphQLError(answer, 431, 'REQUEST_TOO_LARGE');
    expect(error?.extensions).toMatchObject({ max: MAX_HEADER_BYTES });
  });

  it.each(TARGETS)('%s: malformed HTTP (a NUL in a header, a garbage request line) is BAD_REQUEST 400 as JSON', async (target) => {
    const { port } = new URL(urlOf(target));
    for (const head of ['POST /graphql HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\u0000b\r\nContent-Length: 2\r\n\r\n{}', 'GARBAGE\r\n\r\n']) {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(head));
        let received = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (received += chunk));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
      });
      const [statusLine = '', ...rest] = raw.split('\r\n');
      const text = raw.slice(raw.indexOf('\r\n\r\n') + 4);
      const contentType = /^content-type: (.*)$/im.exec(rest.join('\n'))?.[1] ?? '';
      expectGraphQLError({ status: Number(statusLine.split(' ')[1]), contentType, text }, 400, 'BAD_REQUEST');
    }
  });

  it.each(TARGETS)('%s: unknown routes are 404 and wrong methods 405, as GraphQL errors', async (target) => {
    const url = urlOf(target);
    const base = url.replace(/\/graphql$/, '');
    for (const [path, method] of [
      ['/nope', 'GET'],
      ['/nope', 'POST'],
      ['/graphql/extra', 'GET'],
    ] as const) {
      const answer = await send(`${base}${path}`, { method, headers: json, ...(method === 'POST' ? { body: '{}' } : {}) });
      expectGraphQLError({ ...answer, contentType: answer.headers.get('content-type') ?? '' }, 404, 'BAD_REQUEST');
      expectSecurityHeaders(answer.headers);
    }
    for (const [path, method] of [
      ['/healthz', 'POST'],
      ['/metrics', 'DELETE'],
      ['/graphql', 'PUT'],
    ] as const) {
      // With a token: without one, production answers UNAUTHENTICATED first.
      const answer = await send(`${base}${path}`, { method, headers: await authorised(), body: '{"query":"{ __typename }"}' });
      expectGraphQLError({ ...answer, contentType: answer.headers.get('content-type') ?? '' }, 405, 'BAD_REQUEST');
    }
  });

  it.each(TARGETS)('%s: every response carries the security headers, none X-Powered-By', async (target) => {
    const url = urlOf(target);
    const base = url.replace(/\/graphql$/, '');
    // Production keeps /metrics closed without METRICS_TOKEN: its 401 carries the headers too.
    for (const [answer, status] of [
      [await send(`${base}/healthz`, {}), 200],
      [await send(`${base}/metrics`, {}), env === 'production' ? 401 : 200],
      [await send(url, { method: 'POST', headers: await authorised(), body: '{"query":"{ __typename }"}' }), 200],
    ] as const) {
      expect(answer.status).toBe(status);
      expectSecurityHeaders(answer.headers);
    }
  });

  it.runIf(env === 'development')('the landing page (Sandbox) may load everything its own policy names', async () => {
    const answer = await send(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(answer.status).toBe(200);
    const header = directives(answer.headers.get('content-security-policy') ?? '');
    const page = directives(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(answer.text)?.[1] ?? '');
    expect(Object.keys(page)).toEqual(expect.arrayContaining(['script-src', 'style-src', 'frame-src']));
    for (const [directive, sources] of Object.entries(page)) {
      // Apollo's own local development host aside.
      const wanted = sources.filter((source) => source.startsWith('https://') && !source.includes('apollo.local'));
      expect(header[directive] ?? [], directive).toEqual(expect.arrayContaining(wanted));
    }
  });

  it.each(TARGETS)('%s: suggestions and the introspection hint only outside production', async (target) => {
    const url = urlOf(target);
    const misspelt = await stack.queryAt(url, '{ clien(id: "cli_0000000000000000") { id } }');
    expect(misspelt.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const enumMisspelt = await stack.queryAt(url, '{ clients(status: ACTIV) { totalCount } }');
    expect(enumMisspelt.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const introspection = await stack.queryAt(url, '{ __schema { queryType { name } } }');
    if (env === 'production') {
      expect(misspelt.errors?.[0]?.message).toBe('Cannot query field "clien" on type "Query".');
      expect(enumMisspelt.errors?.[0]?.message).not.toMatch(/Did you mean|ACTIVE/);
      expect(introspection.errors?.[0]).toMatchObject({
        message: 'Introspection is disabled.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect(JSON.stringify(introspection)).not.toMatch(/ApolloServer|introspection: true/);
    } else {
      expect(misspelt.errors?.[0]?.message).toMatch(/Did you mean "client"/);
      expect(introspection.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
    }
  });
});

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
