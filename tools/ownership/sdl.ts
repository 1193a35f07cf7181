import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ConstObjectFieldNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
} from 'graphql';
import { namedType } from '../../lib/ownership/supergraph.ts';

/** One subgraph's SDL as the checks read it: `schema/<domain>.graphql`, or a test fixture. */
export interface SubgraphSdl {
  name: string;
  sdl: string;
}

/** The federation facts of one subgraph that the ownership rules look at. */
export interface SubgraphModel {
  name: string;
  /** Object and interface types, definitions and extensions merged. */
  types: Map<string, TypeModel>;
  inputs: Map<string, InputModel>;
}

export interface TypeModel {
  name: string;
  keys: KeyModel[];
  shareable: boolean;
  fields: Map<string, FieldModel>;
}

export interface KeyModel {
  /** Top-level fields of the key's selection (`id`, or `sku` of `"sku variation { id }"`). */
  fields: string[];
  resolvable: boolean;
}

export interface FieldModel {
  name: string;
  /** The named type with lists and non-null removed. */
  type: string;
  external: boolean;
  shareable: boolean;
  args: InputFieldModel[];
}

export interface InputModel {
  name: string;
  fields: InputFieldModel[];
}

export interface InputFieldModel {
  name: string;
  type: string;
}

const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/';
const FEDERATION_DIRECTIVES = ['key', 'shareable', 'external'] as const;
type FederationDirective = (typeof FEDERATION_DIRECTIVES)[number];

export const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/** Parses one subgraph; throws graphql's syntax error (composition reports it first). */
export function readSubgraph({ name, sdl }: SubgraphSdl): SubgraphModel {
  const document = parse(sdl);
  const names = federationNames(document);
  const has = (node: { directives?: readonly ConstDirectiveNode[] }, directive: FederationDirective) =>
    (node.directives ?? []).some((d) => d.name.value === names[directive]);
  const model: SubgraphModel = { name, types: new Map(), inputs: new Map() };
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION: {
        const type: TypeModel = model.types.get(definition.name.value) ?? {
          name: definition.name.value,
          keys: [],
          shareable: false,
          fields: new Map(),
        };
        model.types.set(type.name, type);
        type.shareable ||= has(definition, 'shareable');
        for (const directive of definition.directives ?? []) {
          if (directive.name.value === names.key) type.keys.push(readKey(directive));
        }
        for (const field of definition.fields ?? []) type.fields.set(field.name.value, readField(field, has));
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION: {
        const input: InputModel = model.inputs.get(definition.name.value) ?? { name: definition.name.value, fields: [] };
        model.inputs.set(input.name, input);
        input.fields.push(...(definition.fields ?? []).map(readInputField));
        break;
      }
      default:
        break;
    }
  }
  return model;
}

export function readSubgraphs(subgraphs: readonly SubgraphSdl[]): SubgraphModel[] {
  return subgraphs.map(readSubgraph);
}

/** The type names that carry a `@key` in at least one subgraph. */
export function entityTypes(models: readonly SubgraphModel[]): Set<string> {
  return new Set(models.flatMap((model) => [...model.types.values()].filter((type) => type.keys.length).map((type) => type.name)));
}

/** Every field that is part of some `@key` of the type, in any subgraph. */
export function keyFields(models: readonly SubgraphModel[], typeName: string): Set<string> {
  return new Set(models.flatMap((model) => model.types.get(typeName)?.keys.flatMap((key) => key.fields) ?? []));
}

function readField(field: FieldDefinitionNode, has: (node: FieldDefinitionNode, directive: FederationDirective) => boolean): FieldModel {
  return {
    name: field.name.value,
    type: namedType(field.type),
    external: has(field, 'external'),
    shareable: has(field, 'shareable'),
    args: (field.arguments ?? []).map(readInputField),
  };
}

function readInputField(value: InputValueDefinitionNode): InputFieldModel {
  return { name: value.name.value, type: namedType(value.type) };
}

function readKey(directive: ConstDirectiveNode): KeyModel {
  let fields: string[] = [];
  let resolvable = true;
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'fields' && argument.value.kind === Kind.STRING) {
      const selection = parse(`{ ${argument.value.value} }`).definitions[0];
      if (selection?.kind === Kind.OPERATION_DEFINITION) {
        fields = selection.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
      }
    }
    if (argument.name.value === 'resolvable' && argument.value.kind === Kind.BOOLEAN) resolvable = argument.value.value;
  }
  return { fields, resolvable };
}

/**
 * The local names of the federation directives: `@key` when imported as such, its `as` rename,
 * or `@federation__key` when the schema links federation without importing it.
 */
function federationNames(document: DocumentNode): Record<FederationDirective, string> {
  const names = Object.fromEntries(FEDERATION_DIRECTIVES.map((d) => [d, d])) as Record<FederationDirective, string>;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = new Map((link.arguments ?? []).map((a) => [a.name.value, a.value]));
      const url = args.get('url');
      if (link.name.value !== 'link' || url?.kind !== Kind.STRING || !url.value.startsWith(FEDERATION_SPEC)) continue;
      for (const directive of FEDERATION_DIRECTIVES) names[directive] = `federation__${directive}`;
      const imports = args.get('import');
      for (const entry of imports?.kind === Kind.LIST ? imports.values : []) {
        const [imported, local] =
          entry.kind === Kind.STRING
            ? [entry.value, entry.value]
            : entry.kind === Kind.OBJECT
              ? [stringField(entry.fields, 'name'), stringField(entry.fields, 'as') ?? stringField(entry.fields, 'name')]
              : [undefined, undefined];
        const directive = FEDERATION_DIRECTIVES.find((d) => `@${d}` === imported);
        if (directive && local) names[directive] = local.replace(/^@/, '');
      }
    }
  }
  return names;
}

function stringField(fields: readonly ConstObjectFieldNode[], name: string): string | undefined {
  const value = fields.find((f) => f.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}
