import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { ERRORS } from '../lib/errors.ts';
import type { Manifest } from '../lib/operations/manifest.ts';

/**
 * Registered documents: the build-time manifests (lib/operations/manifest.ts: the product's own
 * operations and the web app's) name each document by id, and a request may send the id instead
 * of the text, in either of the two forms clients and routers use:
 *
 * - `extensions.persistedQuery.sha256Hash` (Apollo's persisted-query form, `<hex>`), or
 * - `documentId` (GraphQL over HTTP's persisted documents, as Hive and Apollo Router accept:
 *   `sha256:<hex>` or `<hex>`), in the POST body or the GET query string.
 *
 * A registered id runs its registered text, whatever `query` came with it, in both modes:
 *
 * - `trustedDocuments` (TRUSTED_DOCUMENTS=true): only registered ids run, so a stranger cannot
 *   send a document of their own at all, however valid; anything else is refused with
 *   PERSISTED_QUERY_NOT_IN_LIST (HTTP 400) before it is parsed or planned, and automatic
 *   persisted queries are off (nothing new can be registered).
 * - `registeredDocuments` (the default): what is not registered is Apollo Server's as before, a
 *   document sent as text or an automatic persisted query. The web app sends only ids, and the
 *   same app works against either mode.
 *
 * Plugins rather than middleware because Apollo Server calls `requestDidStart` before it reads
 * the query or the APQ extension, for POST and GET alike.
 */
export function trustedDocuments(manifest: Manifest): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const id = documentIdOf(request);
      // Apollo's own persisted-query handling is off in this mode and must not see the id.
      withoutPersistedQuery(request);
      if (runRegistered(manifest, id, request)) return {};
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

export function registeredDocuments(manifest: Manifest): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      // Apollo's automatic persisted queries would check the id against the hash of the text; the
      // manifest answered it, so they never see it. An unregistered id stays theirs.
      if (runRegistered(manifest, documentIdOf(request), request)) withoutPersistedQuery(request);
    },
  };
}

/** Puts the registered text of `id` in the request; false when `id` names no registered document. */
function runRegistered(manifest: Manifest, id: string | null, request: GraphQLRequest): boolean {
  const document = id === null ? undefined : manifest.get(id);
  if (document === undefined) return false;
  request.query = document;
  return true;
}

function withoutPersistedQuery(request: GraphQLRequest): void {
  if (request.extensions && 'persistedQuery' in request.extensions) {
    const { persistedQuery: _id, ...rest } = request.extensions;
    request.extensions = rest;
  }
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
