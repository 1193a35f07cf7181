import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badTextFields } from '../../../lib/http/input-text.ts';

/** Where a NUL or a lone surrogate is found, named by the argument path a caller wrote. */
function find(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return badTextFields(document, operation, variables).map((field) => `${field.path.join('.')}: ${field.message.split(' (')[0]}`);
}

describe('badTextFields', () => {
  it('accepts clean text, astral characters (proper surrogate pairs) included', () => {
    expect(find('query($a: String) { f(a: $a, b: "caf\\u00e9 \\uD83D\\uDE00", c: ["x"]) }', { a: 'emoji 😀 and 中文' })).toEqual([]);
  });

  it('names each bad value by argument path, inline and in variables, through objects and lists', () => {
    expect(
      find('query($v: In, $s: String) { f(a: "x\\u0000", o: { l: ["ok", { t: $s }] }, v: $v) }', {
        v: { deep: [{ text: 'lone \uDC00 low' }], fine: 'ok' },
        s: 'high \uD800',
      }),
    ).toEqual([
      'a: must not contain a NUL character',
      'o.l.1.t: must not contain a lone surrogate',
      'v.deep.0.text: must not contain a lone surrogate',
    ]);
  });

  it('looks in fragments, directive arguments and variable defaults', () => {
    expect(
      find(
        'query($d: String = "d\\u0000") { ...F f(a: $d) @include(if: true) @tag(name: "t\\u0000") } fragment F on Query { g(b: "\\u0000") }',
      ),
    ).toEqual(['a: must not contain a NUL character', 'name: must not contain a NUL character', 'b: must not contain a NUL character']);
  });

  it('ignores variables no argument uses and a default that a given value replaces', () => {
    expect(find('query($d: String = "d\\u0000") { f(a: $d) }', { d: 'fine', unused: '\u0000' })).toEqual([]);
  });
});
