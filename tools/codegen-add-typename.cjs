/**
 * graphql-codegen's own transform that adds `__typename` to every selection set, as a module
 * codegen.yml can name (YAML cannot hold the object itself). Apollo Client adds `__typename` to
 * every query it sends, for its cache; the web app's documents get them at build time too, so the
 * text registered in its trusted-documents manifest, which the gateway runs when the app sends only
 * the id, answers what the cache needs.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- codegen loads this module with require()
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

exports.transform = addTypenameSelectionDocumentTransform.transform;
