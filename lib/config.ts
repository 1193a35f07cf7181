import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_PORTS, REFERENCED_OWNERS, SYSTEMS_OF_RECORD, type RecordSystem } from './domains.ts';
import { isCurrencyCode, supportedInvoiceCurrencies } from './money.ts';

/**
 * Environment → typed configuration, parsed once. This is the only module that reads
 * `process.env`; a wrong value stops start-up with a message naming the variable.
 */

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const databaseUrl = z
  .string()
  .min(1)
  .refine((value) => !/^[a-z]+:\/\//i.test(value) || /^postgres(ql)?:\/\//i.test(value), {
    error: 'expected a SQLite file path or a postgres:// URL',
  });
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s):// URL' });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(DEFAULT_PORTS.gateway),
  CRM_PORT: port.default(DEFAULT_PORTS.crm),
  ACCOUNTING_PORT: port.default(DEFAULT_PORTS.accounting),
  HR_PORT: port.default(DEFAULT_PORTS.hr),
  PROJECTS_PORT: port.default(DEFAULT_PORTS.projects),
  WEBHOOKS_PORT: port.default(DEFAULT_PORTS.webhooks),
  CRM_URL: httpUrl.optional(),
  ACCOUNTING_URL: httpUrl.optional(),
  HR_URL: httpUrl.optional(),
  PROJECTS_URL: httpUrl.optional(),
  WEBHOOKS_URL: httpUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  CRM_DATABASE_URL: databaseUrl.optional(),
  ACCOUNTING_DATABASE_URL: databaseUrl.optional(),
  HR_DATABASE_URL: databaseUrl.optional(),
  PROJECTS_DATABASE_URL: databaseUrl.optional(),
  DATABASE_POOL_MAX: positiveInt.default(10),
  MIGRATE_ON_START: flag.default(true),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: positiveInt.default(10_000),
  // Subgraph resilience (README § Limits and protection): per-subgraph timeouts, circuit breaker, retry budget.
  SUBGRAPH_TIMEOUTS_MS: z
    .string()
    .regex(
      /^\s*[A-Za-z_][A-Za-z0-9_-]*=\d+\s*(,\s*[A-Za-z_][A-Za-z0-9_-]*=\d+\s*)*$/,
      'expected name=milliseconds pairs such as projects=3000,crm=2000',
    )
    .refine((value) => [...value.matchAll(/=(\d+)/g)].every((match) => Number(match[1]) > 0), 'every timeout must be more than zero')
    .transform(parseSubgraphTimeouts)
    .optional(),
  SUBGRAPH_BREAKER_FAILURES: positiveInt.default(5),
  SUBGRAPH_BREAKER_HALF_OPEN_MS: positiveInt.default(5_000),
  SUBGRAPH_RETRIES: z.coerce.number().int().nonnegative().default(2),
  SUBGRAPH_RETRY_BUDGET: z.coerce.number().min(0).max(1).default(0.1),
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' }).optional(),
  REDIS_KEY_PREFIX: z.string().default('recordgraph:'),
  PERSISTED_QUERY_TTL_SECONDS: positiveInt.default(86_400),
  // The gateway's entity cache (gateway/entity-cache/; README § Entity cache): on unless turned off, sized here.
  ENTITY_CACHE: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .transform((value) => value === 'on' || value === 'true' || value === '1')
    .default(true),
  ENTITY_CACHE_MAX_ENTRIES: positiveInt.default(50_000),
  ENTITY_CACHE_MAX_MB: positiveInt.default(128),
  ENTITY_CACHE_TTL_SECONDS: positiveInt.default(600),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 key)').optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: 'expected an http(s):// URL of a JWKS' }).optional(),
  JWT_ISSUER: z.string().min(1).default('recordgraph'),
  JWT_AUDIENCE: z.string().min(1).default('recordgraph'),
  ANONYMOUS_READS: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REPORTING_CURRENCY: z
    .string()
    .refine(isCurrencyCode, { error: 'expected an ISO 4217 currency code such as USD' })
    .refine((code) => supportedInvoiceCurrencies().includes(code), {
      error: `expected a currency with exchange rates: ${supportedInvoiceCurrencies().join(', ')}`,
    })
    .default('USD'),
  NATS_URL: z.url({ protocol: /^(nats|tls)$/, error: 'expected a nats:// or tls:// URL' }).optional(),
  NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, _ or - (a JetStream stream name)')
    .default('RECORDGRAPH'),
  EVENT_LOG_PATH: z.string().min(1).optional(),
  EVENT_POLL_MS: positiveInt.default(100),
  OUTBOX_POLL_MS: positiveInt.default(250),
  WEBHOOKS_DATABASE_URL: databaseUrl.optional(),
  WEBHOOK_RETRY_BASE_MS: positiveInt.default(30_000),
  WEBHOOK_RETRY_WINDOW_MS: positiveInt.default(86_400_000),
  WEBHOOK_TIMEOUT_MS: positiveInt.default(10_000),
  SERVICE_TOKEN: z.string().min(1).optional(),
  BILLING_HOURLY_RATE: z
    .string()
    .regex(/^\d+(\.\d{1,2})?$/, 'expected an amount such as 150 or 150.00')
    .refine((value) => Number(value) > 0, 'must be more than zero')
    .default('150.00'),
  SEED_ON_START: flag.default(true),
  SEED_RANDOM: z.coerce.number().int().nonnegative().default(42),
  SEED_CLIENTS: positiveInt.default(200),
  // Unset, these keep the default company's proportions to SEED_CLIENTS (SEED_PER_CLIENT).
  SEED_EMPLOYEES: positiveInt.optional(),
  SEED_INVOICES: z.coerce.number().int().nonnegative().optional(),
  SEED_PROJECTS: z.coerce.number().int().nonnegative().optional(),
  // What one HTTP request may send (lib/http/http-errors.ts): larger is refused with REQUEST_TOO_LARGE.
  MAX_BODY_BYTES: positiveInt.default(2 * 1024 * 1024),
  MAX_HEADER_BYTES: positiveInt.default(16 * 1024),
  // Trusted documents and bounded telemetry (README § Observability, § Limits and protection):
  // only registered operations run when TRUSTED_DOCUMENTS is on; /metrics behind a bearer token or
  // on a port of its own; traces exported by OTLP/HTTP when an endpoint is set (standard OTel names).
  TRUSTED_DOCUMENTS: flag.default(false),
  SHARE_IN_FLIGHT: flag.default(true),
  BATCH_ENTITY_FETCHES: flag.default(true),
  ENTITY_BATCH_IN_FLIGHT: positiveInt.default(1),
  GATEWAY_WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])
    .default(1)
    .transform((value) => (value === 'auto' ? availableParallelism() : value)),
  TRUSTED_DOCUMENTS_PATH: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: port.optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  // Abandoned work stops (lib/http/shedding.ts; README § Limits and protection): deadlines, concurrency, memory, SQL.
  REQUEST_TIMEOUT_MAX_MS: positiveInt.default(60_000),
  MAX_CONCURRENT_REQUESTS: positiveInt.default(64),
  REQUEST_QUEUE_SIZE: z.coerce.number().int().nonnegative().default(16),
  MEMORY_CEILING_MB: positiveInt.default(1024),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(30_000),
  // Idempotency-Keys (lib/idempotency): the owner's lease, and how long a retry waits for a live owner.
  IDEMPOTENCY_LEASE_MS: positiveInt.default(10_000),
  IDEMPOTENCY_WAIT_MS: positiveInt.default(2_000),
  // Operation limits and the response ceiling, in the gateway and every subgraph (lib/http/operation-limits.ts);
  // rate limits per caller at the gateway (gateway/rate-limits.ts). README § Limits and protection.
  MAX_DEPTH: positiveInt.default(10),
  MAX_ALIASES: positiveInt.default(30),
  MAX_ROOT_FIELDS: positiveInt.default(20),
  MAX_TOKENS: positiveInt.default(2_000),
  MAX_DIRECTIVES: positiveInt.default(20),
  MAX_COST: positiveInt.default(50_000),
  COST_DEFAULT_LIST_SIZE: positiveInt.default(10),
  MAX_RESPONSE_BYTES: positiveInt.default(4 * 1024 * 1024),
  RATE_LIMIT_ENABLED: flag.optional(),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
  RATE_LIMIT_POINTS: positiveInt.default(6_000),
  RATE_LIMIT_ANONYMOUS_POINTS: positiveInt.default(600),
  RATE_LIMIT_MUTATION_POINTS: positiveInt.default(600),
});

