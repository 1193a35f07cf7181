import { parseArgs } from 'node:util';
import { SCOPES } from '../lib/auth/scopes.ts';
import { mintToken, TokenRequestError } from '../lib/auth/tokens.ts';
import { assertProductionReady, ConfigError, loadConfig, type Config } from '../lib/config.ts';
import { DOMAINS, isDomain } from '../lib/domains.ts';
import { CLIENT_OVERVIEW } from '../lib/operations/index.ts';
import { MigrationFailedError, StoreBehindError } from '../lib/store/database.ts';
import { WEBHOOKS } from '../lib/schema.ts';
import { demoPlan, migrateDomain, migrateWebhooks, openSubgraph, resetStore, seedIfEmpty, startServices, type Log, type RunningServices } from './services.ts';

const HELP = `recordgraph — one GraphQL endpoint over a company's systems of record

Usage:
  recordgraph start                 run the four subgraphs and the gateway (seeds demo data on first start)
  recordgraph serve <service>       run one service: crm | accounting | hr | projects | gateway
  recordgraph seed [domain…]        delete and re-create the demo data (all domains by default)
  recordgraph migrate <store|all>   bring a store's schema up to date: crm, accounting, hr, projects,
                                    webhooks (the gateway's), or all five
  recordgraph token --scopes "<scope …>" [--subject <sub>] [--ttl <duration>]
                                    print a bearer token signed with JWT_SECRET (default subject
                                    recordgraph-cli, ttl 1h; durations like 30m, 8h, 7d)
  recordgraph --help                this text

Scopes: ${SCOPES.join(' ')}
  read: every query; <domain>:write: that domain's mutations; hr:salary:read: Employee.salary;
  webhooks:manage: webhook endpoints and deliveries.

Configuration comes from environment variables (see README.md § Configuration), e.g.
  GATEWAY_PORT=5000 SEED_CLIENTS=50 recordgraph start
`;

const log: Log = (line) => console.log(line);

/** Every scope, for the token `recordgraph start` prints. */
const DEMO_TOKEN_TTL = '24h';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      scopes: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  switch (command) {
    case 'start': {
      const running = await startServices({ config, log });
      await announce(running, config);
      return runUntilSignalled(running);
    }
    case 'serve': {
      const [service] = rest;
      if (service !== 'gateway' && !(service && isDomain(service))) {
        console.error(`recordgraph serve: expected one of ${[...DOMAINS, 'gateway'].join(', ')}; got ${service ?? 'nothing'}`);
        return 2;
      }
      assertProductionReady(service);
      const running = await startServices({
        config,
        log,
        domains: service === 'gateway' ? [] : [service],
        gateway: service === 'gateway',
      });
      for (const started of running.services) log(`${started.name} listening on ${started.url}`);
      return runUntilSignalled(running);
    }
    case 'seed':
      return seed(rest, config);
    case 'migrate':
      return migrate(rest, config);
    case 'token': {
      if (values.scopes === undefined || rest.length) {
        console.error(`recordgraph token: expected --scopes "<scope …>", e.g. --scopes "crm:write read"; the scopes are: ${SCOPES.join(' ')}`);
        return 2;
      }
      // Only the token on standard output, so TOKEN=$(recordgraph token …) works.
      console.log(await mintToken(config.auth, { scopes: values.scopes.split(/[\s,]+/).filter(Boolean), subject: values.subject, ttl: values.ttl }));
      return 0;
    }
    default:
      console.error(`recordgraph: unknown command ${command}\n\n${HELP}`);
      return 2;
  }
}

async function announce(running: RunningServices, config: Config): Promise<void> {
  log('\nrecordgraph is running:');
  for (const service of running.services) log(`  ${service.name.padEnd(10)} ${service.url}`);
  const token = await demoToken(config);
  if (running.gatewayUrl) await printHeadline(running.gatewayUrl, config, token);
}

/** A token with every scope, printed for trying things out; never minted in production. */
async function demoToken(config: Config): Promise<string | null> {
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

async function printHeadline(url: string, config: Config, token: string | null): Promise<void> {
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
Open ${url} in a browser for Apollo Sandbox${config.env === 'production' ? ' (off in production)' : ''}${
    token ? ' (put "Authorization: Bearer <the token above>" in its Headers tab)' : ''
  }, or try the headline query:

${CLIENT_OVERVIEW}
  variables: { "id": "${id}" }

  curl -s ${url} -H 'content-type: application/json' \\${authorization ? `\n    -H 'authorization: ${authorization}' \\` : ''}
    -d '${payload.replace(/'/g, "'\\''")}'

Press Ctrl-C to stop.`);
}

async function migrate(args: string[], config: Config): Promise<number> {
  const [target, ...extra] = args;
  const stores = [...DOMAINS, WEBHOOKS] as const;
  if (!target || extra.length || (target !== 'all' && !(stores as readonly string[]).includes(target))) {
    console.error(`recordgraph migrate: expected one of ${[...stores, 'all'].join(', ')}; got ${args.join(' ') || 'nothing'}`);
    return 2;
  }
  for (const store of target === 'all' ? stores : stores.filter((name) => name === target)) {
    const { ran, total } = store === WEBHOOKS ? await migrateWebhooks(config) : await migrateDomain(store, config);
    log(ran.length ? `${store}: ran ${ran.join(', ')}` : `${store}: up to date (${total} ${total === 1 ? 'migration' : 'migrations'})`);
  }
  return 0;
}

async function seed(domains: string[], config: Config): Promise<number> {
  const unknown = domains.filter((domain) => !isDomain(domain));
  if (unknown.length) {
    console.error(`recordgraph seed: unknown domain ${unknown.join(', ')}; expected ${DOMAINS.join(', ')}`);
    return 2;
  }
  const plan = demoPlan(config);
  for (const domain of domains.length ? domains.filter(isDomain) : DOMAINS) {
    await resetStore(config.databaseUrls[domain]);
    // The store was just emptied, so its schema is created whatever MIGRATE_ON_START says.
    const subgraph = await openSubgraph(domain, config, config.subgraphUrls, { migrate: true });
    try {
      await seedIfEmpty(subgraph, () => plan, log);
    } finally {
      await subgraph.close();
    }
  }
  return 0;
}

/** Runs until SIGINT or SIGTERM, then stops the gateway first and the subgraphs after it. */
function runUntilSignalled(running: RunningServices): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(`\n${signal} again: exiting now`);
        process.exit(130);
      }
      stopping = true;
      log(`\n${signal}: stopping…`);
      void (async () => {
        await running.stop();
        log('stopped');
        resolve(0);
      })();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Errors that tell the operator what to do are printed as they are, without a stack.
    const explained = [ConfigError, StoreBehindError, MigrationFailedError, TokenRequestError].some((type) => error instanceof type);
    console.error(explained && error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
