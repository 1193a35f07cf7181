import { SCOPES } from '../../lib/auth/scope-names.ts';
import { mintToken } from '../../lib/auth/tokens.ts';
import type { Config } from '../../lib/config.ts';
import { CLIENT_OVERVIEW } from '../../lib/operations/index.ts';
import { MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { startServices, type Log, type RunningServices } from '../services.ts';
import { runUntilSignalled } from '../signals.ts';

/** `recordgraph start`: the five subgraphs and the gateway in this process, with a demo token and the headline query to try. */

export const explained = [StoreBehindError, MigrationFailedError];

/** Every scope, for the token `recordgraph start` prints. */
const DEMO_TOKEN_TTL = '24h';

export async function run({ config, log }: Invocation): Promise<number> {
  const running = await startServices({ config, log });
  await announce(running, config, log);
  return runUntilSignalled(running, log);
}

async function announce(running: RunningServices, config: Config, log: Log): Promise<void> {
  log('\nrecordgraph is running:');
  for (const service of running.services) log(`  ${service.name.padEnd(10)} ${service.url}`);
  const token = await demoToken(config, log);
  if (running.gatewayUrl) await printHeadline(running.gatewayUrl, config, token, log);
}

/** A token with every scope, printed for trying things out; never minted in production. */
async function demoToken(config: Config, log: Log): Promise<string | null> {
  if (config.env === 'production' || !config.auth.secret) {
    log(`
Callers need a bearer token${config.auth.secret ? ' (`recordgraph token --scopes "…"` mints one with JWT_SECRET)' : ' from the identity provider at JWT_JWKS_URL'}.`);
    return null;
  }
  const token = await mintToken(config.auth, { scopes: SCOPES, subject: 'demo', ttl: DEMO_TOKEN_TTL });
  log(`
Demo token (every scope: ${SCOPES.join(' ')}; valid ${DEMO_TOKEN_TTL}; \`recordgraph token --scopes "…"\` mints others):
  ${token}`);
  return token;
}

async function printHeadline(url: string, config: Config, token: string | null, log: Log): Promise<void> {
  const authorization = token ? `Bearer ${token}` : null;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ clients(first: 1, status: ACTIVE) { edges { node { id } } } }' }),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { data?: { clients?: { edges?: { node: { id: string } }[] } } } | null;
  const id = body?.data?.clients?.edges?.[0]?.node.id ?? 'cli_…';
  const payload = JSON.stringify({ query: CLIENT_OVERVIEW.replace(/\s+/g, ' ').trim(), variables: { id } });
  log(`
${inABrowser(url, config, token !== null)}

or try the headline query:

${CLIENT_OVERVIEW}
  variables: { "id": "${id}" }

  curl -s ${url} -H 'content-type: application/json' \\${authorization ? `\n    -H 'authorization: ${authorization}' \\` : ''}
    -d '${payload.replace(/'/g, "'\\''")}'

Press Ctrl-C to stop.`);
}

/** The pages the gateway serves (gateway/web/routes.ts): the web app always, GraphiQL and Sandbox outside production. */
function inABrowser(graphqlUrl: string, config: Config, withToken: boolean): string {
  const at = (path: string) => new URL(path, graphqlUrl).href;
  if (config.env === 'production') return `Open the web app in a browser:\n  web app   ${at('/app/')}`;
  return [
    'Open in a browser:',
    `  web app   ${at('/app/')} (sign in with a demo token there)`,
    `  GraphiQL  ${at('/graphiql')} (bundled, works offline; the headline query and a demo token filled in)`,
    `  Sandbox   ${graphqlUrl} (Apollo Sandbox, loaded from Apollo's CDN${
      withToken ? '; put "Authorization: Bearer <the token above>" in its Headers tab' : ''
    })`,
  ].join('\n');
}