export type Env = z.input<typeof envSchema>;

/** Every environment variable the configuration reads (deployment manifests are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface SeedConfig {
  /** Seed the demo company when a store is empty at start (default true). */
  onStart: boolean;
  /** The PRNG seed: the same seed and sizes give the same company (default 42). */
  random: number;
  /** Clients (default 200); each size below not set defaults to its SEED_PER_CLIENT share of them. */
  clients: number;
  employees: number;
  invoices: number;
  projects: number;
}

/**
 * The default company's shape (200 clients, 60 employees, 3,000 invoices, 400 projects) per client:
 * a bigger SEED_CLIENTS alone grows everything else with it (100,000 clients: 30,000 employees,
 * 1,500,000 invoices, 200,000 projects), each set size is taken as given. Employees are at least
 * six, one to head each department.
 */
export const SEED_PER_CLIENT = { employees: 0.3, invoices: 15, projects: 2 } as const;

export interface Config {
  env: 'development' | 'production' | 'test';
  /** Address every service binds to (default 127.0.0.1). */
  host: string;
  ports: Record<RecordSystem | 'gateway', number>;
  /** Where the gateway finds each system of record's subgraph (default: the local port). */
  subgraphUrls: Record<RecordSystem, string>;
  /** A SQLite file path or a postgres:// URL per system of record (default ./data/<name>.sqlite). */
  databaseUrls: Record<RecordSystem, string>;
  /** Largest PostgreSQL connection pool per subgraph (default 10). */
  databasePoolMax: number;
  /** Bring each store's schema up to date at start (default true); otherwise `recordgraph migrate`. */
  migrateOnStart: boolean;
  /** The composed supergraph the gateway serves (default schema/supergraph.graphql). */
  supergraphPath?: string;
  /** How long the gateway waits for one subgraph fetch (default 10 000 ms). */
  subgraphTimeoutMs: number;
  subgraphResilience: SubgraphResilienceConfig;
  /** How long in-flight requests may take to finish at shutdown (default 10 000 ms). */
  shutdownGraceMs: number;
  /** Shared cache for the gateway replicas (automatic persisted queries); in-process when unset. */
  redisUrl?: string;
  /** Prefix of every Redis key (default `recordgraph:`). */
  redisKeyPrefix: string;
  /** How long a registered persisted query is kept (default 86 400 s). */
  persistedQueryTtlSeconds: number;
  /** The gateway's cache of subgraph answers, dropped by the events of what they show (ENTITY_CACHE_*). */
  entityCache: EntityCacheConfig;
  /** How callers are authenticated: an HS256 secret or a JWKS URL (development falls back to a fixed demo secret). */
  auth: AuthConfig;
  /** pino log level (default info). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Currency of every aggregate (default USD). */
  reportingCurrency: string;
  seed: SeedConfig;
  events: EventsConfig;
  webhooks: WebhooksConfig;
  /** Token automation rules present to other subgraphs (SERVICE_TOKEN); minted with JWT_SECRET when unset. */
  serviceToken?: string;
  /** What an hour of logged time is billed at, in the reporting currency (BILLING_HOURLY_RATE, default 150.00). */
  billingHourlyRate: string;
  // Trusted documents and bounded telemetry.
  /** Run only registered operations (TRUSTED_DOCUMENTS, default off); the manifests they are registered in. */
  trustedDocuments: TrustedDocumentsConfig;
  /** Who may scrape /metrics and where, and where traces go. */
  telemetry: TelemetryConfig;
  /** Deadlines, concurrency and memory limits of every service (lib/http/shedding.ts). */
  shedding: SheddingConfig;
  /** Idempotency-Keys' lease and wait (lib/idempotency/lease.ts). */
  idempotency: IdempotencyConfig;
  /** Operation limits and the response ceiling, in the gateway and every subgraph (MAX_*, COST_DEFAULT_LIST_SIZE). */
  limits: LimitsConfig;
  /** Requests per caller per window at the gateway (RATE_LIMIT_*). */
  rateLimits: RateLimitsConfig;
  /** The gateway runs identical queries and subgraph query fetches in flight at the same time once (SHARE_IN_FLIGHT, default on; gateway/sharing). */
  shareInFlight: boolean;
  /**
   * The gateway sends the entity fetches of different requests that wait for a subgraph as one
   * (BATCH_ENTITY_FETCHES, default on); they wait while it has ENTITY_BATCH_IN_FLIGHT entity fetches
   * of other requests in flight (default 1; gateway/datasources/entity-batching.ts).
   */
  entityBatching: { enabled: boolean; maxInFlight: number };
  /** Processes `recordgraph serve gateway` runs the gateway in, on one port (GATEWAY_WORKERS, default 1; `auto`: one per core; cli/gateway-workers.ts). */
  gatewayWorkers: number;
  /** What one HTTP request may send to any service (MAX_BODY_BYTES, MAX_HEADER_BYTES). */
  httpLimits: HttpLimits;
}

