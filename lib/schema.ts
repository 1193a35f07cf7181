import { readdirSync, readFileSync } from 'node:fs';
import { SYSTEMS_OF_RECORD, type RecordSystem } from './domains.ts';
import { PACKAGE_ROOT } from './package-root.ts';

/**
 * The business model as the running services read it: one SDL file per subgraph in `schema/`,
 * and the composed supergraph the gateway serves. Composing it is build-time work
 * (tools/composition.ts), never done by a running service.
 */

const SCHEMA_DIR = `${PACKAGE_ROOT}/schema/`;

/**
 * Subgraphs the gateway serves itself, in-process, from what it already has. They are composed
 * with the systems of record so their types are in the one supergraph, but they are not systems
 * of record: they own no entity, keep no store, have no port, and are not in SYSTEMS_OF_RECORD.
 *
 * - `catalog`: the data inventory (`systemOfRecord`), computed from the supergraph;
 * - `events`: the change feed and the `entityChanged` subscription, read from the bus.
 */
export const CATALOG = 'catalog';
export const EVENTS = 'events';
export const GATEWAY_SUBGRAPHS = [CATALOG, EVENTS] as const;
export type GatewaySubgraph = (typeof GATEWAY_SUBGRAPHS)[number];
export type SubgraphName = RecordSystem | GatewaySubgraph;

/** Every subgraph composed into the supergraph: the systems of record, then the gateway's own. */
export const SUBGRAPHS: readonly SubgraphName[] = [...SYSTEMS_OF_RECORD, ...GATEWAY_SUBGRAPHS];

export function isGatewaySubgraph(name: string): name is GatewaySubgraph {
  return (GATEWAY_SUBGRAPHS as readonly string[]).includes(name);
}

/**
 * What every subgraph shares, written once in schema/shared/ (scalars, Money, PageInfo, the audit
 * types): value types, identical in each subgraph, as Federation 2 composes them.
 */
export const SHARED_SDL_DIR = `${SCHEMA_DIR}shared/`;

/** The shared SDL files, in name order (codegen.yml lists the same glob for every subgraph). */
export function sharedSdlFiles(): string[] {
  return readdirSync(SHARED_SDL_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => `${SHARED_SDL_DIR}${file}`);
}

/** The SDL of one subgraph: its own schema/<name>.graphql, then every shared file. */
export function subgraphSdl(name: SubgraphName): string {
  return [`${SCHEMA_DIR}${name}.graphql`, ...sharedSdlFiles()].map((path) => readFileSync(path, 'utf8')).join('\n');
}

/** The composed supergraph the gateway serves unless SUPERGRAPH_PATH names another. */
export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;
