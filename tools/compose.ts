/**
 * Composes schema/<name>.graphql (with schema/shared/) into schema/supergraph.graphql with
 * @apollo/composition, and writes its API schema to schema/api.graphql. The gateway serves the
 * supergraph as it is; it never introspects subgraphs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API_SCHEMA_FILE, apiSdl, composeSupergraph } from './composition.ts';

const result = composeSupergraph();
if (result.kind === 'failure') {
  for (const message of result.errors) console.error(message);
  process.exit(1);
}
writeFileSync(result.path, result.supergraphSdl);
const api = fileURLToPath(new URL(`../${API_SCHEMA_FILE}`, import.meta.url));
writeFileSync(api, apiSdl(result.supergraphSdl));
console.log(`composed ${result.path} and ${api}`);
