import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BaseContext } from '@apollo/server';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../../lib/auth/authenticate.ts';
import { NOBODY, type Caller } from '../../lib/auth/scopes.ts';
import type { Config } from '../../lib/config.ts';
import { createFormatError } from '../../lib/errors.ts';
import type { EventBus } from '../../lib/events/bus.ts';
import type { HttpServiceOptions } from '../../lib/http/service.ts';
import type { OperationLimits } from '../../lib/http/operation-limits.ts';
import { originalError, type Logger } from '../../lib/observability/logger.ts';
import { eventsSchema } from '../events/schema.ts';
import { authenticateConnection, type ConnectionVerdict } from './authenticate.ts';
import { prepareOperation } from './operation.ts';

export interface SubscriptionServerOptions {
  /** The gateway's own, so a socket is authenticated exactly as an HTTP request is. */
  authenticator: Authenticator;
  /** The bus `entityChanged` tails; without one it answers SUBGRAPH_UNAVAILABLE. */
  bus: EventBus | undefined;
  env: Config['env'];
  /** The operation limits every HTTP request meets (lib/http/operation-limits.ts), applied to each `subscribe`. */
  limits: OperationLimits;
  /** The largest WebSocket message, as MAX_BODY_BYTES bounds an HTTP body; a larger one closes the socket (1009). */
  maxMessageBytes: number;
}

/** The socket path: the same URL as HTTP queries, with the ws:// (wss://) scheme. */
export const SUBSCRIPTIONS_PATH = '/graphql';

/** The longest delay a Node timer takes (about 24.8 days); a token valid for longer is not timed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A socket lives no longer than the token it was opened with: at its `exp` it closes with 4401, as a new one would be refused. */
function closeAtExpiry(
  socket: { close(code: number, reason: string): void; once(event: 'close', listener: () => void): unknown },
  expiresAt: number | null,
): void {
  if (expiresAt === null || expiresAt - Date.now() > MAX_TIMER_MS) return;
  const timer = setTimeout(() => socket.close(CloseCode.Unauthorized, 'The token has expired'), Math.max(0, expiresAt - Date.now()));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

/** How long sockets get to answer the close handshake when the gateway stops, before they are cut. */
const CLOSE_GRACE_MS = 1_000;

/**
 * `entityChanged` over graphql-ws (the graphql-transport-ws protocol) on the gateway's HTTP
 * server, executed against the events schema (Apollo Gateway plans no subscriptions). The
 * socket is authenticated on `connection_init`: a bad or missing token closes it with 4401,
 * a token without `read` with 4403, and the token's expiry closes it with 4401. Errors carry registry codes and are formatted as over HTTP.
 * For HttpServiceOptions.extend; what it returns closes every socket when the gateway stops.
 */
export function subscriptionServer(options: SubscriptionServerOptions): NonNullable<HttpServiceOptions<BaseContext>['extend']> {
  return (server: Server, logger: Logger) => {
    const schema = eventsSchema(options.bus);
    // noServer: attached to the server here, so ws does not re-emit the server's own errors
    // (a port in use at listen) as WebSocket errors. Other paths are refused with 400 by ws.
    const sockets = new WebSocketServer({ noServer: true, path: SUBSCRIPTIONS_PATH, maxPayload: options.maxMessageBytes });
    const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      sockets.handleUpgrade(request, socket, head, (websocket) => sockets.emit('connection', websocket, request));
    server.on('upgrade', upgrade);
    const formatError = createFormatError({
      includeStacktrace: options.env === 'development',
      onInternalError: (error) => logger.error({ err: originalError(error) }, 'internal error in a subscription'),
    });
    const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));
    const served = useServer<Record<string, unknown>, { caller: Caller }>(
      {
        isProd: options.env === 'production',
        onConnect: async (ctx) => {
          let verdict: ConnectionVerdict;
          try {
            verdict = await authenticateConnection(options.authenticator, ctx.connectionParams, ctx.extra.request);
          } catch (error: unknown) {
            // The key server failing is not the caller's fault: logged here, an internal error to the client.
            logger.error({ err: error }, 'cannot authenticate a subscription socket');
            ctx.extra.socket.close(CloseCode.InternalServerError, 'Internal server error');
            return false;
          }
          if (verdict.kind === 'accepted') {
            ctx.extra.caller = verdict.caller;
            closeAtExpiry(ctx.extra.socket, verdict.expiresAt);
            return true;
          }
          // graphql-ws closes a refused connection with 4403 only; this sends 4401 too, and the reason.
          ctx.extra.socket.close(verdict.code, verdict.reason);
          return false;
        },
        onSubscribe: (ctx, _id, payload) => prepareOperation(schema, payload, { caller: ctx.extra.caller ?? NOBODY }, options.limits),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
        onError: (_ctx, _id, _payload, errors) => format(errors),
      },
      sockets,
    );
    return {
      async close() {
        server.off('upgrade', upgrade);
        const disposed = served.dispose();
        // A client that does not answer the close handshake must not hold up the gateway's stop.
        const cut = setTimeout(() => {
          for (const socket of sockets.clients) socket.terminate();
        }, CLOSE_GRACE_MS);
        try {
          await disposed;
        } finally {
          clearTimeout(cut);
        }
      },
    };
  };
}
