import { execute, parse } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../../lib/errors.ts';
import { guardResolvers, SLICE_MS } from '../../../lib/http/resolver-guard.ts';
import { loaderById } from '../../../lib/loaders.ts';
import { runInRequest, type RequestScope } from '../../../lib/observability/request-scope.ts';

/**
 * The guard every subgraph's resolvers run behind: an abandoned query stops with its coded
 * error, a list whose items stop half-way leaves no unhandled rejection behind (which would end
 * the process), a mutation's fields are never stopped, and a list whose resolvers wait for an
 * event-loop turn half-way still loads in one batch.
 */

interface Node {
  n: number;
}

function schemaCountingCalls(onCall: (calls: number) => void) {
  let calls = 0;
  const schema = makeExecutableSchema({
    typeDefs: 'type Query { root: Node! } type Mutation { write: Node! } type Node { n: Int! children: [Node!]! }',
    resolvers: {
      Query: { root: () => ({ n: 0 }) },
      Mutation: { write: () => ({ n: 0 }) },
      Node: {
        children: (node: Node) => {
          calls += 1;
          onCall(calls);
          return Array.from({ length: 4 }, (_, index) => ({ n: node.n * 4 + index }));
        },
      },
    },
  });
  guardResolvers(schema);
  return { schema, calls: () => calls };
}

function scopeWith(signal: AbortSignal): RequestScope {
  return { requestId: 'test', signal, errorCodes: [], operation: null } as unknown as RequestScope;
}

const DEEP = '{ root { children { children { children { children { children { children { n } } } } } } } }';

describe('guardResolvers', () => {
  it('stops a query once its signal is aborted, with the abandonment error and no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const controller = new AbortController();
      const { schema, calls } = schemaCountingCalls((count) => {
        if (count === 50) controller.abort(ERRORS.DEADLINE_EXCEEDED.err('deadline passed'));
      });
      const result = await runInRequest(scopeWith(controller.signal), () => execute({ schema, document: parse(DEEP) }));
      expect(result.errors?.[0]?.extensions.code).toBe('DEADLINE_EXCEEDED');
      // 1 + 4 + … + 4^5 = 1365 calls without the guard.
      expect(calls()).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('runs a query to the end while its signal is not aborted', async () => {
    const { schema, calls } = schemaCountingCalls(() => {});
    const result = await runInRequest(scopeWith(new AbortController().signal), () => execute({ schema, document: parse(DEEP) }));
    expect(result.errors).toBeUndefined();
    expect(calls()).toBe(1365);
  });

  it('never stops a mutation between its fields', async () => {
    const controller = new AbortController();
    controller.abort(ERRORS.DEADLINE_EXCEEDED.err('deadline passed'));
    const { schema } = schemaCountingCalls(() => {});
    const result = await runInRequest(scopeWith(controller.signal), () =>
      execute({ schema, document: parse('mutation { write { children { n } } }') }),
    );
    expect(result.errors).toBeUndefined();
  });

  it('gives the event loop a turn past a slice, and the loads of a list still form one batch', async () => {
    const batches: string[][] = [];
    const rows = loaderById(async (ids) => {
      batches.push([...ids]);
      return ids.map((id) => ({ id }));
    });
    const sawTurn: boolean[] = [];
    let turned = false;
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { items: [Item!]! } type Item { id: ID! row: Row } type Row { id: ID! }',
      resolvers: {
        Query: { items: () => Array.from({ length: 20 }, (_, index) => ({ id: String(index) })) },
        Item: {
          row: (item: { id: string }) => {
            // The fourth item's resolver outlasts the slice: those after it wait for a turn.
            if (item.id === '3') for (const until = performance.now() + SLICE_MS + 10; performance.now() < until;);
            sawTurn.push(turned);
            return rows.load(item.id);
          },
        },
      },
    });
    guardResolvers(schema);
    // A turn the guard may still have pending from an earlier test passes first; then `turned`
    // becomes true at the first turn after this query starts.
    await new Promise((resolve) => setImmediate(resolve));
    setImmediate(() => (turned = true));
    const result = await runInRequest(scopeWith(new AbortController().signal), () =>
      execute({ schema, document: parse('{ items { id row { id } } }') }),
    );
    expect(result.errors).toBeUndefined();
    expect(sawTurn.at(-1)).toBe(true);
    expect(batches).toEqual([Array.from({ length: 20 }, (_, index) => String(index))]);
  });
});
