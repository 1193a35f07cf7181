import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, DOMAINS, type Domain } from './domains.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

/**
 * Subgraphs the gateway serves itself, in-process. They are composed with the domains so their
 * types are in the one supergraph, but they are not domains: they own no entity, have no port,
 * and are not in DOMAINS.
 *
 * - `catalog`: the data inventory (`systemOfRecord`), computed from the supergraph;
 * - `events`: the change feed and the `entityChanged` subscription, read from the bus;
 * - `webhooks`: endpoints, deliveries and their attempts, in the webhooks store.
 */
export const CATALOG = 'catalog';
export const EVENTS = 'events';
export const WEBHOOKS = 'webhooks';
export const GATEWAY_SUBGRAPHS = [CATALOG, EVENTS, WEBHOOKS] as const;
export type GatewaySubgraph = (typeof GATEWAY_SUBGRAPHS)[number];
export type SubgraphName = Domain | GatewaySubgraph;

/** Every subgraph composed into the supergraph: the four domains, then the gateway's own. */
export const SUBGRAPHS: readonly SubgraphName[] = [...DOMAINS, ...GATEWAY_SUBGRAPHS];

export function isGatewaySubgraph(name: string): name is GatewaySubgraph {
  return (GATEWAY_SUBGRAPHS as readonly string[]).includes(name);
}

/** The SDL of one subgraph, read from schema/<name>.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(`${SCHEMA_DIR}${name}.graphql`, 'utf8');
}

/**
 * The URL written into the supergraph for a subgraph. The domains' are the local defaults (the
 * gateway replaces them with CRM_URL, …); the gateway's own name no address, as nothing fetches them.
 */
export function compositionUrl(name: SubgraphName): string {
  return isGatewaySubgraph(name) ? `in-process:${name}` : `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;

export type CompositionResult =
  | { kind: 'success'; supergraphSdl: string; path: string }
  | { kind: 'failure'; errors: string[] };

/** Composes the four domain schemas and the gateway's own (compositionUrl says which URLs are written). */
export function composeSupergraph(): CompositionResult {
  const result = composeServices(
    SUBGRAPHS.map((name) => ({ name, url: compositionUrl(name), typeDefs: parse(subgraphSdl(name)) })),
  );
  if (result.errors) {
    return { kind: 'failure', errors: result.errors.map((error) => error.message) };
  }
  return { kind: 'success', supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, path: SUPERGRAPH_PATH };
}
