import { composeServices } from '@apollo/composition';
import { GraphQLError, parse } from 'graphql';
import type { SubgraphSdl } from './sdl.ts';
import { RULES, type Violation } from './violation.ts';

/** A subgraph as composition sees it: its SDL and the URL written into the supergraph. */
export interface SubgraphSource extends SubgraphSdl {
  url: string;
}

export type Composition = { kind: 'success'; supergraphSdl: string } | { kind: 'failure'; violations: Violation[] };

/**
 * Composes the subgraphs exactly as `npm run compose` does (tools/composition.ts), so the text can be
 * compared with the committed schema/supergraph.graphql. A subgraph that does not parse is a
 * composition error naming it.
 */
export function composeSubgraphs(subgraphs: readonly SubgraphSource[]): Composition {
  const services = [];
  const violations: Violation[] = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) });
    } catch (error: unknown) {
      violations.push({
        rule: RULES.composition,
        message: `[${subgraph.name}] ${error instanceof GraphQLError ? error.message : String(error)}`,
      });
    }
  }
  if (violations.length) return { kind: 'failure', violations };
  const result = composeServices(services);
  if (result.errors) {
    return { kind: 'failure', violations: result.errors.map((error) => ({ rule: RULES.composition, message: withCode(error) })) };
  }
  return { kind: 'success', supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}

function withCode(error: GraphQLError): string {
  const code = error.extensions['code'];
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
