import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * What tests send. A typed document, `graphql(`…`)` from test/__generated__ (graphql-codegen's
 * client preset against schema/api.graphql, the public API): its `data` is what the schema says,
 * never a hand-typed shape, and `npm run generate` fails on a field the API does not have. A
 * subgraph's federation protocol (`_entities`) selects a typed fragment through `entitiesQuery`
 * (test/support/entities.ts). A plain string only for what has no API type to check against: a
 * document that is meant to be invalid, a raw request. Its `data` is `Untyped`.
 */
export type Operation<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> | string;

/** The data of a plain-string operation: look inside only after checking. */
export type Untyped = Record<string, unknown>;

/** The operation as the request body's `query`. */
export function sourceOf(operation: Operation<unknown, never> | TypedDocumentNode<unknown, never>): string {
  return typeof operation === 'string' ? operation : print(operation);
}