export interface EntityCacheConfig {
  /** ENTITY_CACHE (`on` or `off`, default on). It also needs the bus: a gateway without one caches nothing. */
  enabled: boolean;
  /** Most answers kept in each gateway's memory (ENTITY_CACHE_MAX_ENTRIES, default 50 000). */
  maxEntries: number;
  /** Most memory those answers take, roughly (ENTITY_CACHE_MAX_MB, default 128). */
  maxBytes: number;
  /** Longest an answer is kept, in memory and in Redis, even if no event drops it (ENTITY_CACHE_TTL_SECONDS, default 600). */
  ttlSeconds: number;
}

export interface HttpLimits {
  /** Largest request body, in bytes (MAX_BODY_BYTES, default 2 MiB); larger is REQUEST_TOO_LARGE, HTTP 413. */
  maxBodyBytes: number;
  /** Largest request head (request line and headers), in bytes (MAX_HEADER_BYTES, default 16 KiB); larger is REQUEST_TOO_LARGE, HTTP 431. */
  maxHeaderBytes: number;
}

export interface TrustedDocumentsConfig {
  /** TRUSTED_DOCUMENTS (default false): the gateway refuses any operation not in `manifests` with PERSISTED_QUERY_NOT_IN_LIST. */
  enabled: boolean;
  /** TRUSTED_DOCUMENTS_PATH: comma-separated manifests (`{ "sha256:<hex>": "<document>" }`); default the product's own. */
  manifests?: string[];
}

