import type { GraphQLFormattedError } from 'graphql';

/**
 * In production an error tells the caller what went wrong with its request, not what the schema
 * contains: graphql-js's "Did you mean …?" suggestions (fields, arguments, types, enum values)
 * are removed, as GraphQL Armor's block-field-suggestions does, and the introspection refusal says
 * only that introspection is disabled. Done on the formatted error rather than with Armor's
 * plugin because its standalone package is an Envelop plugin (Apollo Server cannot run it) and
 * its Apollo form replaces only the field suggestions' quoted form; formatting catches every
 * error every service sends, the gateway's own and those relayed from subgraphs.
 */

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const INTROSPECTION_REFUSED = /^GraphQL introspection is not allowed/;

export const INTROSPECTION_DISABLED = 'Introspection is disabled.';

export function maskForProduction(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (INTROSPECTION_REFUSED.test(formatted.message)) return { ...formatted, message: INTROSPECTION_DISABLED };
  if (!formatted.message.includes('Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
}
