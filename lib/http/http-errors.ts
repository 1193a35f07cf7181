import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';

/**
 * Every failure an HTTP request can meet before Apollo Server sees it is still a GraphQL answer:
 * `{ errors: [{ message, extensions: { code } }] }` with a registry code and the right status, in
 * every NODE_ENV. Express's own pages (HTML, with a stack and file paths in development) and
 * Node's bare status lines never reach a caller.
 */

/** The body of a request-level GraphQL error: the shape Apollo Server gives its own (BAD_REQUEST). */
export function graphQLErrorBody(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}

function send(res: Response, status: number, code: ErrorCode, message: string, extensions?: Record<string, unknown>): void {
  res.status(status).json(graphQLErrorBody(code, message, extensions));
}

/** A path nothing is served at: 404, BAD_REQUEST (the request is not a GraphQL request). */
export function unknownRoute(): RequestHandler {
  return (req, res) => {
    send(res, 404, 'BAD_REQUEST', `Nothing is served at ${req.method} ${req.path}; GraphQL is at POST /graphql`);
  };
}

/** A served path asked with a method it does not answer: 405 with `Allow`. */
export function methodNotAllowed(allow: readonly string[]): RequestHandler {
  return (req, res) => {
    res.setHeader('allow', allow.join(', '));
    send(res, 405, 'BAD_REQUEST', `${req.path} answers ${allow.join(' and ')} only, not ${req.method}`);
  };
}

/**
 * A POST to /graphql whose body express.json did not parse (another or no Content-Type): 415.
 * Such a body would otherwise reach Apollo Server unparsed; refusing it here also keeps
 * text/plain and form posts (the CSRF-prone kinds) away from execution.
 */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.body !== undefined) {
      next();
      return;
    }
    send(res, 415, 'BAD_REQUEST', 'A GraphQL POST needs Content-Type: application/json');
  };
}

/** What body-parser says (its errors carry `type` and `status`), in registry terms. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * The last express middleware: body-parser's refusals become coded answers (malformed JSON
 * 400, too large 413, an unsupported charset 415); anything else is an INTERNAL_SERVER_ERROR,
 * logged here and answered without a message or stack.
 */
export function errorAnswer(logger: Pick<Logger, 'error'>): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // Too late for a body: cut the connection so the client sees a failure, not a truncated success.
      req.socket.destroy();
      return;
    }
    const { type, status, limit } = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    if (type === 'entity.too.large') {
      send(res, 413, 'REQUEST_TOO_LARGE', `The request body exceeds ${limit} bytes`, { max: limit });
    } else if (type === 'entity.parse.failed') {
      send(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    } else if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      send(res, 415, 'BAD_REQUEST', 'The request body must be JSON in UTF-8, uncompressed or gzip/deflate/br');
    } else if (status !== undefined && status >= 400 && status < 500) {
      // Other body-parser refusals (an aborted upload, a wrong length): the client's doing.
      send(res, status, 'BAD_REQUEST', 'The request body could not be read');
    } else {
      logger.error({ err: error, path: req.path }, 'internal error');
      send(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/**
 * Node's HTTP parser refuses some requests before express exists for them (a request head over
 * `maxHeaderSize`, malformed HTTP, a head that takes too long) and by default writes a bare
 * status line. This writes the same refusal as a GraphQL answer, then closes the connection.
 */
export function answerClientErrors(server: Server, limits: { maxHeaderBytes: number }): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // Nobody left to answer (the client reset or the socket is already half-closed), or a response
    // on this keep-alive connection has begun: a refusal written now would land inside its bytes
    // (Node's own handler makes the same check).
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, body] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            graphQLErrorBody('REQUEST_TOO_LARGE', `The request headers exceed ${limits.maxHeaderBytes} bytes`, {
              max: limits.maxHeaderBytes,
            }),
          ]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, graphQLErrorBody('BAD_REQUEST', 'The request was not received in time')]
          : [400, graphQLErrorBody('BAD_REQUEST', 'The request is not valid HTTP')];
    const json = JSON.stringify(body);
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'content-type: application/json; charset=utf-8',
        `content-length: ${Buffer.byteLength(json)}`,
        // The parts of the security headers that matter for a JSON body nobody may sniff or frame.
        'x-content-type-options: nosniff',
        "content-security-policy: default-src 'none'; frame-ancestors 'none'",
        'connection: close',
        '',
        json,
      ].join('\r\n'),
    );
  });
}
