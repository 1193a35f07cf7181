import { describe, expect, it } from 'vitest';
import { effectiveCeilingBytes, fullCollection, heapUsedBytes, MemoryCeiling } from '../../../lib/http/memory-ceiling.ts';

const MB = 1024 * 1024;

describe('MemoryCeiling', () => {
  it('reports crossing the ceiling once each way and runs onExceeded at every sample above it', () => {
    let heap = 100 * MB;
    const changes: boolean[] = [];
    let exceeded = 0;
    const ceiling = new MemoryCeiling({
      ceilingBytes: 200 * MB,
      heapUsed: () => heap,
      onExceeded: () => (exceeded += 1),
      onChange: (over) => changes.push(over),
      collect: null,
    });
    expect(ceiling.sample()).toBe(false);
    heap = 300 * MB;
    expect(ceiling.sample()).toBe(true);
    expect(ceiling.sample()).toBe(true);
    expect(ceiling.exceeded).toBe(true);
    heap = 150 * MB;
    expect(ceiling.sample()).toBe(false);
    expect(ceiling.exceeded).toBe(false);
    expect(changes).toEqual([true, false]);
    expect(exceeded).toBe(2);
  });

  it('samples once in pollEvery calls of poll', () => {
    let samples = 0;
    const ceiling = new MemoryCeiling({
      ceilingBytes: MB,
      heapUsed: () => {
        samples += 1;
        return 0;
      },
      onExceeded: () => {},
      pollEvery: 10,
      collect: null,
    });
    for (let call = 0; call < 35; call += 1) ceiling.poll();
    expect(samples).toBe(3);
  });

  it('samples at start and keeps no timer after stop', () => {
    let samples = 0;
    const ceiling = new MemoryCeiling({ ceilingBytes: MB, heapUsed: () => (samples += 1), onExceeded: () => {}, collect: null });
    ceiling.start();
    ceiling.stop();
    expect(samples).toBe(1);
  });

  it('collects garbage before a sample above the ceiling counts', () => {
    let heap = 300 * MB;
    let collections = 0;
    const ceiling = new MemoryCeiling({
      ceilingBytes: 200 * MB,
      heapUsed: () => heap,
      onExceeded: () => {},
      collect: () => {
        collections += 1;
        heap = 100 * MB;
      },
      collectEveryMs: 0,
    });
    expect(ceiling.sample()).toBe(false);
    expect(collections).toBe(1);
  });

  it('finds V8’s full collection, which frees garbage the heap still counts', () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    let garbage: unknown[] | null = Array.from({ length: 200_000 }, (_, index) => ({ index, text: `row ${index}` }));
    expect(garbage).toHaveLength(200_000);
    const before = heapUsedBytes();
    garbage = null;
    collect?.();
    expect(heapUsedBytes()).toBeLessThan(before);
    expect(garbage).toBeNull();
  });
});

describe('effectiveCeilingBytes', () => {
  it('is the configured ceiling, or four fifths of V8’s heap limit when that is lower', () => {
    expect(effectiveCeilingBytes(1024, 4096 * MB)).toBe(1024 * MB);
    expect(effectiveCeilingBytes(1024, 1000 * MB)).toBe(800 * MB);
  });
});