export interface TelemetryConfig {
  /** METRICS_TOKEN: /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** METRICS_PORT: /metrics is served on this port alone, not on the service's. */
  metricsPort?: number;
  /** Where spans are POSTed (OTLP/HTTP protobuf): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. Unset: no tracing. */
  otlpTracesEndpoint?: string;
  /** OTEL_SERVICE_NAME: the `service.name` prefix of every span's resource (default recordgraph). */
  serviceName?: string;
}

/** How each service stops abandoned work and sheds load it cannot take (lib/http/shedding.ts). */
export interface SheddingConfig {
  /** The longest a request may run: its deadline when the caller sends none, the cap on one it sends (REQUEST_TIMEOUT_MAX_MS, default 60 s). */
  requestTimeoutMaxMs: number;
  /** GraphQL requests one service serves at once (MAX_CONCURRENT_REQUESTS, default 64). */
  maxConcurrentRequests: number;
  /** Requests that may wait for a slot; beyond it they are shed (REQUEST_QUEUE_SIZE, default 16). */
  requestQueueSize: number;
  /** JavaScript heap above which new requests are shed and in-flight ones abandoned (MEMORY_CEILING_MB, default 1024). */
  memoryCeilingMb: number;
  /** Longest one PostgreSQL statement of a subgraph may run (DATABASE_STATEMENT_TIMEOUT_MS, default 30 s). */
  statementTimeoutMs: number;
}

