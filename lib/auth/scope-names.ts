/**
 * The scopes a token can carry, with nothing else loaded: `recordgraph --help` lists them and
 * `recordgraph token` checks them without loading GraphQL (scopes.ts builds GraphQL errors).
 */

export const SCOPES = ['read', 'crm:write', 'accounting:write', 'hr:write', 'projects:write', 'hr:salary:read', 'webhooks:manage'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
