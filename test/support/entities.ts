import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, print } from 'graphql';

/** An entity as the gateway names it to a subgraph: its type, its key, and any `@requires` fields. */
export interface Representation {
  __typename: string;
  id: string;
  [field: string]: unknown;
}

/** What an entities query takes: the representations, and the fragment's own variables. */
export type EntitiesVariables = { representations: Representation[] } & Record<string, unknown>;

/**
 * The federation protocol's `_entities` query, which the API has no type for, selecting a typed
 * fragment on the entity type (`graphql(\`fragment CrmClientRenewal on Client { … }\`)`): codegen
 * checks the selection against the API, and each entity answers as the fragment says, null for one
 * the subgraph does not know. `declarations` declares the variables the fragment uses, e.g.
 * `$after: String`.
 */
export function entitiesQuery<TFragment>(
  fragment: TypedDocumentNode<TFragment>,
  declarations = '',
): TypedDocumentNode<{ _entities: (TFragment | null)[] }, EntitiesVariables> {
  const definition = fragment.definitions.find((node) => node.kind === Kind.FRAGMENT_DEFINITION);
  if (!definition) throw new Error('entitiesQuery takes a fragment');
  const variables = ['$representations: [_Any!]!', ...(declarations ? [declarations] : [])].join(', ');
  return parse(
    `query Entities(${variables}) { _entities(representations: $representations) { ...${definition.name.value} } }\n${print(fragment)}`,
  );
}