/** How the gateway protects callers from a sick subgraph (gateway/datasources). */
export interface SubgraphResilienceConfig {
  /** Timeouts that differ from SUBGRAPH_TIMEOUT_MS, by subgraph name (SUBGRAPH_TIMEOUTS_MS="projects=3000,crm=2000"). */
  timeoutsMs: Record<string, number>;
  /** Consecutive failures or timeouts that open a subgraph's circuit breaker (SUBGRAPH_BREAKER_FAILURES, default 5). */
  breakerFailures: number;
  /** How long an open breaker fails fast before one probe is let through (SUBGRAPH_BREAKER_HALF_OPEN_MS, default 5 000). */
  breakerHalfOpenMs: number;
  /** Retries of one query fetch after its first attempt; mutations are never retried (SUBGRAPH_RETRIES, default 2). */
  retries: number;
  /** Retries allowed per fetch over a 10 s window, per subgraph (SUBGRAPH_RETRY_BUDGET, default 0.1: 10 %). */
  retryBudget: number;
}

/** `projects=3000, crm=2000` → { projects: 3000, crm: 2000 } (the format is checked before). */
function parseSubgraphTimeouts(value: string): Record<string, number> {
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const [name = '', ms = ''] = pair.split('=');
      return [name.trim(), Number(ms.trim())];
    }),
  );
}

/** Idempotency-Keys survive a crash of the request that owns one (lib/idempotency/lease.ts). */
export interface IdempotencyConfig {
  /** How long a key stays its owner's without a renewal; a retry takes over a key past it (IDEMPOTENCY_LEASE_MS, default 10 000). */
  leaseMs: number;
  /**
   * How long a retry waits for a live owner before CONFLICT (409, Retry-After) (IDEMPOTENCY_WAIT_MS,
   * default 2 000); never more than half of SUBGRAPH_TIMEOUT_MS, so the gateway hears the answer.
   */
  waitMs: number;
}

/** Refused before anything is planned or run: OPERATION_TOO_COMPLEX (HTTP 400); a larger answer: RESPONSE_TOO_LARGE. */
export interface LimitsConfig {
  /** Deepest chain of fields, fragments flattened (MAX_DEPTH, default 10). */
  maxDepth: number;
  /** Aliases per operation (MAX_ALIASES, default 30). */
  maxAliases: number;
  /** Fields at the root of an operation (MAX_ROOT_FIELDS, default 20). */
  maxRootFields: number;
  /** Lexical tokens in a document; parsing stops there (MAX_TOKENS, default 2 000). */
  maxTokens: number;
  /** Directives per operation (MAX_DIRECTIVES, default 20). */
  maxDirectives: number;
  /** Estimated cost, list sizes multiplied (MAX_COST, default 50 000). */
  maxCost: number;
  /** List size assumed for a list without `first`/`last` (COST_DEFAULT_LIST_SIZE, default 10). */
  defaultListSize: number;
  /** Largest answer sent, in bytes of JSON (MAX_RESPONSE_BYTES, default 4 MiB). */
  maxResponseBytes: number;
}

