import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, DOMAINS, type Domain } from './domains.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

/**
 * The data inventory (`systemOfRecord`): a subgraph the gateway serves itself, in-process. It is
 * composed with the domains so its types are in the one supergraph, but it is not a domain: it
 * owns no entity, has no store and no port, and is not in DOMAINS.
 */
export const CATALOG = 'catalog';
export type SubgraphName = Domain | typeof CATALOG;

/** Every subgraph composed into the supergraph: the four domains, then the catalog. */
export const SUBGRAPHS: readonly SubgraphName[] = [...DOMAINS, CATALOG];

/** The SDL of one subgraph, read from schema/<name>.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(`${SCHEMA_DIR}${name}.graphql`, 'utf8');
}

/**
 * The URL written into the supergraph for a subgraph. The domains' are the local defaults (the
 * gateway replaces them with CRM_URL, …); the catalog's names no address, as nothing fetches it.
 */
export function compositionUrl(name: SubgraphName): string {
  return name === CATALOG ? 'in-process:catalog' : `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;

export type CompositionResult =
  | { kind: 'success'; supergraphSdl: string; path: string }
  | { kind: 'failure'; errors: string[] };

/** Composes the four domain schemas and the catalog's (compositionUrl says which URLs are written). */
export function composeSupergraph(): CompositionResult {
  const result = composeServices(
    SUBGRAPHS.map((name) => ({ name, url: compositionUrl(name), typeDefs: parse(subgraphSdl(name)) })),
  );
  if (result.errors) {
    return { kind: 'failure', errors: result.errors.map((error) => error.message) };
  }
  return { kind: 'success', supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, path: SUPERGRAPH_PATH };
}
