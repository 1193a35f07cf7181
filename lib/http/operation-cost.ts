import {
  getNamedType,
  getNullableType,
  isListType,
  isCompositeType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/**
 * Two measures GraphQL Armor does not give: an estimated cost that multiplies by list sizes, and
 * the number of root fields. Armor's cost limit (graphql-armor-cost-limit) adds a fixed cost per
 * object and scalar and multiplies by depth, never by `first`: `clients(first: 500)` and
 * `clients(first: 1)` cost it the same, which is exactly the case that hurts (20 aliases of a
 * 200-client page with projects and invoices). Both are validation rules that measure and report
 * the figure; operation-limits.ts compares it with the configured maximum.
 *
 * The cost of a field is 1 + the cost of its selections, times how many times it is resolved:
 * - a list field with a `first` or `last` argument: that argument (literal, variable or default);
 * - a paginated field that is not a list (a connection): once, and the lists directly inside it
 *   (`edges`, `nodes`) that many times; `totalCount` and `pageInfo` once;
 * - `_entities(representations:)`: the number of representations (a subgraph knows the list);
 * - any other list (`Client.projects`): `defaultListSize` times;
 * - anything else: once.
 * Fragments count where they are spread, each computed once (a fragment spread twice in another is
 * not re-walked, so a "fragment bomb" costs nothing to measure). Introspection (`__schema`,
 * `__type`) costs 1: tools send deep introspection queries, and they are bounded by the schema.
 * The document has not been validated yet (these rules run first, before Apollo's own), so an
 * unknown field or fragment simply costs 1.
 */

export interface CostOptions {
  /** List size assumed for a list field without `first`/`last` outside a paginated field. */
  defaultListSize: number;
  /** The request's variables, for `first: $n`. */
  variables?: Record<string, unknown> | null;
  /** Called with each operation's estimated cost. */
  onMeasured(cost: number): void;
  /** Called when a multiplier came from a variable: the cost then differs from request to request. */
  onVariableRead?: () => void;
}

const PAGE_ARGUMENTS = ['first', 'last'];

export function costRule(options: CostOptions): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation);
      const variables = { ...defaultsOf(operation), ...(options.variables ?? {}) };
      const fragmentCosts = new Map<string, number>();
      const visiting = new Set<string>();

      /** `page`: the page size when these are the selections of a paginated field (a connection). */
      const selectionCost = (selectionSet: SelectionSetNode, type: GraphQLCompositeType | undefined, page: number | null): number => {
        let total = 0;
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            total += fieldCost(selection, type, page);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
            total += selectionCost(selection.selectionSet, isCompositeType(condition) ? condition : undefined, page);
          } else {
            const name = selection.name.value;
            const key = `${name}:${page}`;
            const known = fragmentCosts.get(key);
            if (known !== undefined) {
              total += known;
              continue;
            }
            const fragment = context.getFragment(name);
            if (!fragment || visiting.has(name)) continue;
            visiting.add(name);
            const condition = schema.getType(fragment.typeCondition.name.value);
            const cost = selectionCost(fragment.selectionSet, isCompositeType(condition) ? condition : undefined, page);
            visiting.delete(name);
            fragmentCosts.set(key, cost);
            total += cost;
          }
        }
        return total;
      };

      const fieldCost = (node: FieldNode, parent: GraphQLCompositeType | undefined, page: number | null): number => {
        const name = node.name.value;
        if (name.startsWith('__')) return 1;
        const field = parent && 'getFields' in parent ? parent.getFields()[name] : undefined;
        const { times, pageSize } = multiplicity(node, field, page, variables, options.defaultListSize, options.onVariableRead);
        const child = field ? getNamedType(field.type) : undefined;
        const children = node.selectionSet ? selectionCost(node.selectionSet, isCompositeType(child) ? child : undefined, pageSize) : 0;
        return times * (1 + children);
      };

      options.onMeasured(root ? selectionCost(operation.selectionSet, root, null) : 0);
    },
  });
}

interface Multiplicity {
  /** How many times the field is resolved. */
  times: number;
  /** Set for a paginated field that is not a list itself: how long the lists directly inside it are. */
  pageSize: number | null;
}

function multiplicity(
  node: FieldNode,
  field: GraphQLField<unknown, unknown> | undefined,
  page: number | null,
  variables: Record<string, unknown>,
  defaultListSize: number,
  onVariableRead: (() => void) | undefined,
): Multiplicity {
  const isList = field ? isListType(getNullableType(field.type)) : false;
  for (const argumentName of PAGE_ARGUMENTS) {
    const given = node.arguments?.find((argument) => argument.name.value === argumentName);
    const declared = field?.args.find((argument) => argument.name === argumentName);
    if (!given && !declared) continue;
    if (given && readsVariable(given.value)) onVariableRead?.();
    const value = given ? valueOf(given.value, variables) : declared?.defaultValue;
    const size = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : defaultListSize;
    return isList ? { times: size, pageSize: null } : { times: 1, pageSize: size };
  }
  if (node.name.value === '_entities') {
    const given = node.arguments?.find((argument) => argument.name.value === 'representations');
    if (given && readsVariable(given.value)) onVariableRead?.();
    const representations = given ? valueOf(given.value, variables) : undefined;
    if (Array.isArray(representations)) return { times: representations.length, pageSize: null };
  }
  if (isList) return { times: page ?? defaultListSize, pageSize: null };
  return { times: 1, pageSize: null };
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  return valueFromASTUntyped(value, variables);
}

function readsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(readsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => readsVariable(field.value));
  return false;
}

function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.defaultValue)
      .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue as ValueNode)]),
  );
}

/** Root fields of an operation, fragments at the root expanded (a fragment spread twice counts twice). */
export function rootFieldsRule(onMeasured: (count: number) => void): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const counted = new Map<string, number>();
      const visiting = new Set<string>();
      const count = (selectionSet: SelectionSetNode): number => {
        let total = 0;
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) total += selection.name.value === '__typename' ? 0 : 1;
          else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet);
          else {
            const name = selection.name.value;
            const fragment = context.getFragment(name);
            if (!fragment || visiting.has(name)) continue;
            if (!counted.has(name)) {
              visiting.add(name);
              counted.set(name, count(fragment.selectionSet));
              visiting.delete(name);
            }
            total += counted.get(name) ?? 0;
          }
        }
        return total;
      };
      onMeasured(count(operation.selectionSet));
    },
  });
}
