import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { CONFIG_DEFAULTS, type HttpLimits, type LimitsConfig, type SheddingConfig } from '../config.ts';
import { createFormatError } from '../errors.ts';
import { assignRequestId, observeRequests } from '../observability/http.ts';
import { createLogger, originalError, type DestinationStream, type Logger, type LogLevel } from '../observability/logger.ts';
import { ServiceMetrics } from '../observability/metrics.ts';
import { answerScrape, serveOnMetricsPort, type MetricsAccess } from '../observability/metrics-access.ts';
import { operationNamePlugin } from '../observability/plugin.ts';
import { checkReadiness, type Readiness, type ReadinessCheck } from '../observability/readiness.ts';
import { currentRequest } from '../observability/request-scope.ts';
import type { PoolStats } from '../store/database.ts';
import { answerClientErrors, errorAnswer, methodNotAllowed, requireJsonBody, unknownRoute } from './http-errors.ts';
import { refuseUnstorableText } from './input-text.ts';
import { maskForProduction } from './production-errors.ts';
import { securityHeaders } from './security-headers.ts';
import { abandonedWorkPlugin } from './abandoned-work.ts';
import { LoadShedder } from './shedding.ts';
import { operationLimits } from './operation-limits.ts';
import { responseSizePlugin } from './response-size.ts';

/**
 * One HTTP service (a subgraph or the gateway): Apollo Server on express at /graphql, plus
 * /healthz (alive), /readyz (may take traffic) and /metrics (Prometheus). Every request gets an
 * id, echoed in `x-request-id`; every GraphQL request logs one JSON line. Building it has no side
 * effects; `listen` is the one place that opens a port, and `stop` refuses new requests while
 * in-flight ones finish.
 */

export interface HttpServiceOptions<Ctx extends BaseContext> {
  /** Service name for logs, metrics and errors (`crm`, `gateway`). */
  name: string;
  /** `production`: no introspection, the production landing page; stack traces only in `development`. */
  env: 'development' | 'production' | 'test';
  /** Apollo Server options with a schema or a gateway; plugins are added to the shared ones. */
  apollo: Omit<ApolloServerOptions<Ctx>, 'formatError' | 'introspection' | 'includeStacktraceInErrorResponses'> & {
    plugins?: ApolloServerPlugin<Ctx>[];
  };
  /** Builds the per-request context from the HTTP request. */
  context: (request: IncomingMessage) => Promise<Ctx>;
  /** Called after the HTTP server has closed (close stores, pools). */
  onStopped?: () => Promise<void>;
  /** What /readyz asks besides "listening and not stopping" (default: nothing more). */
  ready?: ReadinessCheck;
  /** The store's pool, reported by /metrics on each scrape (default: none). */
  poolStats?: () => PoolStats;
  /** LOG_LEVEL (default `info`; `warn` when `env` is `test`, so test output stays readable). */
  logLevel?: LogLevel;
  /** Where log lines go (default standard output); tests pass a stream to read them. */
  logDestination?: DestinationStream;
  /** How long `stop` lets in-flight requests run before closing their connections (SHUTDOWN_GRACE_MS, default 10 000). */
  shutdownGraceMs?: number;
  /** Largest request body and head (MAX_BODY_BYTES, MAX_HEADER_BYTES; default 2 MiB and 16 KiB). */
  httpLimits?: HttpLimits;
  /** Deadlines, concurrency and memory limits of /graphql (default CONFIG_DEFAULTS.shedding; lib/http/shedding.ts). */
  shedding?: SheddingConfig;
  /** Operation limits and the response ceiling (default: lib/config.ts's defaults). */
  limits?: LimitsConfig;
  /** Export Node's process metrics too (default true). */
  processMetrics?: boolean;
  /** METRICS_TOKEN and METRICS_PORT (lib/observability/metrics-access.ts; default open outside production, closed in it). */
  metricsAccess?: MetricsAccess;
  /** Operation names kept as metric labels besides the product's own (lib/observability/operation-labels.ts). */
  operationNames?: Iterable<string>;
  /**
   * Serves more on the same HTTP server (the gateway's graphql-ws subscriptions on /graphql).
   * Called once when the service is built; what it returns is closed first when stopping, so
   * long-lived connections do not hold up the drain.
   */
  extend?: (server: Server, logger: Logger) => { close(): Promise<void> };
  /**
   * More routes on the same express app, beside /graphql (the gateway's web app, GraphiQL and BI
   * exports). Mounted after the request id and security headers, before the unknown-route answer.
   */
  routes?: (app: express.Express, service: HttpService<Ctx>) => void;
}

