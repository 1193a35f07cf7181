import { REGISTRY_PATH, type EntityOwners } from '../../lib/ownership/registry.ts';
import { entityTypes, readSubgraphs, type SubgraphSdl } from './sdl.ts';
import { listNames, RULES, type Violation } from './violation.ts';

/**
 * Rule 1: every entity type (a type with `@key` in some subgraph) has exactly one owner, the one
 * the registry names, and that owner defines it with a resolvable `@key`.
 */
export function entityOwnerViolations(subgraphs: readonly SubgraphSdl[], owners: EntityOwners): Violation[] {
  const models = readSubgraphs(subgraphs);
  const entities = entityTypes(models);
  const violations: Violation[] = [];
  const keyedIn = (entity: string, resolvable: boolean) =>
    models.filter((model) => model.types.get(entity)?.keys.some((key) => !resolvable || key.resolvable)).map((model) => model.name);
  for (const entity of [...entities].sort()) {
    const owner = owners[entity];
    if (owner === undefined) {
      violations.push({
        rule: RULES.owner,
        message: `entity type ${entity} (@key in ${listNames(keyedIn(entity, false))}) has no owner in ${REGISTRY_PATH}`,
      });
    } else if (!keyedIn(entity, true).includes(owner)) {
      const resolvable = keyedIn(entity, true);
      violations.push({
        rule: RULES.owner,
        message:
          `entity type ${entity} is owned by ${owner} in ${REGISTRY_PATH}, but ${owner} does not define it with a resolvable @key` +
          (resolvable.length ? ` (${listNames(resolvable)} do${resolvable.length === 1 ? 'es' : ''})` : ''),
      });
    }
  }
  for (const [entity, owner] of Object.entries(owners).sort(([a], [b]) => a.localeCompare(b))) {
    if (!entities.has(entity)) {
      violations.push({
        rule: RULES.owner,
        message: `${REGISTRY_PATH} says ${owner} owns ${entity}, but no subgraph declares ${entity} with @key`,
      });
    }
  }
  return violations;
}