/** RATE_LIMITED (HTTP 429, Retry-After) past these; shared by the gateway replicas through Redis when REDIS_URL is set. */
export interface RateLimitsConfig {
  /** RATE_LIMIT_ENABLED (default on, except NODE_ENV=test). */
  enabled: boolean;
  /** RATE_LIMIT_WINDOW_SECONDS (default 60). */
  windowSeconds: number;
  /** Operations per window for a caller with a token, by subject (RATE_LIMIT_POINTS, default 6 000). */
  points: number;
  /** Reads per window for an anonymous caller, by address (RATE_LIMIT_ANONYMOUS_POINTS, default 600). */
  anonymousPoints: number;
  /** Mutations per window per caller, besides the above (RATE_LIMIT_MUTATION_POINTS, default 600). */
  mutationPoints: number;
}

export interface EventsConfig {
  /** NATS with JetStream (NATS_URL); unset: the embedded bus in EVENT_LOG_PATH. */
  natsUrl?: string;
  /** The JetStream stream (NATS_STREAM, default RECORDGRAPH); subjects are its name lowercased, then `.<source>.<Entity>.<verb>`. */
  natsStream: string;
  /** The embedded bus's SQLite file (EVENT_LOG_PATH, default ./data/events.sqlite). */
  logPath: string;
  /** How often the embedded bus looks for events other processes appended (EVENT_POLL_MS, default 100). */
  pollMs: number;
  /** How often a relay scans its outbox besides the wake-up after each write (OUTBOX_POLL_MS, default 250). */
  outboxPollMs: number;
}

/** How the webhooks subgraph sends deliveries; its store is `databaseUrls.webhooks` (WEBHOOKS_DATABASE_URL). */
export interface WebhooksConfig {
  /** First retry delay, doubling each time (WEBHOOK_RETRY_BASE_MS, default 30 s). */
  retryBaseMs: number;
  /** How long a failing delivery is retried before it is dead-lettered (WEBHOOK_RETRY_WINDOW_MS, default 24 h). */
  retryWindowMs: number;
  /** How long one delivery attempt may take (WEBHOOK_TIMEOUT_MS, default 10 s). */
  timeoutMs: number;
}

export interface AuthConfig {
  /** HS256 key (JWT_SECRET); in development, a fixed demo key when neither it nor a JWKS URL is set. */
  secret?: string;
  /** Where the signing keys are published (JWT_JWKS_URL), for tokens from an identity provider. */
  jwksUrl?: string;
  /** Expected `iss` (default recordgraph). */
  issuer: string;
  /** Expected `aud` (default recordgraph). */
  audience: string;
  /** Reads without a token (default on outside production, always off in production). */
  anonymousReads: boolean;
}

