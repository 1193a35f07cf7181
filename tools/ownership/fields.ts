import type { EntityOwners } from '../../lib/ownership/registry.ts';
import { entityTypes, keyFields, readSubgraphs, ROOT_TYPES, type SubgraphModel, type SubgraphSdl } from './sdl.ts';
import { countWord, listNames, RULES, type Violation } from './violation.ts';

const SHAREABLE_ONLY = 'only key fields and value types may be @shareable';

/**
 * Rule 2: every field is resolved by exactly one subgraph. A non-key field of an entity (or a root
 * field) defined, not `@external`, in two subgraphs is resolvable from both; `@shareable` is only
 * for key fields and value types (types without `@key`), the one place where copies are equal.
 */
export function fieldOwnerViolations(subgraphs: readonly SubgraphSdl[], owners: EntityOwners): Violation[] {
  const models = readSubgraphs(subgraphs);
  const entities = entityTypes(models);
  return [...resolvedTwice(models, entities, owners), ...misplacedShareable(models, entities)];
}

function resolvedTwice(models: readonly SubgraphModel[], entities: ReadonlySet<string>, owners: EntityOwners): Violation[] {
  const violations: Violation[] = [];
  const typeNames = [...new Set(models.flatMap((model) => [...model.types.keys()]))].filter((t) => entities.has(t) || ROOT_TYPES.has(t));
  for (const typeName of typeNames.sort()) {
    const keys = keyFields(models, typeName);
    const fieldNames = new Set(models.flatMap((model) => [...(model.types.get(typeName)?.fields.keys() ?? [])]));
    for (const fieldName of [...fieldNames].filter((f) => !keys.has(f)).sort()) {
      const resolvers = models.filter((model) => {
        const field = model.types.get(typeName)?.fields.get(fieldName);
        return field !== undefined && !field.external;
      });
      if (resolvers.length < 2) continue;
      const owner = owners[typeName];
      violations.push({
        rule: RULES.field,
        message:
          `${typeName}.${fieldName} is resolvable from ${countWord(resolvers.length)} subgraphs (${listNames(resolvers.map((m) => m.name))})` +
          (owner ? `; only its owner ${owner} may resolve it, the others mark it @external or drop it` : ''),
      });
    }
  }
  return violations;
}

function misplacedShareable(models: readonly SubgraphModel[], entities: ReadonlySet<string>): Violation[] {
  const violations: Violation[] = [];
  for (const model of models) {
    for (const type of model.types.values()) {
      const valueType = !entities.has(type.name) && !ROOT_TYPES.has(type.name);
      if (valueType) continue;
      if (type.shareable) {
        const kind = ROOT_TYPES.has(type.name) ? 'root type' : 'entity type';
        violations.push({ rule: RULES.field, message: `@shareable on ${kind} ${type.name} in ${model.name}: ${SHAREABLE_ONLY}` });
      }
      const keys = keyFields(models, type.name);
      for (const field of type.fields.values()) {
        if (field.shareable && !keys.has(field.name)) {
          violations.push({ rule: RULES.field, message: `@shareable on ${type.name}.${field.name} in ${model.name}: ${SHAREABLE_ONLY}` });
        }
      }
    }
  }
  return violations;
}
