import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';

/** One subgraph fetch as the gateway plans it, and its answer. */
export type FetchOptions = GraphQLDataSourceProcessOptions;
export type FetchAnswer = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
/** What the cache falls back to: the data source's own fetch (de-duplication, breaker, retries). */
export type Fetch = (options: FetchOptions) => Promise<FetchAnswer>;

/** What a fetch is, for the cache: a write, a federation entity fetch, another query (a root field), or none of those. */
export type FetchKind = 'mutation' | 'entities' | 'root' | 'other';

export function fetchKind(options: FetchOptions): FetchKind {
  const document = 'document' in options ? options.document : undefined;
  const operation = document?.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) {
    // Without the planned document (another caller of process), only what the text says for sure.
    const text = options.request.query ?? '';
    return /^\s*mutation\b/.test(text) ? 'mutation' : 'other';
  }
  if (operation.operation === OperationTypeNode.MUTATION) return 'mutation';
  if (operation.operation !== OperationTypeNode.QUERY) return 'other';
  const fields = operation.selectionSet.selections;
  const only = fields.length === 1 ? fields[0] : undefined;
  return only?.kind === Kind.FIELD && only.name.value === '_entities' ? 'entities' : 'root';
}
