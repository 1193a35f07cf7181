/**
 * A reference to an entity another subgraph owns: its key and nothing else (rule 4). Resolvers
 * return `{ __typename, id }` and the gateway fetches the rest from the owner.
 */
export interface EntityRef {
  __typename?: string;
  id: string;
}

export function entityRef<T extends string>(typename: T, id: string): { __typename: T; id: string } {
  return { __typename: typename, id };
}
