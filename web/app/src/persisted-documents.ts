import { ApolloLink, type DocumentNode } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, parse } from 'graphql';
import manifest from './__generated__/persisted-documents.json';

/**
 * The app sends its operations by id: graphql-codegen registers each one (with the `__typename`s
 * Apollo Client's cache adds) in web/app/src/__generated__/persisted-documents.json, the gateway
 * runs the registered text for the id (gateway/trusted-documents.ts), and with TRUSTED_DOCUMENTS
 * nothing else runs. The id travels as Apollo's `extensions.persistedQuery.sha256Hash`.
 *
 * An operation the manifest does not hold goes as text. A gateway that does not know the app's
 * ids (another TRUSTED_DOCUMENTS_PATH) answers PERSISTED_QUERY_NOT_FOUND: automatic persisted
 * queries cannot register them, as the id is the hash of the registered text, not of what Apollo
 * Client prints, so the link stops sending ids for this client and sends the document instead.
 */

/** Operation name → the hex sha256 of its registered text. Codegen refuses two operations of one name. */
const registered = new Map(
  Object.entries(manifest as Record<string, string>).flatMap(([id, text]) => {
    const operation = parse(text).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operation?.name ? [[operation.name.value, id.replace(/^sha256:/, '')] as const] : [];
  }),
);

/** The registered id of a document, or undefined when it is not one of the app's registered operations. */
export function registeredId(document: DocumentNode): string | undefined {
  const name = getMainDefinition(document).name?.value;
  return name === undefined ? undefined : registered.get(name);
}

/** Sends registered operations through `terminating` by id, and every other one as text. */
export function persistedDocumentsLink(terminating: ApolloLink): ApolloLink {
  const byId = new PersistedQueryLink({
    generateHash: (document) => registeredId(document) ?? Promise.reject(new Error('not a registered operation')),
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
  return ApolloLink.split(({ query }) => registeredId(query) !== undefined, byId.concat(terminating), terminating);
}
