/**
 * `npm run check`: the ownership rules of DESIGN.md, checked on the subgraph schemas, the stores
 * their migrations build, the generated files and the supergraph on `main`. One line per
 * violation, exit 1 if any; one summary line and exit 0 otherwise.
 */
import { checkOwnership } from './ownership/check.ts';
import { repositoryInputs } from './ownership/repository.ts';
import { formatViolation } from './ownership/violation.ts';

const inputs = await repositoryInputs();
const { violations, notes } = checkOwnership(inputs);
// Includes loading composition and codegen, the larger part of the time.
const seconds = process.uptime().toFixed(1);

for (const violation of violations) console.error(formatViolation(violation));
for (const note of notes) console.log(`note: ${note}`);
if (violations.length) {
  console.error(`ownership check failed: ${violations.length} violation${violations.length === 1 ? '' : 's'} (${seconds}s)`);
  process.exit(1);
}
const tables = inputs.stores.reduce((sum, store) => sum + store.tables.length, 0);
console.log(
  `ownership check passed: ${inputs.subgraphs.length} subgraphs, ${Object.keys(inputs.owners).length} owned entities, ` +
    `${tables} tables, generated files current, ${inputs.base.kind === 'found' ? 'no unacknowledged breaking change against main' : 'breaking changes not checked'} (${seconds}s)`,
);
