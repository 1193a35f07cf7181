import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ERRORS } from './errors.ts';
import { isCurrencyCode, isDecimal } from './money.ts';
import { isIsoDate } from './dates.ts';

/**
 * The custom scalars every subgraph shares. Each is a string on the wire and inside; parsing
 * refuses a malformed value with BAD_USER_INPUT before any resolver runs.
 */
function stringScalar(name: string, description: string, isValid: (value: string) => boolean, expected: string) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !isValid(value)) {
      throw ERRORS.BAD_USER_INPUT.err(`${name} must be ${expected}; got ${JSON.stringify(value)}`);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const scalarResolvers = {
  Date: stringScalar('Date', 'An ISO-8601 calendar date, e.g. 2026-11-23.', isIsoDate, 'an ISO-8601 date (YYYY-MM-DD)'),
  DateTime: stringScalar(
    'DateTime',
    'An ISO-8601 instant, e.g. 2026-11-23T15:45:00.000Z.',
    (value) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
    'an ISO-8601 date-time',
  ),
  Decimal: stringScalar('Decimal', 'A decimal number as a string.', isDecimal, 'a decimal string such as "1234.50"'),
  CurrencyCode: stringScalar('CurrencyCode', 'An ISO 4217 currency code.', isCurrencyCode, 'an ISO 4217 currency code such as "USD"'),
};
