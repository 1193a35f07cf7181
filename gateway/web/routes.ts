import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { isScope, SCOPES } from '../../lib/auth/scope-names.ts';
import { mintToken, TokenRequestError } from '../../lib/auth/tokens.ts';
import type { Config } from '../../lib/config.ts';
import { graphQLErrorBody, methodNotAllowed } from '../../lib/http/http-errors.ts';
import { pageSecurityPolicy } from '../../lib/http/security-headers.ts';
import { PACKAGE_ROOT } from '../../lib/package-root.ts';

/**
 * What a person opens in a browser, served by the gateway beside /graphql: the web app at /app/
 * (web/app, built by `npm run build` into dist/web) and, outside production, GraphiQL at /graphiql
 * and demo tokens at POST /auth/demo-token. The pages talk only to the public /graphql endpoint
 * with the signed-in person's token: they have no other way in.
 */

export type WebConfig = Pick<Config, 'env' | 'auth'>;

/** Where `vite build` writes the pages (web/vite.config.ts). */
export const WEB_DIST = join(PACKAGE_ROOT, 'dist', 'web');

/** How long a token issued by the demo sign-in lasts: a working day. */
const DEMO_TOKEN_TTL = '12h';

export function webRoutes(app: Express, config: WebConfig, dist = WEB_DIST): void {
  const development = config.env !== 'production';
  // The pages load everything from this origin and nothing from another (lib/http/security-headers.ts).
  const policy = pageSecurityPolicy();
  app.get('/', (_req, res) => res.redirect(302, '/app/'));
  // Hashed file names (assets/index-3f2a….js) never change content: cache them for a year.
  app.use('/assets', policy, express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }), missingAsset);
  app.get(['/app', '/app/*path'], policy, page(dist, 'app'));
  if (development) {
    app.get(['/graphiql', '/graphiql/*path'], policy, page(dist, 'graphiql'));
    app.post('/auth/demo-token', express.json({ limit: '4kb' }), demoToken(config));
    app.all('/auth/demo-token', methodNotAllowed(['POST']));
  }
}

/** An asset this build does not have: a page of another build asks for its own hashed names. */
function missingAsset(req: Request, res: Response): void {
  res
    .status(404)
    .json(graphQLErrorBody('BAD_REQUEST', `No asset ${req.path} in this build of the pages: reload the page for the current one`));
}

/** A single-page app: every path under it answers its index.html, which routes in the browser. */
function page(dist: string, name: string) {
  const index = join(dist, name, 'index.html');
  return (_req: Request, res: Response) => {
    if (!existsSync(index)) {
      res
        .status(404)
        .json(
          graphQLErrorBody('BAD_REQUEST', `The ${name} page is not built: run \`npm run build\` (it writes ${join('dist', 'web', name)})`),
        );
      return;
    }
    // The page itself is small and names the hashed assets of this build: always ask again.
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
}

/**
 * POST /auth/demo-token `{ "scopes": ["read", "accounting:write"], "name": "alex" }`: a token with
 * those scopes, signed with JWT_SECRET, for the web app's and GraphiQL's demo sign-in. Outside
 * production only, and only where recordgraph signs tokens (not with JWT_JWKS_URL).
 */
function demoToken(config: WebConfig) {
  return async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { scopes?: unknown; name?: unknown };
    const scopes = body.scopes === undefined ? [...SCOPES] : body.scopes;
    if (!Array.isArray(scopes) || !scopes.every((scope): scope is string => typeof scope === 'string' && isScope(scope))) {
      res.status(400).json(graphQLErrorBody('BAD_USER_INPUT', `scopes must be a list of: ${SCOPES.join(' ')}`));
      return;
    }
    const name = typeof body.name === 'string' && /^[\w.@-]{1,64}$/.test(body.name) ? body.name : 'demo';
    try {
      const token = await mintToken(config.auth, { scopes, subject: name, ttl: DEMO_TOKEN_TTL });
      res.json({ token, subject: name, scopes });
    } catch (error: unknown) {
      if (!(error instanceof TokenRequestError)) throw error;
      res.status(400).json(graphQLErrorBody('BAD_USER_INPUT', error.message));
    }
  };
}
