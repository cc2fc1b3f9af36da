import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../../src/lib/lazy-map';

interface Item {
  readonly id: string;
  readonly n: number;
}

const ITEMS: readonly Item[] = [
  { id: 'b', n: 1 },
  { id: 'a', n: 2 },
  { id: 'b', n: 3 },
  { id: 'c', n: 4 },
];
const eager = new Map(ITEMS.map((item) => [item.id, item.n * 10]));

describe('LazyMap', () => {
  it('reads as the Map of the same keys and values: first order, last value of a repeated key', () => {
    const lazy = new LazyMap(
      ITEMS,
      (item) => item.id,
      (item) => item.n * 10,
    );
    expect([...lazy]).toEqual([...eager]);
    expect([...lazy.keys()]).toEqual([...eager.keys()]);
    expect([...lazy.values()]).toEqual([...eager.values()]);
    expect(lazy.size).toBe(eager.size);
    expect(lazy.get('b')).toBe(30);
    expect(lazy.get('z')).toBeUndefined();
    expect(lazy.has('a')).toBe(true);
    expect(lazy.has('z')).toBe(false);
    const seen: [string, number][] = [];
    lazy.forEach((value, key, map) => {
      seen.push([key, value]);
      expect(map).toBe(lazy);
    });
    expect(seen).toEqual([...eager]);
  });

  it('makes a value when it is first read, once', () => {
    const made: string[] = [];
    const lazy = new LazyMap(
      ITEMS,
      (item) => item.id,
      (item) => {
        made.push(item.id);
        return { n: item.n };
      },
    );
    expect(made).toEqual([]);
    expect(lazy.get('c')).toBe(lazy.get('c'));
    expect(made).toEqual(['c']);
    expect(lazy.has('a')).toBe(true);
    expect(made).toEqual(['c']);
  });
});
