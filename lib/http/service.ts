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
import { createFormatError } from '../errors.ts';

/**
 * One HTTP service (a subgraph or the gateway): Apollo Server on express at /graphql, plus
 * /healthz. Building it has no side effects; `listen` is the one place that opens a port,
 * and `stop` lets in-flight requests finish before closing.
 */

export interface HttpServiceOptions<Ctx extends BaseContext> {
  /** Service name for logs and errors (`crm`, `gateway`). */
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
}

type ServicePhase =
  | { phase: 'built' }
  | { phase: 'listening'; url: string }
  | { phase: 'stopping'; stopped: Promise<void> }
  | { phase: 'stopped' };

export class HttpService<Ctx extends BaseContext = BaseContext> {
  readonly name: string;
  readonly apollo: ApolloServer<Ctx>;
  private readonly httpServer: Server;
  private readonly app = express();
  private state: ServicePhase = { phase: 'built' };

  constructor(private readonly options: HttpServiceOptions<Ctx>) {
    this.name = options.name;
    this.httpServer = createServer(this.app);
    const { plugins = [], ...apolloOptions } = options.apollo;
    this.apollo = new ApolloServer<Ctx>({
      ...(apolloOptions as ApolloServerOptions<Ctx>),
      introspection: options.env !== 'production',
      // Signals are handled once, by the CLI, which stops every service in order.
      stopOnTerminationSignals: false,
      includeStacktraceInErrorResponses: options.env === 'development',
      formatError: createFormatError({
        includeStacktrace: options.env === 'development',
        onInternalError: (error) => console.error(`[${options.name}] internal error`, error),
      }),
      plugins: [
        ...plugins,
        ApolloServerPluginDrainHttpServer({ httpServer: this.httpServer }),
        options.env === 'production'
          ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
          : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      ],
    } as ApolloServerOptions<Ctx>);
  }

  get url(): string | null {
    return this.state.phase === 'listening' ? this.state.url : null;
  }

  /** Starts Apollo Server and listens; port 0 picks a free port. Resolves to the /graphql URL. */
  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    if (this.state.phase !== 'built') throw new Error(`${this.name} cannot listen: it is ${this.state.phase}`);
    await this.apollo.start();
    this.app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok', service: this.name });
    });
    this.app.use(
      '/graphql',
      express.json({ limit: '2mb' }),
      expressMiddleware(this.apollo, { context: async ({ req }) => this.options.context(req) }),
    );
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once('error', reject);
      this.httpServer.listen(port, host, () => {
        this.httpServer.off('error', reject);
        resolve();
      });
    });
    const address = this.httpServer.address() as AddressInfo;
    const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    const url = `http://${displayHost}:${address.port}/graphql`;
    this.state = { phase: 'listening', url };
    return url;
  }

  /** Stops accepting requests, lets in-flight ones finish, then releases resources. Idempotent. */
  async stop(): Promise<void> {
    if (this.state.phase === 'stopped') return;
    if (this.state.phase === 'stopping') return this.state.stopped;
    const wasListening = this.state.phase === 'listening';
    const stopped = (async () => {
      // The drain plugin closes the HTTP server once Apollo stops.
      if (wasListening) await this.apollo.stop();
      await this.options.onStopped?.();
    })();
    this.state = { phase: 'stopping', stopped };
    await stopped;
    this.state = { phase: 'stopped' };
  }
}
