import { rmSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { SUBGRAPHS } from './subgraphs.ts';
import type { Config } from '../lib/config.ts';
import { DemoCompany } from '../lib/demo/company.ts';
import { createDemoPlan, demoParts, plannedEntities, type DemoPlan, type DemoSource } from '../lib/demo/plan.ts';
import { DOMAINS, SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';
import type { EventBus } from '../lib/events/bus.ts';
import { openBus } from '../lib/events/open.ts';
import { serviceTokenSource } from '../lib/events/service-token.ts';
import type { HttpService } from '../lib/http/service.ts';
import { createLogger } from '../lib/observability/logger.ts';
import { startTracing } from '../lib/observability/tracing.ts';
import { httpExecutor, ReferenceChecker } from '../lib/references.ts';
import { dialectOf, sqlitePath } from '../lib/store/database.ts';
import { createSubgraphService, type Subgraph } from '../lib/subgraph.ts';

/**
 * Opening, seeding and serving services from configuration: what `recordgraph start|serve|seed` do.
 * The gateway and each subgraph are imported when they are opened, so a process loads the code of
 * the services it runs and no other.
 */

export type Log = (line: string) => void;

/** The configured demo company, whole, in memory (tests compare against it). */
export function demoPlan(config: Config): DemoPlan {
  return createDemoPlan({ seed: config.seed.random, size: config.seed, reportingCurrency: config.reportingCurrency });
}

/** The configured demo company in chunks, as seeding writes it: the same company as `demoPlan`, never all in memory. */
export function demoCompany(config: Config): DemoCompany {
  return new DemoCompany({ seed: config.seed.random, size: config.seed, reportingCurrency: config.reportingCurrency });
}

/** Below this many planned entities a domain seeds in a moment and shows no progress. */
const PROGRESS_FROM = 10_000;

/**
 * A system of record's subgraph on its configured store, reaching the owners it references over
 * HTTP at `urls` (read on every call, so services on port 0 can be found once they listen). With
 * a `bus`, it announces its writes there and runs its automation rules and background work.
 */
export async function openSubgraph(
  name: RecordSystem,
  config: Config,
  urls: Record<RecordSystem, string> = config.subgraphUrls,
  options: { migrate?: boolean; bus?: EventBus; hold?: boolean } = {},
): Promise<Subgraph> {
  const executors = Object.fromEntries(DOMAINS.map((owner) => [owner, httpExecutor(() => urls[owner], config.subgraphTimeoutMs)]));
  const subgraph = await SUBGRAPHS[name]();
  return subgraph.open({
    databaseUrl: config.databaseUrls[name],
    references: new ReferenceChecker(executors),
    reportingCurrency: config.reportingCurrency,
    poolSize: config.databasePoolMax,
    statementTimeoutMs: config.shedding.statementTimeoutMs,
    migrate: options.migrate ?? config.migrateOnStart,
    hold: options.hold,
    env: config.env,
    idempotency: config.idempotency,
    events: options.bus && {
      bus: options.bus,
      outboxPollMs: config.events.outboxPollMs,
      executors,
      serviceToken: serviceTokenSource(config, name),
      billingHourlyRate: config.billingHourlyRate,
      webhooks: config.webhooks,
      logger: createLogger({ service: name, level: config.logLevel }),
    },
  });
}

/**
 * Seeds an empty store with its domain's part of the demo company. Every domain derives its
 * part from the same seed, so services started separately still line up.
 */
export async function seedIfEmpty(subgraph: Subgraph, plan: () => DemoSource, log: Log): Promise<void> {
  if (!(await subgraph.isEmpty())) return;
  const started = Date.now();
  const parts = demoParts(plan());
  const total = plannedEntities(parts, subgraph.domain);
  if (total < PROGRESS_FROM) {
    await subgraph.seed(parts);
    log(`seeded ${subgraph.domain} demo data in ${Date.now() - started} ms`);
    return;
  }
  const { seedMeter } = await import('./seed-progress.ts');
  const meter = seedMeter(subgraph.domain, total, log);
  try {
    await subgraph.seed(parts, meter.tick);
  } finally {
    meter.stop();
  }
  const ms = Date.now() - started;
  log(`seeded ${subgraph.domain} demo data in ${ms} ms: ${meter.rows} rows, ${Math.round((meter.rows * 1000) / Math.max(1, ms))} rows/s`);
}

/** Deletes a store: its SQLite file, or every table in its PostgreSQL schema. */
export async function resetStore(url: string): Promise<void> {
  if (dialectOf(url) === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath(url)}${suffix}`, { force: true });
    return;
  }
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
  try {
    await sql`drop schema if exists public cascade`.execute(db);
    await sql`create schema public`.execute(db);
  } finally {
    await db.destroy();
  }
}

export interface StartOptions {
  config: Config;
  /** The systems of record to run in this process (default all five). */
  subgraphs?: readonly RecordSystem[];
  /** Whether to run the gateway too (default true). */
  gateway?: boolean;
  /** The bus every service here shares (default: the configured one, opened here and closed by `stop`). */
  bus?: EventBus;
  log?: Log;
}

/** Services running in this process, with the URLs they actually listen on. */
export interface RunningServices {
  services: HttpService[];
  subgraphs: Partial<Record<RecordSystem, Subgraph>>;
  urls: Record<RecordSystem, string>;
  gatewayUrl: string | null;
  bus: EventBus;
  stop(): Promise<void>;
}

/**
 * Starts subgraphs first, then the gateway pointed at where they really listen (port 0 works),
 * seeding each empty store when SEED_ON_START is on. A failure stops what had started.
 */
export async function startServices(options: StartOptions): Promise<RunningServices> {
  const { config, subgraphs: names = SYSTEMS_OF_RECORD, log = () => {} } = options;
  const urls = { ...config.subgraphUrls };
  const services: HttpService[] = [];
  const subgraphs: Partial<Record<RecordSystem, Subgraph>> = {};
  let plan: DemoCompany | undefined;
  // A store opened but not yet served (seeding failed) is closed too.
  const unserved: Subgraph[] = [];
  // A gateway alone only reads the bus (change feed, subscriptions); subgraphs append to it.
  const readOnly = names.length === 0;
  // Traces by OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing otherwise (lib/observability/tracing.ts).
  const served = [...names, ...((options.gateway ?? true) ? ['gateway'] : [])];
  const tracing = await startTracing(config.telemetry, served.length === 1 ? `recordgraph-${served[0]}` : 'recordgraph');
  const bus = options.bus ?? (await openBus(config.events, createLogger({ service: 'events', level: config.logLevel }), { readOnly }));
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await Promise.all(unserved.splice(0).map((subgraph) => subgraph.close()));
    if (!options.bus) await bus.close();
    await tracing.shutdown();
  };
  try {
    for (const name of names) {
      const subgraph = await openSubgraph(name, config, urls, { bus });
      subgraphs[name] = subgraph;
      unserved.push(subgraph);
      if (config.seed.onStart) await seedIfEmpty(subgraph, () => (plan ??= demoCompany(config)), log);
      const service = createSubgraphService(subgraph, config);
      unserved.pop();
      services.push(service);
      urls[name] = await service.listen(config.ports[name], config.host);
    }
    let gatewayUrl: string | null = null;
    if (options.gateway ?? true) {
      // Stateless: the supergraph, tokens and the bus; every system of record is reached over HTTP.
      const { createGateway } = await import('../gateway/server.ts');
      const gateway = createGateway({ ...config, subgraphUrls: urls }, { bus });
      services.push(gateway);
      gatewayUrl = await gateway.listen(config.ports.gateway, config.host);
    }
    return { services, subgraphs, urls, gatewayUrl, bus, stop };
  } catch (error: unknown) {
    await stop();
    throw error;
  }
}
