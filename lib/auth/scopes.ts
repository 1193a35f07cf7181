import type { RecordSystem } from '../domains.ts';
import { ERRORS } from '../errors.ts';
import type { Scope } from './scope-names.ts';

/**
 * Who is calling and what they may do. Scopes are OAuth-style strings from the token's `scope`
 * claim: `read` for every query, `<domain>:write` for that domain's mutations, and
 * `hr:salary:read` for Employee.salary, `webhooks:manage` for registering and reading webhook endpoints.
 */

export { isScope, SCOPES, type Scope } from './scope-names.ts';

/** The scopes that read and write one system of record: every Query field needs `read`, every Mutation field `write`. */
export interface SystemScopes {
  read: Scope;
  write: Scope;
}

/**
 * Who may read and write each system of record. A business domain is read with `read` and
 * written with `<domain>:write`; webhooks needs `webhooks:manage` for both, as endpoint URLs are
 * sensitive and writes change where data goes.
 */
export const SYSTEM_SCOPES: Record<RecordSystem, SystemScopes> = {
  crm: { read: 'read', write: 'crm:write' },
  accounting: { read: 'read', write: 'accounting:write' },
  hr: { read: 'read', write: 'hr:write' },
  projects: { read: 'read', write: 'projects:write' },
  webhooks: { read: 'webhooks:manage', write: 'webhooks:manage' },
};

/** The scope every mutation of `system` needs. */
export function writeScope(system: RecordSystem): Scope {
  return SYSTEM_SCOPES[system].write;
}

export interface Caller {
  /** The token's `sub`, or `anonymous`. */
  subject: string;
  scopes: ReadonlySet<string>;
  anonymous: boolean;
}

/** A verified caller and the bearer token it presented (null when anonymous), to forward to other services. */
export interface Credentials {
  caller: Caller;
  token: string | null;
}

/** What a request without a token may do when ANONYMOUS_READS is on (never in production). */
export const ANONYMOUS_READER: Caller = { subject: 'anonymous', scopes: new Set<string>(['read']), anonymous: true };

/** A caller with no scopes: what a context without credentials is treated as (fail closed). */
export const NOBODY: Caller = { subject: 'nobody', scopes: new Set<string>(), anonymous: true };

/** Throws FORBIDDEN naming the missing scope unless `caller` has it. `what` says what was attempted. */
export function requireScope(caller: Caller, scope: Scope, what: string): void {
  if (caller.scopes.has(scope)) return;
  throw ERRORS.FORBIDDEN.err(`${what} needs the ${scope} scope, which the caller ${caller.subject} does not have`, {
    requiredScope: scope,
  });
}
