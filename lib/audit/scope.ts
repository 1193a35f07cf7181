import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { callerOf } from '../auth/authorise.ts';
import type { Caller } from '../auth/scopes.ts';

/**
 * Who is writing and through which mutation. Set once around every Mutation field of every
 * subgraph (lib/subgraph.ts), so the store helpers that write (lib/store/versions.ts) can record
 * the change without each resolver passing it along.
 */
export interface AuditScope {
  mutation: string;
  caller: Caller;
}

const storage = new AsyncLocalStorage<AuditScope>();

export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}

/** Runs `work` (and everything it starts) as the write `scope` describes. */
export function runAudited<T>(scope: AuditScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Runs every Mutation field of `schema` in an audit scope naming the field and the context's caller. */
export function auditMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) =>
      runAudited({ mutation: field.name, caller: callerOf(context) }, () => resolve(source, args, context, info));
  }
}
