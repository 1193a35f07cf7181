import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { DEFAULT_PORTS } from '../lib/domains.ts';
import { isGatewaySubgraph, SUBGRAPHS, SUPERGRAPH_PATH, subgraphSdl, type SubgraphName } from '../lib/schema.ts';
import { apiSchema } from './ownership/breaking.ts';

/** The public API the gateway serves, as clients see it: what tests' and apps' operations are typed against. */
export const API_SCHEMA_FILE = 'schema/api.graphql';

/**
 * The URL written into the supergraph for a subgraph. The systems of record's are the local
 * defaults (the gateway replaces them with CRM_URL, …, WEBHOOKS_URL); the gateway's own name no
 * address, as nothing fetches them.
 */
export function compositionUrl(name: SubgraphName): string {
  return isGatewaySubgraph(name) ? `in-process:${name}` : `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

export type CompositionResult = { kind: 'success'; supergraphSdl: string; path: string } | { kind: 'failure'; errors: string[] };

/**
 * The API schema of a supergraph as SDL: every type and field a client may ask for, without the
 * join/link machinery (`schema/api.graphql`, written by `npm run compose`).
 */
export function apiSdl(supergraphSdl: string): string {
  return `${printSchema(apiSchema(supergraphSdl)).trimEnd()}\n`;
}

/** Composes the systems of record's schemas and the gateway's own (compositionUrl says which URLs are written). */
export function composeSupergraph(): CompositionResult {
  const result = composeServices(SUBGRAPHS.map((name) => ({ name, url: compositionUrl(name), typeDefs: parse(subgraphSdl(name)) })));
  if (result.errors) {
    return { kind: 'failure', errors: result.errors.map((error) => error.message) };
  }
  return { kind: 'success', supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, path: SUPERGRAPH_PATH };
}
