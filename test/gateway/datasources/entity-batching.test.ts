import { describe, expect, it } from 'vitest';
import { EntityBatcher, entityFetchBody, type SendRequest } from '../../../gateway/datasources/entity-batching.ts';
import { SubgraphAnswer } from '../../../gateway/datasources/subgraph-http.ts';

/**
 * The batcher alone (gateway/datasources/entity-batching.ts), against a subgraph stand-in that
 * answers on cue: what goes together, what each caller gets back, and what a caller that leaves
 * costs. test/gateway/entity-batching.test.ts runs it through the real gateway and subgraphs.
 */

const QUERY = 'query Q__accounting__1($representations:[_Any!]!){_entities(representations:$representations){...on Client{revenue}}}';

function bodyOf(ids: string[], others: Record<string, unknown> = {}): string {
  return JSON.stringify({ query: QUERY, variables: { ...others, representations: ids.map((id) => ({ __typename: 'Client', id })) } });
}

/** A subgraph that answers each request when told: every entity `{ id }`, with an error on the ones named `bad`. */
function subgraph() {
  const sent: { body: string; signal: AbortSignal; answer: () => void }[] = [];
  const send: SendRequest = (body, signal) =>
    new Promise<SubgraphAnswer>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      const { variables } = JSON.parse(body) as { variables: { representations: { id: string }[] } };
      const entities = variables.representations.map(({ id }) => (id === 'bad' ? null : { id }));
      const errors = variables.representations.flatMap(({ id }, index) =>
        id === 'bad' ? [{ message: `no ${id}`, path: ['_entities', index, 'revenue'] }] : [],
      );
      const answer = () =>
        resolve(
          new SubgraphAnswer(
            'http://accounting',
            200,
            {},
            JSON.stringify({ data: { _entities: entities }, errors: errors.length ? errors : undefined }),
          ),
        );
      sent.push({ body, signal, answer });
    });
  const representationsOf = (index: number) =>
    (JSON.parse(sent[index]?.body ?? '{}') as { variables: { representations: { id: string }[] } }).variables.representations.map(
      ({ id }) => id,
    );
  return { sent, send, representationsOf };
}

function fetchOf(
  batcher: EntityBatcher,
  send: SendRequest,
  ids: string[],
  options: { lane?: string; signal?: AbortSignal; others?: Record<string, unknown>; requestId?: string } = {},
) {
  return batcher.send({
    laneKey: options.lane ?? 'accounting\ntoken-a',
    raw: bodyOf(ids, options.others),
    signal: options.signal ?? new AbortController().signal,
    deadlineAt: performance.now() + 10_000,
    send,
    requestId: options.requestId,
  });
}

async function parsed(answer: Promise<SubgraphAnswer>) {
  return (await (await answer).json()) as { data: { _entities: unknown[] }; errors?: { message: string; path: unknown[] }[] };
}

