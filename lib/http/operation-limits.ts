import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { RequestHandler } from 'express';
import { validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { LimitsConfig } from '../config.ts';
import { ERRORS } from '../errors.ts';
import { currentRequest } from '../observability/request-scope.ts';
import { costRule, rootFieldsRule } from './operation-cost.ts';

/**
 * Operation limits, checked before Apollo parses, validates, plans or executes anything: the same
 * in the gateway and in every subgraph (lib/http/service.ts), since a subgraph can be called
 * directly. A refusal is OPERATION_TOO_COMPLEX, HTTP 400, with `extensions.limit` (which one),
 * `value` (what the operation has) and `max`.
 *
 * GraphQL Armor counts tokens, depth, aliases and directives. Its rules are used directly rather
 * than through ApolloArmor because ApolloArmor cannot refuse early enough nor in our shape: its
 * token limit throws from a `parsingDidStart` hook, which Apollo Server turns into a 500, and its
 * validation rules run in the same pass as graphql-js's own rules, whose
 * OverlappingFieldsCanBeMerged is quadratic in the number of same-named fields: 10,000 aliases
 * froze the gateway in validation before any limit could answer. Here the document is parsed once
 * with Armor's token-counting parser (it stops at the limit, so a 50,000-alias body costs no more
 * than MAX_TOKENS tokens), then only the limit rules run, each linear in the document. Armor's
 * rules measure (onAccept reports the figure; they are given no maximum of their own) so that the
 * refusal can carry the figure in `extensions` rather than inside a message. Cost and root fields
 * are ours (operation-cost.ts says why).
 */

/** The limits (lib/config.ts LimitsConfig, README § Limits and protection); the response ceiling is response-size.ts's. */
export type OperationLimits = Omit<LimitsConfig, 'maxResponseBytes'>;

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'directives' | 'cost';

export interface LimitExceeded {
  limit: LimitName;
  value: number;
  max: number;
}

const MAXIMUM: Record<LimitName, keyof OperationLimits> = {
  tokens: 'maxTokens',
  depth: 'maxDepth',
  aliases: 'maxAliases',
  rootFields: 'maxRootFields',
  directives: 'maxDirectives',
  cost: 'maxCost',
};

/** Armor measures only: no operation reaches this many. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** Every figure but tokens, which the parser counts. */
type Measured = Record<Exclude<LimitName, 'tokens'>, number>;

/** What one document measures. */
interface Measurement {
  measured: Measured;
  /** A multiplier came from a variable (`first: $n`, `_entities(representations: $r)`): the cost is per request. */
  costReadsVariables: boolean;
}

/** A document as the token-counting parser left it: parsed, too long, or not GraphQL (Apollo's to refuse). */
type Parsed = { document: DocumentNode } | { tooManyTokens: true } | { unparsable: true };

/**
 * The first limit `source` exceeds, or null. Null too for a document that does not parse: Apollo
 * answers that one with GRAPHQL_PARSE_FAILED as always.
 */
export function exceededLimit(
  source: string,
  variables: Record<string, unknown> | null | undefined,
  schema: GraphQLSchema,
  limits: OperationLimits,
): LimitExceeded | null {
  const parsed = parseCounting(source, limits);
  if ('tooManyTokens' in parsed) return tokensExceeded(limits);
  if ('unparsable' in parsed) return null;
  return exceededInDocument(parsed.document, variables, schema, limits);
}

/** The first limit a parsed document exceeds (tokens aside), or null. */
export function exceededInDocument(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  schema: GraphQLSchema,
  limits: OperationLimits,
): LimitExceeded | null {
  return verdict(measure(document, variables, schema, limits).measured, limits);
}

/**
 * The same verdicts, remembered: a document's figures do not change between requests, except a
 * cost that reads variables, measured again alone. Parsing and walking every document twice a
 * request (here, and again once Apollo has resolved it) was a tenth of the gateway's CPU on the
 * headline query. Sources are remembered up to a size (an LRU: a stream of distinct documents
 * costs what it did before); documents as long as Apollo keeps them (a WeakMap).
 */
class RememberedMeasurements {
  private readonly parsed = new LRUCache<string, Parsed>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (_value, source) => source.length + 1,
  });
  private readonly measurements = new WeakMap<DocumentNode, Measurement>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
  ) {}

  bySource(source: string, variables: Record<string, unknown> | null | undefined): LimitExceeded | null {
    let parsed = this.parsed.get(source);
    if (!parsed) this.parsed.set(source, (parsed = parseCounting(source, this.limits)));
    if ('tooManyTokens' in parsed) return tokensExceeded(this.limits);
    if ('unparsable' in parsed) return null;
    return this.byDocument(parsed.document, variables);
  }

  byDocument(document: DocumentNode, variables: Record<string, unknown> | null | undefined): LimitExceeded | null {
    let measurement = this.measurements.get(document);
    if (!measurement) {
      measurement = measure(document, variables, this.schema, this.limits);
      this.measurements.set(document, measurement);
      return verdict(measurement.measured, this.limits);
    }
    if (!measurement.costReadsVariables) return verdict(measurement.measured, this.limits);
    return verdict({ ...measurement.measured, cost: costOf(document, variables, this.schema, this.limits) }, this.limits);
  }
}

function parseCounting(source: string, limits: OperationLimits): Parsed {
  // Set by the parser's callback (a closure TypeScript cannot follow, hence an object).
  const rejected = { tokens: false };
  try {
    const parser = new MaxTokensParserWLexer(source, {
      n: limits.maxTokens,
      noLocation: true,
      onReject: [() => (rejected.tokens = true)],
    });
    return { document: parser.parseDocument() };
  } catch {
    // The parser stopped at the first token past the limit: that is all it knows of the document.
    return rejected.tokens ? { tooManyTokens: true } : { unparsable: true };
  }
}

