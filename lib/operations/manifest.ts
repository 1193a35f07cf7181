import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { PACKAGE_ROOT } from '../package-root.ts';

/**
 * The trusted-documents manifest: every operation the product's own clients send (this
 * directory's *.graphql; the web app's and the BI reports' join them), generated at build time by
 * graphql-codegen's client preset (`persistedDocuments`, codegen.yml) and committed. It maps a
 * document id, `sha256:<hex of the document's text>`, to that text.
 */
export const PRODUCT_MANIFEST_PATH = `${PACKAGE_ROOT}/lib/operations/__generated__/persisted-documents.json`;

/** Document id (`sha256:<hex>`) → document text. */
export type Manifest = ReadonlyMap<string, string>;

/** Reads and merges manifests (default the product's own); a file that is not a manifest stops start-up naming it. */
export function loadManifest(paths: readonly string[] = [PRODUCT_MANIFEST_PATH]): Manifest {
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