type ServicePhase =
  { phase: 'built' } | { phase: 'listening'; url: string } | { phase: 'stopping'; stopped: Promise<void> } | { phase: 'stopped' };

export class HttpService<Ctx extends BaseContext = BaseContext> {
  readonly name: string;
  readonly apollo: ApolloServer<Ctx>;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  private readonly httpServer: Server;
  private readonly extension: { close(): Promise<void> } | null;
  private readonly app = express();
  private readonly limits: HttpLimits;
  private readonly shedder: LoadShedder;
  private readonly operationLimits: ReturnType<typeof operationLimits>;
  private state: ServicePhase = { phase: 'built' };
  private metricsPort: { port: number; close(): Promise<void> } | null = null;

  constructor(private readonly options: HttpServiceOptions<Ctx>) {
    this.name = options.name;
    this.logger = createLogger({
      service: options.name,
      level: options.logLevel ?? (options.env === 'test' ? 'warn' : 'info'),
      destination: options.logDestination,
    });
    this.metrics = new ServiceMetrics(options.name, {
      poolStats: options.poolStats,
      processMetrics: options.processMetrics,
      operationNames: options.operationNames,
    });
    this.limits = options.httpLimits ?? { maxBodyBytes: 2 * 1024 * 1024, maxHeaderBytes: 16 * 1024 };
    this.app.disable('x-powered-by');
    this.httpServer = createServer({ maxHeaderSize: this.limits.maxHeaderBytes }, this.app);
    answerClientErrors(this.httpServer, this.limits);
    this.shedder = new LoadShedder(options.shedding ?? CONFIG_DEFAULTS.shedding, this.logger);
    this.extension = options.extend?.(this.httpServer, this.logger) ?? null;
    const { plugins = [], ...apolloOptions } = options.apollo;
    // The same protection in the gateway and every subgraph: a subgraph can be called directly.
    const limits = options.limits ?? CONFIG_DEFAULTS.limits;
    this.operationLimits = operationLimits(limits);
    const formatError = createFormatError({
      includeStacktrace: options.env === 'development',
      onInternalError: (error) => {
        const scope = currentRequest();
        const err = originalError(error);
        // The request's own abort (its caller hung up) ends its work with that reason: no fault here, and nobody reads the answer.
        if (scope?.signal.aborted && err === scope.signal.reason) scope.log.info({ err }, 'work stopped: the caller went away');
        else (scope?.log ?? this.logger).error({ err }, 'internal error');
      },
    });
    this.apollo = new ApolloServer<Ctx>({
      logger: this.logger,
      ...(apolloOptions as ApolloServerOptions<Ctx>),
      introspection: options.env !== 'production',
      // Signals are handled once, by the CLI, which stops every service in order.
      stopOnTerminationSignals: false,
      includeStacktraceInErrorResponses: options.env === 'development',
      formatError: (formatted, error) => {
        const normalised = formatError(formatted, error);
        const sent = options.env === 'production' ? maskForProduction(normalised) : normalised;
        currentRequest()?.errorCodes.push(String(sent.extensions?.code));
        return sent;
      },
      plugins: [
        // First: it refuses before any other plugin's didResolveOperation starts (lib/http/input-text.ts).
        refuseUnstorableText(),
        // Second, for the same reason (lib/http/operation-limits.ts).
        this.operationLimits.plugin,
        ...plugins,
        responseSizePlugin(limits.maxResponseBytes),
        operationNamePlugin(),
        abandonedWorkPlugin(),
        ApolloServerPluginDrainHttpServer({ httpServer: this.httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
        options.env === 'production'
          ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
          : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      ],
    });
  }

  get url(): string | null {
    return this.state.phase === 'listening' ? this.state.url : null;
  }

  /** Where /metrics is served when METRICS_PORT is set (null otherwise: it is at /metrics on `url`). */
  get metricsUrl(): string | null {
    return this.metricsPort ? `http://127.0.0.1:${this.metricsPort.port}/metrics` : null;
  }

  /** Ready to take traffic: listening, not stopping, and the `ready` check passes. */
  async readiness(): Promise<Readiness> {
    if (this.state.phase !== 'listening') return { status: 'unavailable', reason: this.state.phase === 'built' ? 'starting' : 'stopping' };
    const readiness = await checkReadiness(this.options.ready);
    // Stopping may have begun while the check ran.
    return this.url ? readiness : { status: 'unavailable', reason: 'stopping' };
  }

  /** Starts Apollo Server and listens; port 0 picks a free port. Resolves to the /graphql URL. */
  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    if (this.state.phase !== 'built') throw new Error(`${this.name} cannot listen: it is ${this.state.phase}`);
    await this.apollo.start();
    this.routes();
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once('error', reject);
      this.httpServer.listen(port, host, () => {
        this.httpServer.off('error', reject);
        resolve();
      });
    });
    this.shedder.start();
    const address = this.httpServer.address() as AddressInfo;
    const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    const url = `http://${displayHost}:${address.port}/graphql`;
    const access = this.options.metricsAccess ?? {};
    if (access.port !== undefined)
      this.metricsPort = await serveOnMetricsPort(this.name, this.metrics, { ...access, port: access.port }, this.options.env, host);
    else if (access.token === undefined && this.options.env === 'production')
      this.logger.warn('/metrics is closed: set METRICS_TOKEN or METRICS_PORT');
    this.state = { phase: 'listening', url };
    this.logger.info({ url }, 'listening');
    return url;
  }

  /** Refuses new requests, lets in-flight ones finish (up to the grace period), then releases resources. Idempotent. */
  async stop(): Promise<void> {
    if (this.state.phase === 'stopped') return;
    if (this.state.phase === 'stopping') return this.state.stopped;
    const wasListening = this.state.phase === 'listening';
    if (wasListening) this.logger.info('stopping');
    const stopped = (async () => {
      await this.extension?.close();
      // The drain plugin closes the listening socket, then waits for in-flight requests.
      if (wasListening) await this.apollo.stop();
      await this.metricsPort?.close();
      await this.options.onStopped?.();
      this.shedder.stop();
    })();
    this.state = { phase: 'stopping', stopped };
    await stopped;
    this.state = { phase: 'stopped' };
    if (wasListening) this.logger.info('stopped');
  }

  private routes(): void {
    this.app.use(securityHeaders(), assignRequestId(), (_req, res, next) => {
      // A request that slips in on an open connection after stopping began.
      if (this.url) {
        next();
        return;
      }
      res.setHeader('connection', 'close');
      res.status(503).json({ status: 'unavailable', reason: 'stopping' });
    });
    this.app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok', service: this.name });
    });
    this.app.get('/readyz', async (_req, res) => {
      const readiness = await this.readiness();
      if (readiness.status !== 'ready') this.logger.warn({ readiness }, 'not ready');
      res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
    });
    this.app.get('/metrics', async (req, res) => {
      if (this.options.metricsAccess?.port !== undefined) res.status(404).json({ error: 'metrics are served on METRICS_PORT' });
      else await answerScrape(req, res, this.metrics, this.options.metricsAccess ?? {}, this.options.env);
    });
    const observer = observeRequests(this, { watch: (req, res, controller) => this.shedder.watch(req, res, controller) });
    // Exactly /graphql: anything under it is an unknown route, not Apollo Server's to answer.
    this.app.all(
      '/graphql',
      observer.begin,
      // Shed before reading the body: a service at its limit spends nothing on the request.
      this.shedder.admit(observer.scopeOf),
      express.json({ limit: this.limits.maxBodyBytes }),
      requireJsonBody(),
      observer.enter,
      this.operationLimits.check,
      expressMiddleware(this.apollo, { context: async ({ req }) => this.options.context(req) }),
    );
    this.app.all(['/healthz', '/readyz', '/metrics'], methodNotAllowed(['GET', 'HEAD']));
    this.options.routes?.(this.app, this);
    // Every other failure is a GraphQL answer too (lib/http/http-errors.ts).
    this.app.use(unknownRoute(), errorAnswer(this.logger));
  }
}
