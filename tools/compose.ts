/**
 * Composes schema/<domain>.graphql into schema/supergraph.graphql with @apollo/composition.
 * The gateway serves this file as it is; it never introspects subgraphs.
 */
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './composition.ts';

const result = composeSupergraph();
if (result.kind === 'failure') {
  for (const message of result.errors) console.error(message);
  process.exit(1);
}
writeFileSync(result.path, result.supergraphSdl);
console.log(`composed ${result.path}`);
