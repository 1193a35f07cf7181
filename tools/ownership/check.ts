import { API_SCHEMA_FILE, apiSdl } from '../composition.ts';
import { breakingChanges, type Acknowledgement } from './breaking.ts';
import { composeSubgraphs, type SubgraphSource } from './composition.ts';
import { derivationViolations } from './derivations.ts';
import { entityOwnerViolations } from './entities.ts';
import { fieldOwnerViolations } from './fields.ts';
import { generatedViolations, type GeneratedFile } from './generated.ts';
import { mutationOwnerViolations } from './mutations.ts';
import type { Derivations, EntityOwners } from '../../lib/ownership/registry.ts';
import { storeOwnerViolations, type StoreSchema } from './stores.ts';
import { RULES, type Violation } from './violation.ts';

export const SUPERGRAPH_FILE = 'schema/supergraph.graphql';

/** Everything the check looks at, gathered from a checkout (repository.ts) or made up by a test. */
export interface CheckInputs {
  subgraphs: SubgraphSource[];
  owners: EntityOwners;
  /** The registry's derived fields (DERIVED_FIELDS); none when left out. */
  derivations?: Derivations;
  stores: StoreSchema[];
  /** schema/supergraph.graphql as committed, null when missing. */
  committedSupergraph: string | null;
  /** schema/api.graphql as committed, null when missing (left out: not checked). */
  committedApi?: string | null;
  /** Codegen's output now against the committed files, or why codegen could not run. */
  resolverTypes: GeneratedFile[] | { error: string };
  /** The supergraph on `main`, or why there is none to compare with. */
  base: { kind: 'found'; supergraphSdl: string } | { kind: 'unavailable'; reason: string };
  acknowledged: Acknowledgement[];
}

export interface CheckReport {
  violations: Violation[];
  /** Checks skipped or worth knowing about, one line each; never a failure. */
  notes: string[];
}

/** Runs every rule; the order is the order they are printed in. */
export function checkOwnership(inputs: CheckInputs): CheckReport {
  const notes: string[] = [];
  const composition = composeSubgraphs(inputs.subgraphs);
  if (composition.kind === 'failure') {
    // Rule checks on SDL that does not parse would only repeat the parser's complaint.
    return { violations: composition.violations, notes: ['the other rules were not checked: the subgraphs do not compose'] };
  }
  const violations = [
    ...entityOwnerViolations(inputs.subgraphs, inputs.owners),
    ...fieldOwnerViolations(inputs.subgraphs, inputs.owners),
    ...mutationOwnerViolations(inputs.subgraphs, inputs.owners),
    ...storeOwnerViolations(inputs.stores, inputs.owners),
    ...derivationViolations(composition.supergraphSdl, inputs.derivations ?? {}),
    ...generatedViolations([
      { path: SUPERGRAPH_FILE, expected: composition.supergraphSdl, committed: inputs.committedSupergraph },
      ...(inputs.committedApi === undefined
        ? []
        : [{ path: API_SCHEMA_FILE, expected: apiSdl(composition.supergraphSdl), committed: inputs.committedApi }]),
    ]),
  ];
  if ('error' in inputs.resolverTypes) {
    violations.push({ rule: RULES.generated, message: `codegen failed: ${inputs.resolverTypes.error}` });
  } else {
    violations.push(...generatedViolations(inputs.resolverTypes));
  }
  if (inputs.base.kind === 'found') {
    const report = breakingChanges(inputs.base.supergraphSdl, composition.supergraphSdl, inputs.acknowledged);
    violations.push(...report.violations);
    for (const ack of report.unused)
      notes.push(`acknowledged breaking change no longer differs from main (delete it): ${ack.type} ${ack.description}`);
  } else {
    notes.push(`breaking changes not checked: ${inputs.base.reason}`);
  }
  return { violations, notes };
}
