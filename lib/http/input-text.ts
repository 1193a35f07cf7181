import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { ERRORS } from '../errors.ts';
import type { FieldError } from '../validation.ts';

/**
 * Text no store keeps faithfully is refused before anything runs: a NUL character (PostgreSQL
 * rejects it mid-write, as an internal error) and a lone UTF-16 surrogate (stored as U+FFFD, so
 * what is read back differs from what was written). Every string argument is checked, written
 * inline or sent in a variable, however deep in input objects and lists; the answer is one
 * BAD_USER_INPUT listing each failing argument path in `extensions.fields`, as a mutation's
 * validation does. Hand-written because it needs the variables' values, which no validation rule
 * (GraphQL Armor's included) sees.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone surrogate (text that is not valid Unicode)';
  return null;
}

/** Every string argument of the operation (and the fragments it may spread) that no store could keep. */
export function badTextFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): FieldError[] {
  const found: FieldError[] = [];
  const defaults = new Map(operation.variableDefinitions?.map((definition) => [definition.variable.name.value, definition.defaultValue]));
  const checkValue = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const message = problemOf(value);
      if (message) found.push({ path, message });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => checkValue(item, [...path, String(index)]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) checkValue(item, [...path, key]);
    }
  };
  const checkNode = (node: ValueNode, path: string[]): void => {
    switch (node.kind) {
      case Kind.STRING:
        checkValue(node.value, path);
        break;
      case Kind.LIST:
        node.values.forEach((item, index) => checkNode(item, [...path, String(index)]));
        break;
      case Kind.OBJECT:
        for (const field of node.fields) checkNode(field.value, [...path, field.name.value]);
        break;
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (Object.hasOwn(variables, name)) checkValue(variables[name], path);
        else {
          const fallback = defaults.get(name);
          if (fallback) checkNode(fallback, path);
        }
        break;
      }
      default:
        break;
    }
  };
  const definitions = [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)];
  for (const definition of definitions) {
    visit(definition, {
      // Field and directive arguments alike; a field's path is named from its argument.
      Argument(argument) {
        checkNode(argument.value, [argument.name.value]);
        return false;
      },
      // A variable's default is checked where it is used, under the argument's name.
      VariableDefinition: () => false,
    });
  }
  return found;
}

export function refuseUnstorableText<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        // Deliberately not async: the throw happens while Apollo Server is still calling each
        // plugin's didResolveOperation in turn, so the plugins listed after this one (claiming an
        // Idempotency-Key) never start for a refused request.
        didResolveOperation({ document, operation, request }) {
          if (!operation) return Promise.resolve();
          const fields = badTextFields(document, operation, request.variables);
          if (fields.length === 0) return Promise.resolve();
          const summary = fields.map((field) => `${field.path.join('.')}: ${field.message}`).join('; ');
          throw ERRORS.BAD_USER_INPUT.err(`Invalid input: ${summary}`, {
            fields,
            // Refused before execution: a client error, not Apollo Server's default 500 for a request-level failure.
            http: { status: 400 },
          });
        },
      };
    },
  };
}
