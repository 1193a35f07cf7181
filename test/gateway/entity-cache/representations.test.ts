import { describe, expect, it } from 'vitest';
import { mergeEntities, missesOf, remapError, storableEntities } from '../../../gateway/entity-cache/representations.ts';

/** Splitting an `_entities` fetch into cached answers and misses, and putting the subgraph's answers back in place. */

const reps = ['a', 'b', 'c', 'd'].map((id) => ({ __typename: 'Client', id }));

describe('an entity fetch answered partly from the cache', () => {
  it('sends only the misses, in order, and merges their answers back where they were asked', () => {
    const found = [{ id: 'a' }, undefined, { id: 'c' }, undefined];
    const misses = missesOf(reps, found);
    expect(misses).toEqual({ positions: [1, 3], representations: [reps[1], reps[3]] });
    const merged = mergeEntities(found, misses, { data: { _entities: [{ id: 'b' }, { id: 'd' }] } });
    expect(merged.data?._entities).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
    expect(merged.errors).toBeUndefined();
  });

  it('moves error paths to the positions of the planned fetch, and leaves other errors alone', () => {
    const found = [{ id: 'a' }, undefined, { id: 'c' }, undefined];
    const misses = missesOf(reps, found);
    const merged = mergeEntities(found, misses, {
      data: { _entities: [null, { id: 'd', revenue: null }] },
      errors: [
        { message: 'gone', path: ['_entities', 0] },
        { message: 'forbidden', path: ['_entities', 1, 'revenue'] },
        { message: 'whole fetch' },
      ],
    });
    expect(merged.data?._entities).toEqual([{ id: 'a' }, null, { id: 'c' }, { id: 'd', revenue: null }]);
    expect(merged.errors?.map((error) => error.path)).toEqual([['_entities', 1], ['_entities', 3, 'revenue'], undefined]);
    expect(remapError({ message: 'x', path: ['client', 0] }, [5])).toEqual({ message: 'x', path: ['client', 0] });
  });

  it('gives nulls for the misses when the subgraph answered no data', () => {
    const found = [{ id: 'a' }, undefined];
    const merged = mergeEntities(found, missesOf(reps.slice(0, 2), found), { data: null, errors: [{ message: 'down' }] });
    expect(merged.data?._entities).toEqual([{ id: 'a' }, null]);
  });

  it('keeps only entities that came back whole: no null, no error naming them, none at all after an error naming no entity', () => {
    expect(storableEntities({ data: { _entities: [{ id: 'a' }, null, { id: 'c' }] } }, 3)).toEqual([true, false, true]);
    expect(
      storableEntities(
        { data: { _entities: [{ id: 'a' }, { id: 'b' }] }, errors: [{ message: 'x', path: ['_entities', 1, 'salary'] }] },
        2,
      ),
    ).toEqual([true, false]);
    expect(storableEntities({ data: { _entities: [{ id: 'a' }, { id: 'b' }] }, errors: [{ message: 'x' }] }, 2)).toEqual([false, false]);
  });
});
