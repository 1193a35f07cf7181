import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { PACKAGE_ROOT } from '../package-root.ts';

/**
 * The trusted-documents manifests: every operation the product's own clients send (this
 * directory's *.graphql, and the web app's in its own manifest), generated at build time by
 * graphql-codegen's client preset (`persistedDocuments`, codegen.yml) and committed. Each maps a
 * document id, `sha256:<hex of the document's text>`, to that text.
 */
export const PRODUCT_MANIFEST_PATH = `${PACKAGE_ROOT}/lib/operations/__generated__/persisted-documents.json`;

/** The web app's operations (web/app/src), which it sends by id (web/app/src/persisted-documents.ts). */
export const WEB_MANIFEST_PATH = `${PACKAGE_ROOT}/web/app/src/__generated__/persisted-documents.json`;

/** What the gateway registers unless TRUSTED_DOCUMENTS_PATH says otherwise: the product's clients' and the web app's. */
export const DEFAULT_MANIFEST_PATHS: readonly string[] = [PRODUCT_MANIFEST_PATH, WEB_MANIFEST_PATH];

/** Document id (`sha256:<hex>`) → document text. */
export type Manifest = ReadonlyMap<string, string>;

/** Reads and merges manifests (default DEFAULT_MANIFEST_PATHS); a file that is not a manifest stops start-up naming it. */
export function loadManifest(paths: readonly string[] = DEFAULT_MANIFEST_PATHS): Manifest {
  const documents = new Map<string, string>();
  for (const path of paths) {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${path} is not a trusted-documents manifest: expected { "sha256:<hex>": "<document>" }`);
    }
    for (const [id, document] of Object.entries(parsed)) {
      if (typeof document !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(id)) {
        throw new Error(`${path} is not a trusted-documents manifest: entry ${JSON.stringify(id)} is not "sha256:<hex>": "<document>"`);
      }
      documents.set(id, document);
    }
  }
  return documents;
}

/** The names of the operations in a manifest (for metric labels: lib/observability/operation-labels.ts). */
export function operationNames(manifest: Manifest): Set<string> {
  const names = new Set<string>();
  for (const document of manifest.values()) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}