/** The key `npm start` signs its demo token with when no JWT_SECRET is set; refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'recordgraph-development-secret-not-for-production';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses configuration from an environment (default `process.env`); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most twelve-factor tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      return `  ${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration; set these environment variables correctly:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.ANONYMOUS_READS) {
    throw new ConfigError(
      'Invalid configuration; set these environment variables correctly:\n  ANONYMOUS_READS="true": anonymous access is always off in production',
    );
  }
  const ports: Config['ports'] = {
    gateway: e.GATEWAY_PORT,
    crm: e.CRM_PORT,
    accounting: e.ACCOUNTING_PORT,
    hr: e.HR_PORT,
    projects: e.PROJECTS_PORT,
    webhooks: e.WEBHOOKS_PORT,
  };
  const local = (system: RecordSystem) => `http://127.0.0.1:${ports[system]}/graphql`;
  const file = (system: RecordSystem) => `${e.DATA_DIR}/${system}.sqlite`;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    ports,
    subgraphUrls: {
      crm: e.CRM_URL ?? local('crm'),
      accounting: e.ACCOUNTING_URL ?? local('accounting'),
      hr: e.HR_URL ?? local('hr'),
      projects: e.PROJECTS_URL ?? local('projects'),
      webhooks: e.WEBHOOKS_URL ?? local('webhooks'),
    },
    databaseUrls: {
      crm: e.CRM_DATABASE_URL ?? file('crm'),
      accounting: e.ACCOUNTING_DATABASE_URL ?? file('accounting'),
      hr: e.HR_DATABASE_URL ?? file('hr'),
      projects: e.PROJECTS_DATABASE_URL ?? file('projects'),
      webhooks: e.WEBHOOKS_DATABASE_URL ?? file('webhooks'),
    },
    databasePoolMax: e.DATABASE_POOL_MAX,
    migrateOnStart: e.MIGRATE_ON_START,
    supergraphPath: e.SUPERGRAPH_PATH,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    subgraphResilience: {
      timeoutsMs: e.SUBGRAPH_TIMEOUTS_MS ?? {},
      breakerFailures: e.SUBGRAPH_BREAKER_FAILURES,
      breakerHalfOpenMs: e.SUBGRAPH_BREAKER_HALF_OPEN_MS,
      retries: e.SUBGRAPH_RETRIES,
      retryBudget: e.SUBGRAPH_RETRY_BUDGET,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    persistedQueryTtlSeconds: e.PERSISTED_QUERY_TTL_SECONDS,
    entityCache: {
      enabled: e.ENTITY_CACHE,
      maxEntries: e.ENTITY_CACHE_MAX_ENTRIES,
      maxBytes: e.ENTITY_CACHE_MAX_MB * 1024 * 1024,
      ttlSeconds: e.ENTITY_CACHE_TTL_SECONDS,
    },
    auth: {
      secret: e.JWT_SECRET ?? (e.JWT_JWKS_URL || e.NODE_ENV === 'production' ? undefined : DEVELOPMENT_JWT_SECRET),
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      anonymousReads: e.ANONYMOUS_READS ?? e.NODE_ENV !== 'production',
    },
    logLevel: e.LOG_LEVEL,
    reportingCurrency: e.REPORTING_CURRENCY,
    seed: {
      onStart: e.SEED_ON_START,
      random: e.SEED_RANDOM,
      clients: e.SEED_CLIENTS,
      employees: e.SEED_EMPLOYEES ?? Math.max(6, Math.round(e.SEED_CLIENTS * SEED_PER_CLIENT.employees)),
      invoices: e.SEED_INVOICES ?? e.SEED_CLIENTS * SEED_PER_CLIENT.invoices,
      projects: e.SEED_PROJECTS ?? e.SEED_CLIENTS * SEED_PER_CLIENT.projects,
    },
    events: {
      natsUrl: e.NATS_URL,
      natsStream: e.NATS_STREAM,
      logPath: e.EVENT_LOG_PATH ?? `${e.DATA_DIR}/events.sqlite`,
      pollMs: e.EVENT_POLL_MS,
      outboxPollMs: e.OUTBOX_POLL_MS,
    },
    webhooks: {
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryWindowMs: e.WEBHOOK_RETRY_WINDOW_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    serviceToken: e.SERVICE_TOKEN,
    billingHourlyRate: e.BILLING_HOURLY_RATE,
    httpLimits: { maxBodyBytes: e.MAX_BODY_BYTES, maxHeaderBytes: e.MAX_HEADER_BYTES },
    shareInFlight: e.SHARE_IN_FLIGHT,
    entityBatching: { enabled: e.BATCH_ENTITY_FETCHES, maxInFlight: e.ENTITY_BATCH_IN_FLIGHT },
    gatewayWorkers: e.GATEWAY_WORKERS,
    trustedDocuments: {
      enabled: e.TRUSTED_DOCUMENTS,
      manifests: e.TRUSTED_DOCUMENTS_PATH?.split(',')
        .map((path) => path.trim())
        .filter(Boolean),
    },
    telemetry: {
      metricsToken: e.METRICS_TOKEN,
      metricsPort: e.METRICS_PORT,
      otlpTracesEndpoint:
        e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
        (e.OTEL_EXPORTER_OTLP_ENDPOINT && `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`),
      serviceName: e.OTEL_SERVICE_NAME,
    },
    shedding: {
      requestTimeoutMaxMs: e.REQUEST_TIMEOUT_MAX_MS,
      maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
      requestQueueSize: e.REQUEST_QUEUE_SIZE,
      memoryCeilingMb: e.MEMORY_CEILING_MB,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    idempotency: {
      leaseMs: e.IDEMPOTENCY_LEASE_MS,
      waitMs: Math.min(e.IDEMPOTENCY_WAIT_MS, Math.floor(e.SUBGRAPH_TIMEOUT_MS / 2)),
    },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      defaultListSize: e.COST_DEFAULT_LIST_SIZE,
      maxResponseBytes: e.MAX_RESPONSE_BYTES,
    },
    rateLimits: {
      // Off in tests unless asked for, so suites that send many requests with one token are not throttled.
      enabled: e.RATE_LIMIT_ENABLED ?? e.NODE_ENV !== 'test',
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      points: e.RATE_LIMIT_POINTS,
      anonymousPoints: e.RATE_LIMIT_ANONYMOUS_POINTS,
      mutationPoints: e.RATE_LIMIT_MUTATION_POINTS,
    },
  };
}

/** Every setting at its default, parsed once: what a service built from a partial configuration (a test of one service) falls back to. */
export const CONFIG_DEFAULTS: Config = loadConfig({});