describe('entity fetches waiting behind one in flight', () => {
  it('go as one fetch, each distinct representation once, and each caller gets its own entities in its own order', async () => {
    const accounting = subgraph();
    const batches: number[] = [];
    const batcher = new EntityBatcher({ onBatch: (callers) => batches.push(callers) });
    const first = fetchOf(batcher, accounting.send, ['a']);
    const waiting = [
      fetchOf(batcher, accounting.send, ['b', 'c']),
      fetchOf(batcher, accounting.send, ['c', 'd']),
      fetchOf(batcher, accounting.send, ['e']),
    ];
    // The first went as it came; the others wait for it.
    expect(accounting.sent).toHaveLength(1);
    expect(accounting.sent[0]?.body).toBe(bodyOf(['a']));
    expect(batcher.waiting).toBe(3);
    accounting.sent[0]?.answer();
    expect((await parsed(first)).data._entities).toEqual([{ id: 'a' }]);
    await until(() => accounting.sent.length === 2);
    expect(accounting.representationsOf(1)).toEqual(['b', 'c', 'd', 'e']);
    expect(batches).toEqual([3]);
    accounting.sent[1]?.answer();
    const answers = await Promise.all(waiting.map(parsed));
    expect(answers.map((answer) => answer.data._entities)).toEqual([[{ id: 'b' }, { id: 'c' }], [{ id: 'c' }, { id: 'd' }], [{ id: 'e' }]]);
    expect(batcher.waiting).toBe(0);
  });

  it('keep each error with the caller whose entity it is, at its index among that caller representations', async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher();
    const first = fetchOf(batcher, accounting.send, ['a']);
    const mine = fetchOf(batcher, accounting.send, ['x', 'bad']);
    const theirs = fetchOf(batcher, accounting.send, ['y']);
    accounting.sent[0]?.answer();
    await first;
    await until(() => accounting.sent.length === 2);
    accounting.sent[1]?.answer();
    const [own, other] = await Promise.all([parsed(mine), parsed(theirs)]);
    expect(own.data._entities).toEqual([{ id: 'x' }, null]);
    expect(own.errors).toEqual([{ message: 'no bad', path: ['_entities', 1, 'revenue'] }]);
    expect(other.data._entities).toEqual([{ id: 'y' }]);
    expect(other.errors).toBeUndefined();
  });

  it('never go with fetches of another token, document or other variables: each kind goes as one, the oldest first', async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher();
    const first = fetchOf(batcher, accounting.send, ['a']);
    const waiting = [
      fetchOf(batcher, accounting.send, ['b'], { lane: 'accounting\ntoken-b' }),
      fetchOf(batcher, accounting.send, ['c'], { others: { months: 24 } }),
      fetchOf(batcher, accounting.send, ['d'], { lane: 'accounting\ntoken-b' }),
      fetchOf(batcher, accounting.send, ['e']),
    ];
    for (let sent = 1; sent <= 3; sent++) {
      accounting.sent[sent - 1]?.answer();
      await until(() => accounting.sent.length === sent + 1);
    }
    expect(accounting.sent.map((_, index) => accounting.representationsOf(index))).toEqual([['a'], ['b', 'd'], ['c'], ['e']]);
    accounting.sent[3]?.answer();
    await Promise.all([first, ...waiting]);
  });

  it("never wait for their own request's other fetches: one request's fetches of a wave go side by side", async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher();
    const own = [
      fetchOf(batcher, accounting.send, ['a'], { requestId: 'r1' }),
      fetchOf(batcher, accounting.send, ['b'], { requestId: 'r1', others: { months: 24 } }),
    ];
    expect(accounting.sent).toHaveLength(2);
    // Another request's fetch waits for room.
    const other = fetchOf(batcher, accounting.send, ['c'], { requestId: 'r2' });
    expect(batcher.waiting).toBe(1);
    for (const request of accounting.sent) request.answer();
    await Promise.all(own);
    await until(() => accounting.sent.length === 3);
    accounting.sent[2]?.answer();
    await other;
  });

  it('let as many go at once as the subgraph takes (maxInFlight)', async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher({ maxInFlight: 2 });
    const fetches = [
      fetchOf(batcher, accounting.send, ['a']),
      fetchOf(batcher, accounting.send, ['b']),
      fetchOf(batcher, accounting.send, ['c']),
    ];
    expect(accounting.sent).toHaveLength(2);
    expect(batcher.waiting).toBe(1);
    for (const request of accounting.sent) request.answer();
    await until(() => accounting.sent.length === 3);
    accounting.sent[2]?.answer();
    await Promise.all(fetches);
  });

  it('leave a caller out once it has gone, and abort the batch only when every caller in it has', async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher();
    const first = fetchOf(batcher, accounting.send, ['a']);
    const gone = new AbortController();
    const leaving = fetchOf(batcher, accounting.send, ['b'], { signal: gone.signal });
    const staying = [new AbortController(), new AbortController()];
    const batch = staying.map((caller, index) => fetchOf(batcher, accounting.send, [`c${index}`], { signal: caller.signal }));
    gone.abort(new Error('client gone'));
    await expect(leaving).rejects.toThrow('client gone');
    expect(batcher.waiting).toBe(2);
    accounting.sent[0]?.answer();
    await first;
    await until(() => accounting.sent.length === 2);
    expect(accounting.representationsOf(1)).toEqual(['c0', 'c1']);
    staying[0]?.abort(new Error('first gone'));
    await expect(batch[0]).rejects.toThrow('first gone');
    expect(accounting.sent[1]?.signal.aborted).toBe(false);
    staying[1]?.abort(new Error('second gone'));
    await expect(batch[1]).rejects.toThrow('second gone');
    expect(accounting.sent[1]?.signal.aborted).toBe(true);
  });

  it('cut a batch at the representation limit, the rest going next', async () => {
    const accounting = subgraph();
    const batcher = new EntityBatcher({ maxRepresentations: 3 });
    const first = fetchOf(batcher, accounting.send, ['a']);
    const waiting = [
      fetchOf(batcher, accounting.send, ['b', 'c']),
      fetchOf(batcher, accounting.send, ['d', 'e']),
      fetchOf(batcher, accounting.send, ['f']),
    ];
    accounting.sent[0]?.answer();
    await first;
    await until(() => accounting.sent.length === 2);
    // b, c and then d, e would be four: the second waits; alone, it is sent as it came.
    expect(accounting.representationsOf(1)).toEqual(['b', 'c']);
    accounting.sent[1]?.answer();
    await until(() => accounting.sent.length === 3);
    expect(accounting.representationsOf(2)).toEqual(['d', 'e', 'f']);
    accounting.sent[2]?.answer();
    expect((await Promise.all(waiting.map(parsed))).map((answer) => answer.data._entities.length)).toEqual([2, 2, 1]);
  });

  it('answer a refusal to every caller in the batch as it came', async () => {
    const batcher = new EntityBatcher();
    const requests: { resolve: (answer: SubgraphAnswer) => void }[] = [];
    const send: SendRequest = () => new Promise<SubgraphAnswer>((resolve) => requests.push({ resolve }));
    const first = fetchOf(batcher, send, ['a']);
    const waiting = [fetchOf(batcher, send, ['b']), fetchOf(batcher, send, ['c'])];
    requests[0]?.resolve(new SubgraphAnswer('http://accounting', 200, {}, '{"data":{"_entities":[null]}}'));
    await first;
    await until(() => requests.length === 2);
    const refusal = new SubgraphAnswer('http://accounting', 503, {}, '{"errors":[{"message":"overloaded"}]}');
    requests[1]?.resolve(refusal);
    expect(await Promise.all(waiting)).toEqual([refusal, refusal]);
  });
});

describe('what is an entity fetch', () => {
  it('is a query of _entities with representations; anything else is sent alone', () => {
    expect(entityFetchBody(bodyOf(['a']))?.variables.representations).toHaveLength(1);
    expect(entityFetchBody(JSON.stringify({ query: 'query($id:ID!){client(id:$id){name}}', variables: { id: 'a' } }))).toBeNull();
    expect(
      entityFetchBody(JSON.stringify({ query: 'mutation{_entities(representations:[]){__typename}}', variables: { representations: [] } })),
    ).toBeNull();
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}