function tokensExceeded(limits: OperationLimits): LimitExceeded {
  return { limit: 'tokens', value: limits.maxTokens + 1, max: limits.maxTokens };
}

function measure(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  schema: GraphQLSchema,
  limits: OperationLimits,
): Measurement {
  const measured: Measured = { depth: 0, aliases: 0, rootFields: 0, directives: 0, cost: 0 };
  let costReadsVariables = false;
  const record = (limit: keyof Measured) => (value: number) => {
    measured[limit] = Math.max(measured[limit], value);
  };
  const armor = (limit: keyof Measured) => ({
    n: UNBOUNDED,
    onAccept: [(_context: unknown, details: { n: number }) => record(limit)(details.n)],
  });
  validate(schema, document, [
    maxDepthRule({ ...armor('depth'), flattenFragments: true }),
    maxAliasesRule(armor('aliases')),
    maxDirectivesRule(armor('directives')),
    rootFieldsRule(record('rootFields')),
    costRule({
      defaultListSize: limits.defaultListSize,
      variables,
      onMeasured: record('cost'),
      onVariableRead: () => (costReadsVariables = true),
    }),
  ]);
  return { measured, costReadsVariables };
}

function costOf(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  schema: GraphQLSchema,
  limits: OperationLimits,
) {
  let cost = 0;
  validate(schema, document, [
    costRule({ defaultListSize: limits.defaultListSize, variables, onMeasured: (value) => (cost = Math.max(cost, value)) }),
  ]);
  return cost;
}

function verdict(measured: Measured, limits: OperationLimits): LimitExceeded | null {
  for (const limit of ['depth', 'aliases', 'rootFields', 'directives', 'cost'] as const) {
    const max = limits[MAXIMUM[limit]];
    if (measured[limit] > max) return { limit, value: measured[limit], max };
  }
  return null;
}

const DESCRIPTION: Record<LimitName, string> = {
  tokens: 'The document has more than {max} tokens',
  depth: 'The operation is {value} fields deep; at most {max} are allowed',
  aliases: 'The operation has {value} aliases; at most {max} are allowed',
  rootFields: 'The operation has {value} root fields; at most {max} are allowed',
  directives: 'The operation has {value} directives; at most {max} are allowed',
  cost: 'The operation’s estimated cost is {value} (list sizes multiplied); at most {max} is allowed',
};

export function operationTooComplex({ limit, value, max }: LimitExceeded) {
  const message = DESCRIPTION[limit].replace('{value}', String(value)).replace('{max}', String(max));
  return ERRORS.OPERATION_TOO_COMPLEX.err(`${message}. Nothing was run.`, { limit, value, max });
}

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
}

/** What a request asks to run: a POST body (one operation, or a batch Apollo will refuse) or a GET query string. */
function requestedOperations(body: unknown, query: unknown): GraphQLBody[] {
  if (Array.isArray(body)) return body as GraphQLBody[];
  if (body && typeof body === 'object' && 'query' in body) return [body];
  if (query && typeof query === 'object' && 'query' in query) {
    const { query: source, variables } = query as { query: unknown; variables?: unknown };
    let parsed: unknown = undefined;
    try {
      parsed = typeof variables === 'string' ? JSON.parse(variables) : undefined;
    } catch {
      // Apollo refuses malformed variables itself.
    }
    return [{ query: source, variables: parsed }];
  }
  return [];
}

/**
 * The limits as express middleware in front of Apollo (after the body is parsed) and the Apollo
 * plugin that hands it the schema once it is loaded (the gateway's API schema, or the subgraph's).
 * Refused before Apollo sees the request, so nothing is parsed twice, planned or run; the refusal
 * is logged and counted like any answer.
 */
export function operationLimits(limits: OperationLimits): { check: RequestHandler; plugin: ApolloServerPlugin } {
  let remembered: RememberedMeasurements | null = null;
  const plugin: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          remembered = new RememberedMeasurements(apiSchema, limits);
        },
      };
    },
    async requestDidStart() {
      return {
        // Every operation is measured again once it is resolved: one sent by a persisted query's
        // hash or a trusted document's id never reached `check` as text, and its cost depends on
        // this request's variables (`first: $n`). A walk of a document already bounded by tokens.
        // Not async, and placed before the other plugins (lib/http/service.ts): Apollo starts every
        // plugin's didResolveOperation at once, and a synchronous throw here stops the ones after
        // it (the Idempotency-Key's claim) from starting for a request that is refused.
        didResolveOperation({ request, document, schema: apiSchema }) {
          const exceeded = remembered
            ? remembered.byDocument(document, request.variables)
            : exceededInDocument(document, request.variables, apiSchema, limits);
          if (exceeded) throw operationTooComplex(exceeded);
          return Promise.resolve();
        },
      };
    },
  };
  const check: RequestHandler = (req, res, next) => {
    if (!remembered) {
      next();
      return;
    }
    for (const { query, variables } of requestedOperations(req.body, req.query)) {
      if (typeof query !== 'string') continue;
      const vars = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : null;
      const exceeded = remembered.bySource(query, vars);
      if (!exceeded) continue;
      const refusal = operationTooComplex(exceeded);
      const { http: _http, ...extensions } = refusal.extensions;
      currentRequest()?.errorCodes.push(ERRORS.OPERATION_TOO_COMPLEX.code);
      res.status(ERRORS.OPERATION_TOO_COMPLEX.httpStatus ?? 400).json({ errors: [{ message: refusal.message, extensions }] });
      return;
    }
    next();
  };
  return { check, plugin };
}
