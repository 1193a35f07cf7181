import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Domain } from '../../lib/domains.ts';
import { subgraphSdl } from '../../lib/schema.ts';

/**
 * One request per Mutation field of a domain, with well-typed placeholder arguments: enough to
 * pass GraphQL validation and reach the resolver, where authorisation is checked first. The
 * same documents run against the gateway and against the subgraph directly.
 */
export interface MutationProbe {
  domain: Domain;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const SCALARS: Record<string, unknown> = {
  ID: 'zzz_0000000000',
  String: 'Probe',
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Date: '2030-01-01',
  DateTime: '2030-01-01T00:00:00.000Z',
  Decimal: '1.00',
  CurrencyCode: 'USD',
};

/** A value of `type`: required input fields only, one item per list. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, placeholder(field.type)]));
  }
  if (isScalarType(type) && type.name in SCALARS) return SCALARS[type.name];
  throw new Error(`no placeholder for ${String(type)}`);
}

function schemaOf(domain: Domain): GraphQLSchema {
  // Federation's directives are left undefined: only the Mutation type and its inputs are read.
  return buildASTSchema(parse(subgraphSdl(domain)), { assumeValidSDL: true });
}

/** Every Mutation field of `domain`, each with its required arguments filled in. */
export function mutationProbes(domain: Domain): MutationProbe[] {
  const mutation = schemaOf(domain).getMutationType();
  return Object.values(mutation?.getFields() ?? {}).map((field) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
    return {
      domain,
      field: field.name,
      query: `mutation Probe${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
      variables: Object.fromEntries(required.map((arg) => [arg.name, placeholder(arg.type)])),
    };
  });
}
