import { callerOf } from '../lib/auth/authorise.ts';
import type { Caller, Credentials } from '../lib/auth/scopes.ts';

/** Per-request context of the gateway: the verified caller and the token its subgraph fetches forward. */
export interface GatewayContext {
  credentials: Credentials;
  /** The peer's address: an anonymous caller's rate-limit key (gateway/rate-limits.ts). */
  clientAddress: string;
}

/**
 * The caller in a gateway context, as the gateway's own subgraphs (catalog, events)
 * receive it from Apollo Gateway, typed `unknown`; nobody (no scopes) when there is none.
 */
export function callerIn(context: unknown): Caller {
  return callerOf({ caller: (context as Partial<GatewayContext> | null | undefined)?.credentials?.caller });
}

/** The verified bearer token in a gateway context, forwarded to subgraphs; null for an anonymous caller. */
export function tokenIn(context: unknown): string | null {
  const token = (context as Partial<GatewayContext> | null | undefined)?.credentials?.token;
  return typeof token === 'string' ? token : null;
}
