import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';

/**
 * A composed supergraph as the data inventory reads it: the `join__*` directives composition
 * writes say which subgraph defines each type, keys it, and resolves each field.
 */
export interface SupergraphModel {
  /** Subgraph names in the order of the join__Graph enum. */
  graphs: string[];
  /** Object types, in schema order, without the join/link machinery. */
  types: Map<string, SupergraphType>;
}

export interface SupergraphType {
  name: string;
  /** The subgraphs that define the type (join__type), in directive order. */
  graphs: string[];
  /** Subgraphs that declare a resolvable @key → the key's top-level fields. */
  keys: Map<string, string[]>;
  fields: SupergraphField[];
}

export interface SupergraphField {
  name: string;
  /** As written: `[Contact!]!`. */
  type: string;
  /** The named type, lists and non-null removed. */
  namedType: string;
  description: string | null;
  /** Subgraphs that resolve it (not `@external` there), each with the fields its `@requires` names. */
  resolvers: { graph: string; requires: string[] }[];
}

/** A subgraph a supergraph names (its join__Graph enum): the name, and the URL composition wrote for it. */
export interface SupergraphGraph {
  name: string;
  /** Null when composition was given none. */
  url: string | null;
}

const MACHINERY = /^(join__|link__)/;

/** The subgraphs a supergraph names, in the order of its join__Graph enum. */
export function supergraphGraphs(supergraphSdl: string): SupergraphGraph[] {
  return [...joinGraphs(parse(supergraphSdl)).values()];
}

/** join__Graph enum value (`CRM`) → the subgraph it stands for. */
function joinGraphs(document: DocumentNode): Map<string, SupergraphGraph> {
  const graphs = new Map<string, SupergraphGraph>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = stringArg(directive, 'name');
      if (name) graphs.set(value.name.value, { name, url: stringArg(directive, 'url') });
    }
  }
  return graphs;
}

export function readSupergraph(supergraphSdl: string): SupergraphModel {
  const document = parse(supergraphSdl);
  const graphNames = new Map([...joinGraphs(document)].map(([value, graph]) => [value, graph.name]));
  const graphOf = (directive: ConstDirectiveNode) => {
    const value = argument(directive, 'graph');
    return value?.kind === Kind.ENUM ? (graphNames.get(value.value) ?? value.value) : null;
  };
  const model: SupergraphModel = { graphs: [...graphNames.values()], types: new Map() };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || MACHINERY.test(definition.name.value)) continue;
    const type: SupergraphType = { name: definition.name.value, graphs: [], keys: new Map(), fields: [] };
    for (const directive of definition.directives ?? []) {
      const graph = directive.name.value === 'join__type' ? graphOf(directive) : null;
      if (!graph) continue;
      if (!type.graphs.includes(graph)) type.graphs.push(graph);
      const key = stringArg(directive, 'key');
      const resolvable = argument(directive, 'resolvable');
      if (key !== null && !(resolvable?.kind === Kind.BOOLEAN && !resolvable.value) && !type.keys.has(graph))
        type.keys.set(graph, selectionFields(key));
    }
    type.fields = (definition.fields ?? []).map((field) => readField(field, type.graphs, graphOf));
    model.types.set(type.name, type);
  }
  return model;
}

/** The top-level fields of a field set: `overdue { amount } deliveryHealth` → overdue, deliveryHealth. */
export function selectionFields(fieldSet: string): string[] {
  const operation = parse(`{ ${fieldSet} }`).definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

function readField(
  field: FieldDefinitionNode,
  typeGraphs: readonly string[],
  graphOf: (d: ConstDirectiveNode) => string | null,
): SupergraphField {
  const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
  // Without join__field, every subgraph that defines the type resolves the field (composition's rule).
  const resolvers = joins.length
    ? joins.flatMap((join) => {
        const graph = graphOf(join);
        // `@external` there, or its copy overridden (`@override`) by another subgraph: not a resolver.
        if (!graph || isTrue(argument(join, 'external')) || isTrue(argument(join, 'usedOverridden'))) return [];
        const requires = stringArg(join, 'requires');
        return [{ graph, requires: requires === null ? [] : selectionFields(requires) }];
      })
    : typeGraphs.map((graph) => ({ graph, requires: [] }));
  return {
    name: field.name.value,
    type: print(field.type),
    namedType: namedType(field.type),
    description: field.description?.value ?? null,
    resolvers,
  };
}

function argument(directive: ConstDirectiveNode | undefined, name: string): ConstValueNode | undefined {
  return directive?.arguments?.find((a) => a.name.value === name)?.value;
}

function isTrue(value: ConstValueNode | undefined): boolean {
  return value?.kind === Kind.BOOLEAN && value.value;
}

function stringArg(directive: ConstDirectiveNode | undefined, name: string): string | null {
  const value = argument(directive, name);
  return value?.kind === Kind.STRING ? value.value : null;
}

/** The named type under lists and non-null: `[Contact!]!` → Contact. */
export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
