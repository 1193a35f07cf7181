import type { EntityOwners } from '../../lib/ownership/registry.ts';
import { entityTypes, keyFields, readSubgraphs, type InputFieldModel, type SubgraphModel, type SubgraphSdl } from './sdl.ts';
import { RULES, type Violation } from './violation.ts';

const REFERENCE_TYPES: ReadonlySet<string> = new Set(['ID']);

/**
 * A field that points at an entity rather than describing it: its id, or its id in an outside
 * system (`clientExternalId: ExternalIdInput` of an import row), which the owner resolves to the
 * entity (lib/references.ts ExternalReference) and never has set by another domain.
 */
function isReference(field: InputFieldModel): boolean {
  return REFERENCE_TYPES.has(field.type) || (field.type === 'ExternalIdInput' && field.name.endsWith('ExternalId'));
}

/**
 * Rule 3: mutations live in the owning subgraph. A Mutation field of subgraph S may take another
 * domain's entity by id (`clientId: ID!`, or `clientExternalId: ExternalIdInput`), but may not return it (that would be creating or
 * changing it) nor take arguments that set its attributes: `clientName`, `client: ClientInput`,
 * or a field of an input named after it (`UpdateClientInput.name`) that the owner defines.
 */
export function mutationOwnerViolations(subgraphs: readonly SubgraphSdl[], owners: EntityOwners): Violation[] {
  const models = readSubgraphs(subgraphs);
  const entities = entityTypes(models);
  const violations: Violation[] = [];
  for (const model of models) {
    const foreign = [...entities].filter((entity) => owners[entity] !== undefined && owners[entity] !== model.name);
    const attributes = new Map(foreign.map((entity) => [entity, ownerAttributes(models, entity, owners)]));
    for (const field of model.types.get('Mutation')?.fields.values() ?? []) {
      const where = `Mutation.${field.name} in ${model.name}`;
      const owner = owners[field.type];
      if (owner !== undefined && owner !== model.name && entities.has(field.type)) {
        violations.push({
          rule: RULES.mutation,
          message: `${where} returns ${field.type}, owned by ${owner}: only ${owner} may create or change it`,
        });
      }
      const walker = new InputWalker(model, foreign, attributes);
      walker.walk(field.args, [], null, null);
      for (const { path, entity, attribute } of walker.found) {
        violations.push({
          rule: RULES.mutation,
          message:
            `${where} takes ${path.join('.')}, which would set ${attribute ? `${entity}.${attribute}` : `${entity} attributes`}, ` +
            `owned by ${owners[entity]}: take the ${entity}'s id as a reference instead`,
        });
      }
    }
  }
  return violations;
}

/** The fields the owner resolves on its entity, apart from the key: what only it may set. */
function ownerAttributes(models: readonly SubgraphModel[], entity: string, owners: EntityOwners): Set<string> {
  const keys = keyFields(models, entity);
  const fields =
    models
      .find((model) => model.name === owners[entity])
      ?.types.get(entity)
      ?.fields.values() ?? [];
  return new Set([...fields].filter((field) => !keys.has(field.name)).map((field) => field.name));
}

interface About {
  entity: string;
  from: number;
}

interface Finding {
  path: string[];
  entity: string;
  attribute: string | null;
}

class InputWalker {
  readonly found: Finding[] = [];

  constructor(
    private readonly model: SubgraphModel,
    private readonly foreign: readonly string[],
    private readonly attributes: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  /**
   * `about` is the foreign entity the enclosing value describes (inside `client: ClientInput`) and
   * where in the path its description starts; `inputName` the input type holding `fields`, null
   * for a mutation's own arguments.
   */
  walk(
    fields: readonly InputFieldModel[],
    path: readonly string[],
    about: About | null,
    inputName: string | null,
    seen: ReadonlySet<string> = new Set(),
  ): void {
    for (const field of fields) {
      const here = [...path, field.name];
      const input = this.model.inputs.get(field.type);
      const into = (describes: About | null) => {
        if (input && !seen.has(input.name)) this.walk(input.fields, here, describes, input.name, new Set([...seen, input.name]));
      };
      const reference = isReference(field);
      if (about !== null) {
        if (input) into(about);
        else if (!reference && field.name !== 'id')
          this.found.push({ path: here, entity: about.entity, attribute: here.slice(about.from).join('.') });
        continue;
      }
      const match = this.match(field.name, inputName);
      if (match?.attribute === null) {
        // Named after the entity itself: `client: ClientInput` describes the client field by field.
        if (input) into({ entity: match.entity, from: here.length });
        else if (!reference) this.found.push({ path: here, ...match });
        continue;
      }
      if (match && !reference) this.found.push({ path: here, ...match });
      into(null);
    }
  }

  /** Which foreign entity (and attribute of it, null for the whole entity) an input field names. */
  private match(name: string, inputName: string | null): Omit<Finding, 'path'> | null {
    for (const entity of this.foreign) {
      const camel = lowerFirst(entity);
      if (name === camel || name === `${camel}s`) return { entity, attribute: null };
      const suffix = name.startsWith(camel) ? name.slice(camel.length) : '';
      if (/^[A-Z]/.test(suffix) && suffix !== 'Id' && suffix !== 'Ids') return { entity, attribute: lowerFirst(suffix) };
      if (inputName && new RegExp(`(^|[a-z])${entity}([A-Z]|$)`).test(inputName) && this.attributes.get(entity)?.has(name)) {
        return { entity, attribute: name };
      }
    }
    return null;
  }
}

function lowerFirst(name: string): string {
  return name.slice(0, 1).toLowerCase() + name.slice(1);
}