/**
 * Nothing phones home: @apollo/gateway reads APOLLO_TELEMETRY_DISABLED itself when it is
 * constructed, so the product sets it unless the operator chose a value.
 */
export function disableApolloTelemetry(env: Record<string, string | undefined> = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED ??= '1';
}

const PREFIX: Record<RecordSystem, string> = { crm: 'CRM', accounting: 'ACCOUNTING', hr: 'HR', projects: 'PROJECTS', webhooks: 'WEBHOOKS' };

/**
 * What a service must be told explicitly when it runs apart from the others (production): the
 * defaults assume one machine. A subgraph needs its database, the owners its writes and
 * automation rules ask, and the bus; the gateway, which keeps no data, needs every subgraph, the
 * shared cache and the bus. Every service verifies tokens, so every one needs the key
 * (JWT_JWKS_URL stands in for JWT_SECRET).
 */
export function requiredVariables(service: RecordSystem | 'gateway'): string[] {
  if (service === 'gateway') {
    return [...SYSTEMS_OF_RECORD.map((system) => `${PREFIX[system]}_URL`), 'REDIS_URL', 'NATS_URL', 'JWT_SECRET'];
  }
  return [
    `${PREFIX[service]}_DATABASE_URL`,
    ...REFERENCED_OWNERS[service].map((owner) => `${PREFIX[owner]}_URL`),
    'NATS_URL',
    'JWT_SECRET',
  ];
}

/** In production a service refuses to start on one-machine defaults; the message names what to set. */
export function assertProductionReady(service: RecordSystem | 'gateway', env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const given = (name: string) => Boolean(env[name]) || (name === 'JWT_SECRET' && Boolean(env.JWT_JWKS_URL));
  const missing = requiredVariables(service)
    .filter((name) => !given(name))
    .map((name) => (name === 'JWT_SECRET' ? 'JWT_SECRET (or JWT_JWKS_URL)' : name));
  if (missing.length) {
    throw new ConfigError(`recordgraph serve ${service} in production needs these environment variables: ${missing.join(', ')}`);
  }
}
