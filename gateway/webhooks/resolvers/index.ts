import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { defaultFieldResolver, parse, type GraphQLSchema } from 'graphql';
import { callerOf } from '../../../lib/auth/authorise.ts';
import { requireScope, type Scope } from '../../../lib/auth/scopes.ts';
import { scalarResolvers } from '../../../lib/scalars.ts';
import { asActor } from '../../../lib/writes/actor.ts';
import { subgraphSdl, WEBHOOKS } from '../../../lib/schema.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './types.ts';

/** Every field of the webhooks subgraph needs this: endpoints' URLs are sensitive, and writes change where data goes. */
export const MANAGE_SCOPE: Scope = 'webhooks:manage';

/**
 * The webhooks subgraph's schema: every Query and Mutation field checks the caller's scope
 * before its resolver runs (so before validation or any store access), and every Mutation
 * field runs in an audit scope, as in the domains (lib/subgraph.ts).
 */
export function webhooksSchema(): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(WEBHOOKS)),
    resolvers: { DateTime: scalarResolvers.DateTime, Query, Mutation, WebhookEndpoint, WebhookDelivery, WebhookAttempt } as unknown as GraphQLResolverMap<unknown>,
  });
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_service') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const what = `${type?.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        requireScope(callerOf(context), MANAGE_SCOPE, what);
        return resolve(source, args, context, info);
      };
    }
  }
  // The write's actor for the audit row (lib/writes/record.ts), as the write path sets it.
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => asActor({ mutation: field.name, caller: callerOf(context) }, () => resolve(source, args, context, info));
  }
  return schema;
}
