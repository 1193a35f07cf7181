import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** One subgraph fetch as the gateway plans it, and its answer. */
export type FetchOptions = GraphQLDataSourceProcessOptions;
export type FetchAnswer = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
/** What the cache falls back to: the data source's own fetch (de-duplication, breaker, retries). */
export type Fetch = (options: FetchOptions) => Promise<FetchAnswer>;

/**
 * Root fields whose answers depend on other domains' stores as well as their own subgraph's (the
 * data-quality reports ask the owners of what their records point at), so no event of their own
 * subgraph is sure to drop them: never cached.
 */
const UNCACHED_ROOT_FIELDS = /DataQuality$/;

/** What a fetch is, for the cache: a write, a federation entity fetch, another query (a root field), or none of those. */
export type FetchKind = 'mutation' | 'entities' | 'root' | 'other';

// The gateway plans a bounded set of fetch texts; each is classified once.
const kinds = new LRUCache<string, FetchKind>({ max: 5_000 });

export function fetchKind(options: FetchOptions): FetchKind {
  const text = options.request.query ?? '';
  let kind = kinds.get(text);
  if (kind === undefined) {
    // The planned document when the gateway hands it over (it does not always), the text otherwise.
    const document = ('document' in options ? options.document : undefined) ?? parseOrNull(text);
    kind = kindOf(document);
    kinds.set(text, kind);
  }
  return kind;
}

function parseOrNull(text: string): DocumentNode | null {
  try {
    return parse(text, { noLocation: true });
  } catch {
    return null;
  }
}

function kindOf(document: DocumentNode | null | undefined): FetchKind {
  const operation = document?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return 'other';
  if (operation.operation === OperationTypeNode.MUTATION) return 'mutation';
  if (operation.operation !== OperationTypeNode.QUERY) return 'other';
  const fields = operation.selectionSet.selections;
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only?.kind === Kind.FIELD && only.name.value === '_entities') return 'entities';
  const reads = (field: (typeof fields)[number]) => field.kind === Kind.FIELD && UNCACHED_ROOT_FIELDS.test(field.name.value);
  return fields.some(reads) ? 'other' : 'root';
}
