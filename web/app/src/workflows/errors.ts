import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { systemName } from '../components/systems.ts';

/**
 * What a refused write looks like to a form: the messages the owner gave for the fields it shows
 * (by argument path, `input.amount`), and one plain refusal for the rest (a stale version, a
 * missing scope, an illegal transition, an unreachable domain), with the registry's code.
 */
export interface WorkflowErrors {
  fields: Record<string, string>;
  refusal: Refusal | null;
}

export interface Refusal {
  code: string;
  message: string;
}

export const NO_ERRORS: WorkflowErrors = { fields: {}, refusal: null };

interface FieldError {
  path: string[];
  message: string;
}

/** The errors of a GraphQL answer, wherever the client put them. */
function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A body that is not application/graphql-response+json with a 4xx status arrives as a ServerError.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return body.errors ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The failing paths of one error: `extensions.fields` from the owner's validation (lib/validation.ts);
 * a value the GraphQL layer refused before any resolver ran (a malformed Decimal or Date) names
 * its variable path only in the message, `… at "input.amount"; …`, and our variables are named
 * as the arguments they fill.
 */
function fieldErrorsOf(error: GraphQLFormattedError): FieldError[] {
  const fields = error.extensions?.fields;
  if (Array.isArray(fields)) return fields as FieldError[];
  const coerced = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"; (.*)$/s.exec(error.message);
  if (coerced?.[2] && coerced[3]) return [{ path: coerced[2].split('.'), message: coerced[3] }];
  const whole = /^Variable "\$(\w+)" got invalid value [^;]*; (.*)$/s.exec(error.message);
  if (whole?.[1] && whole[2]) return [{ path: [whole[1]], message: whole[2] }];
  return [];
}

/** The name people know a domain by ("Projects"), from the `subgraph` an error names. */
function domainName(subgraph: unknown): string {
  return typeof subgraph === 'string' ? systemName(subgraph) : 'A system';
}

/** Words for the codes a person can act on; the owner's message follows them. */
function explain(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  switch (code) {
    case 'CONFLICT':
      return `Someone changed this since it was loaded; the page now shows the current version. Check it and submit again. (${error.message})`;
    case 'FORBIDDEN':
      return `Your sign-in may not do this. ${error.message}`;
    case 'SUBGRAPH_UNAVAILABLE':
    case 'GATEWAY_TIMEOUT':
      return `${domainName(error.extensions?.subgraph)} is unavailable; nothing was written. Try again later.`;
    default:
      return error.message;
  }
}

/** Splits a refused write into messages next to `shownFields` and one refusal for the rest. */
export function workflowErrors(error: unknown, shownFields: readonly string[]): WorkflowErrors {
  const errors = graphQLErrorsOf(error);
  if (!errors) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      fields: {},
      refusal: { code: 'NETWORK', message: `The answer did not arrive (${message}); reload to see whether it was written.` },
    };
  }
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  let code: string | null = null;
  for (const graphQLError of errors) {
    const failing = graphQLError.extensions?.code === 'BAD_USER_INPUT' ? fieldErrorsOf(graphQLError) : [];
    const placed = failing.filter((field) => shownFields.includes(field.path.join('.')));
    for (const field of placed) fields[field.path.join('.')] ??= field.message;
    if (failing.length > 0 && placed.length === failing.length) continue;
    code ??= typeof graphQLError.extensions?.code === 'string' ? graphQLError.extensions.code : 'ERROR';
    unplaced.push(explain(graphQLError));
  }
  return { fields, refusal: code ? { code, message: unplaced.join(' ') } : null };
}
