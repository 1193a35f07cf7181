import { readFileSync } from 'node:fs';
import { buildSchema, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../lib/config.ts';
import { exceededLimit } from '../../../lib/http/operation-limits.ts';
import * as generated from '../../__generated__/graphql.ts';

/**
 * The default limits pass every operation the product documents or tests use: every typed test
 * document, the headline query and every GraphQL example in the README. The hostile ones are
 * refused over HTTP in test/e2e/limits.test.ts.
 */

const schema = buildSchema(readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'));
const limits = loadConfig({}).limits;

const documents: [string, string][] = [
  ...Object.entries(generated)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, document]): [string, string] => [name, print(document as DocumentNode)]),
  ['ClientOverview.graphql', readFileSync(new URL('../../../lib/operations/ClientOverview.graphql', import.meta.url), 'utf8')],
  ...[...readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (match, index): [string, string] => [`README example ${index + 1}`, match[1] ?? ''],
  ),
];

describe('the default operation limits', () => {
  it('cover enough documents to mean something', () => {
    expect(documents.length).toBeGreaterThan(100);
  });

  it.each(documents)('pass %s', (_name, source) => {
    expect(exceededLimit(source, {}, schema, limits)).toBeNull();
  });

  it('count `first` in the cost, from a literal, a variable or the schema default', () => {
    const page = (first: string) => `query ($n: Int) { clients(${first}) { edges { node { id name } } } }`;
    const cost = (source: string, variables: Record<string, unknown> = {}) =>
      exceededLimit(source, variables, schema, { ...limits, maxCost: 0 })?.value;
    expect(cost(page('first: 500'))).toBe(1 + 500 * (1 + 1 + 2));
    expect(cost(page('first: $n'), { n: 100 })).toBe(1 + 100 * 4);
    expect(cost(page('status: ACTIVE'))).toBe(1 + 50 * 4);
  });

  it('stop parsing at the token limit', () => {
    const huge = `{ ${'a: __typename '.repeat(100_000)} }`;
    expect(exceededLimit(huge, {}, schema, limits)).toEqual({ limit: 'tokens', value: limits.maxTokens + 1, max: limits.maxTokens });
  });
});
