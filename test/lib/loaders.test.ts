import { describe, expect, it } from 'vitest';
import { loaderById, loaderFamily, loaderGroupedBy, loaderOfValues } from '../../lib/loaders.ts';

/** The DataLoader shapes every store uses: one batch per tick, exactly one result per key. */

interface Row {
  id: string;
  parent: string;
}

/** A fake store query that records each batch it is asked. */
function recording<K, T>(answer: (keys: readonly K[]) => T) {
  const batches: K[][] = [];
  const load = async (keys: readonly K[]) => {
    batches.push([...keys]);
    return answer(keys);
  };
  return { batches, load };
}

describe('loaderById', () => {
  it('answers every key of a tick from one batch, in key order, null for a miss', async () => {
    const store = recording((keys: readonly string[]) =>
      keys
        .filter((key) => key !== 'b')
        .reverse()
        .map((id) => ({ id })),
    );
    const loader = loaderById(store.load);
    const results = await Promise.all(['a', 'b', 'c', 'a'].map((key) => loader.load(key)));
    expect(results).toEqual([{ id: 'a' }, null, { id: 'c' }, { id: 'a' }]);
    expect(store.batches).toEqual([['a', 'b', 'c']]);
  });

  it('rejects every key of a batch that failed, and a later batch can succeed', async () => {
    let fail = true;
    const loader = loaderById(async (keys: readonly string[]) => {
      if (fail) throw new Error('store unreachable');
      return keys.map((id) => ({ id }));
    });
    const failed = await Promise.allSettled([loader.load('a'), loader.load('b')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    loader.clearAll();
    expect(await loader.load('a')).toEqual({ id: 'a' });
  });
});

describe('loaderGroupedBy', () => {
  it('groups rows under their parent in the order the query gave them, [] for a parent with none', async () => {
    const rows: Row[] = [
      { id: '2', parent: 'p1' },
      { id: '1', parent: 'p1' },
      { id: '3', parent: 'p3' },
    ];
    const store = recording((keys: readonly string[]) => rows.filter((row) => keys.includes(row.parent)));
    const loader = loaderGroupedBy(store.load, (row) => row.parent);
    const [p1, p2, p3] = await Promise.all([loader.load('p1'), loader.load('p2'), loader.load('p3')]);
    expect(p1.map((row) => row.id)).toEqual(['2', '1']);
    expect(p2).toEqual([]);
    expect(p3.map((row) => row.id)).toEqual(['3']);
    expect(store.batches).toHaveLength(1);
  });
});

describe('loaderOfValues', () => {
  it('gives the default to keys the query returned nothing for', async () => {
    const loader = loaderOfValues(
      async (keys: readonly string[]) => new Map(keys.filter((key) => key !== 'none').map((key) => [key, key.length])),
      0,
    );
    expect(await loader.loadMany(['abc', 'none', 'z'])).toEqual([3, 0, 1]);
  });
});

describe('loaderFamily', () => {
  it('batches calls with the same arguments together and with other arguments apart', async () => {
    const store = recording((keys: readonly string[]) => new Map(keys.map((key) => [key, key])));
    const months = loaderFamily((count: number) =>
      loaderOfValues(async (keys: readonly string[]) => await store.load([`${count}`, ...keys]), ''),
    );
    await Promise.all([months(12).load('a'), months(12).load('b'), months(3).load('a')]);
    expect(months(12)).toBe(months(12));
    expect(store.batches).toEqual([
      ['12', 'a', 'b'],
      ['3', 'a'],
    ]);
  });
});
