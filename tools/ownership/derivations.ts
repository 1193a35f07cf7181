import { REGISTRY_PATH, type Derivations } from '../../lib/ownership/registry.ts';
import { readSupergraph } from '../../lib/ownership/supergraph.ts';
import { RULES, type Violation } from './violation.ts';

/**
 * The registry's derived fields (DERIVED_FIELDS) against the composed supergraph: each names an
 * existing field of an entity type and existing sources, and adds only what the SDL cannot say
 * (a source a `@requires` already names is not repeated), so the data inventory stays true.
 */
export function derivationViolations(supergraphSdl: string, derivations: Derivations): Violation[] {
  const model = readSupergraph(supergraphSdl);
  const violations: Violation[] = [];
  const say = (message: string) => violations.push({ rule: RULES.derived, message: `${REGISTRY_PATH} ${message}` });
  const exists = (source: string) => {
    const [typeName, fieldName, ...rest] = source.split('.');
    return rest.length === 0 && model.types.get(typeName ?? '')?.fields.some((field) => field.name === fieldName) === true;
  };
  for (const [typeName, fields] of Object.entries(derivations).sort(([a], [b]) => a.localeCompare(b))) {
    const type = model.types.get(typeName);
    if (!type?.keys.size) {
      say(`lists derived fields of ${typeName}, which is not an entity type of the supergraph`);
      continue;
    }
    for (const [fieldName, sources] of Object.entries(fields)) {
      const field = type.fields.find((f) => f.name === fieldName);
      if (!field) {
        say(`says ${typeName}.${fieldName} is derived, but ${typeName} has no field ${fieldName}`);
        continue;
      }
      if (!sources.length) say(`says ${typeName}.${fieldName} is derived from nothing: name its sources as Type.field`);
      const required = new Set(field.resolvers.flatMap((resolver) => resolver.requires.map((name) => `${typeName}.${name}`)));
      for (const source of sources) {
        if (!exists(source)) say(`derives ${typeName}.${fieldName} from ${source}, which is not a field of the supergraph`);
        else if (required.has(source)) say(`derives ${typeName}.${fieldName} from ${source}, which its @requires already says: drop it`);
      }
    }
  }
  return violations;
}
