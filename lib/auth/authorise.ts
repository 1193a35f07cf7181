import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { RecordSystem } from '../domains.ts';
import { NOBODY, requireScope, SYSTEM_SCOPES, type Caller, type Scope } from './scopes.ts';

/**
 * The one authorisation mechanism of every subgraph, applied to its schema when it is defined,
 * so no resolver can forget it and a subgraph called directly (bypassing the gateway) holds the
 * same line. Which scope reads and which writes each system of record is SYSTEM_SCOPES
 * (lib/auth/scopes.ts):
 * - every Mutation field needs the write scope (`<domain>:write`, `webhooks:manage`): the first
 *   step of the write path (lib/writes/mutation.ts), which builds every Mutation resolver, so it
 *   is checked before validation, reference checks or any store access;
 * - every Query field, `_entities` included, needs the read scope (`read`; `webhooks:manage` for
 *   webhooks, whose endpoint URLs are sensitive) (`_service`, the SDL, is no more than
 *   introspection shows);
 * - fields named in `fieldScopes` need their scope: without it the field is null with one
 *   FORBIDDEN error at its path, and the rest of the object still arrives.
 */

/** What every subgraph context carries: the verified caller. */
export interface AuthorisedContext {
  caller: Caller;
}

export interface AccessRules {
  /** The system of record whose read scope guards the queries. */
  domain: RecordSystem;
  /** Fields that need a scope of their own, e.g. `{ Employee: { salary: 'hr:salary:read' } }` (default none). */
  fieldScopes?: Record<string, Record<string, Scope>>;
}

const OPEN_QUERY_FIELDS = new Set(['_service']);

export function enforceAccess(schema: GraphQLSchema, rules: AccessRules): void {
  guardQueries(schema, SYSTEM_SCOPES[rules.domain].read);
  for (const [typeName, fields] of Object.entries(rules.fieldScopes ?? {})) {
    const type = schema.getType(typeName);
    const typeFields = type && 'getFields' in type ? type.getFields() : {};
    for (const [fieldName, scope] of Object.entries(fields)) {
      const field = typeFields[fieldName];
      if (!field || !('resolve' in field)) throw new Error(`${typeName}.${fieldName} is not an output field of the ${rules.domain} schema`);
      guard(field, scope, typeName);
    }
  }
}

/** Every Query field needs `scope` (default `read`; also for the gateway's own catalog and events subgraphs). */
export function guardQueries(schema: GraphQLSchema, scope: Scope = 'read'): void {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (!OPEN_QUERY_FIELDS.has(field.name)) guard(field, scope, 'Query');
  }
}

function guard(field: GraphQLField<unknown, unknown>, scope: Scope, typeName: string): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    requireScope(callerOf(context), scope, `${typeName}.${field.name}`);
    return resolve(source, args, context, info);
  };
}

/** The caller in a context; a context without one may do nothing. */
export function callerOf(context: unknown): Caller {
  const caller = (context as Partial<AuthorisedContext> | null)?.caller;
  return caller && caller.scopes instanceof Set ? caller : NOBODY;
}
