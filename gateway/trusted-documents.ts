import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { ERRORS } from '../lib/errors.ts';
import type { Manifest } from '../lib/operations/manifest.ts';

/**
 * Trusted documents (TRUSTED_DOCUMENTS=true): the gateway runs only the operations registered in
 * the build-time manifest (lib/operations/manifest.ts), so a stranger cannot send a document of
 * their own at all, however valid. A request names its document by id, in either of the two forms
 * clients and routers use:
 *
 * - `extensions.persistedQuery.sha256Hash` (Apollo's persisted-query form, `<hex>`), or
 * - `documentId` (GraphQL over HTTP's persisted documents, as Hive and Apollo Router accept:
 *   `sha256:<hex>` or `<hex>`), in the POST body or the GET query string.
 *
 * The registered text replaces whatever `query` came with it; a request without a registered id
 * is refused with PERSISTED_QUERY_NOT_IN_LIST (HTTP 400) before anything is parsed or planned.
 * Automatic persisted queries are off in this mode (nothing new can be registered). A plugin
 * rather than middleware because Apollo Server calls `requestDidStart` before it reads the
 * query or the APQ extension, for POST and GET alike.
 */
export function trustedDocuments(manifest: Manifest): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const id = documentIdOf(request);
      const document = id === null ? undefined : manifest.get(id);
      // Apollo's own persisted-query handling must not see the id: the manifest answered it.
      if (request.extensions && 'persistedQuery' in request.extensions) {
        const { persistedQuery: _id, ...rest } = request.extensions;
        request.extensions = rest;
      }
      if (document !== undefined) {
        request.query = document;
        return {};
      }
      // Apollo Server turns an error thrown here into a 500, and answers a coded error only from
      // didResolveOperation; so the caller's document is swapped for a trivial one before it is
      // parsed (theirs never is) and refused there.
      request.query = PLACEHOLDER;
      return {
        async didResolveOperation() {
          throw ERRORS.PERSISTED_QUERY_NOT_IN_LIST.err(
            id === null
              ? 'Only registered operations run here: send a document id (documentId, or extensions.persistedQuery.sha256Hash)'
              : 'This document id is not registered',
          );
        },
      };
    },
  };
}

/** Stands in for a refused request's document, which is never parsed. */
const PLACEHOLDER = '{ __typename }';

const HEX_SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;

/** The request's document id as the manifest keys it (`sha256:<lower-case hex>`), or null when it names none. */
function documentIdOf(request: GraphQLRequest): string | null {
  const persisted: unknown = request.extensions?.persistedQuery;
  const apq = typeof persisted === 'object' && persisted !== null && 'sha256Hash' in persisted ? persisted.sha256Hash : undefined;
  const body: unknown = request.http?.body;
  const posted = typeof body === 'object' && body !== null && 'documentId' in body ? body.documentId : undefined;
  const searched = request.http?.method === 'GET' ? new URLSearchParams(request.http.search).get('documentId') : null;
  const given = [posted, searched, apq].find((value) => typeof value === 'string');
  const hex = typeof given === 'string' ? HEX_SHA256.exec(given)?.[1] : undefined;
  return hex === undefined ? null : `sha256:${hex.toLowerCase()}`;
}
