import type { IncomingMessage } from 'node:http';
import { CloseCode } from 'graphql-ws';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { Authenticator } from '../../lib/auth/authenticate.ts';
import type { Caller } from '../../lib/auth/scopes.ts';

/**
 * Who opens a subscription socket, decided once when the client sends `connection_init`, the
 * same way an HTTP request is authenticated: a bearer token in the connection parameters
 * (`authorization: "Bearer …"`, as browsers cannot set headers on a WebSocket, or `token`),
 * else the upgrade request's Authorization header; no token is the anonymous reader only when
 * ANONYMOUS_READS is on.
 */
export type ConnectionVerdict =
  /** `expiresAt`: when the token's `exp` says the socket must close (ms since the epoch), if it says. */
  | { kind: 'accepted'; caller: Caller; expiresAt: number | null }
  | { kind: 'refused'; code: CloseCode.Unauthorized | CloseCode.Forbidden; reason: string };

export async function authenticateConnection(
  authenticator: Authenticator,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
): Promise<ConnectionVerdict> {
  let caller: Caller;
  let token: string | null;
  try {
    ({ caller, token } = await authenticator.authenticate(authorizationOf(connectionParams) ?? request.headers.authorization));
  } catch (error: unknown) {
    // Key-server trouble is not the caller's fault: it propagates and the socket closes as an internal error.
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
      return { kind: 'refused', code: CloseCode.Unauthorized, reason: closeReason(error.message) };
    }
    throw error;
  }
  if (!caller.scopes.has('read')) {
    return {
      kind: 'refused',
      code: CloseCode.Forbidden,
      reason: closeReason(`Subscriptions need the read scope, which ${caller.subject} does not have`),
    };
  }
  // Verified above, so its claims can be read as they are.
  const exp = token ? decodeJwt(token).exp : undefined;
  return { kind: 'accepted', caller, expiresAt: exp === undefined ? null : exp * 1000 };
}

/** `authorization` (any case) as a header value, or a bare `token`. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const key = Object.keys(params).find((name) => name.toLowerCase() === 'authorization');
  const header = key === undefined ? undefined : params[key];
  if (typeof header === 'string' && header.trim()) return header;
  const token = params.token;
  return typeof token === 'string' && token.trim() ? `Bearer ${token.trim()}` : undefined;
}

/** A WebSocket close reason is at most 123 bytes (RFC 6455 § 5.5). */
function closeReason(message: string): string {
  const bytes = Buffer.from(message);
  return bytes.length <= 123
    ? message
    : `${bytes
        .subarray(0, 120)
        .toString('utf8')
        .replace(/\uFFFD$/, '')}...`;
}
