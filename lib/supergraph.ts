import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, DOMAINS, type Domain } from './domains.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

/** The SDL of one domain's subgraph, read from schema/<domain>.graphql. */
export function subgraphSdl(domain: Domain): string {
  return readFileSync(`${SCHEMA_DIR}${domain}.graphql`, 'utf8');
}

export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;

export type CompositionResult =
  | { kind: 'success'; supergraphSdl: string; path: string }
  | { kind: 'failure'; errors: string[] };

/**
 * Composes the four domain schemas. The URLs written into the supergraph are the local defaults;
 * the gateway replaces them with CRM_URL, ACCOUNTING_URL, … at run time.
 */
export function composeSupergraph(): CompositionResult {
  const result = composeServices(
    DOMAINS.map((domain) => ({
      name: domain,
      url: `http://127.0.0.1:${DEFAULT_PORTS[domain]}/graphql`,
      typeDefs: parse(subgraphSdl(domain)),
    })),
  );
  if (result.errors) {
    return { kind: 'failure', errors: result.errors.map((error) => error.message) };
  }
  return { kind: 'success', supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, path: SUPERGRAPH_PATH };
}
