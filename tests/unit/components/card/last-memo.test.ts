import { describe, expect, it, vi } from 'vitest';
import { lastMemo, sameKey } from '../../../../src/components/card/last-memo';

describe('sameKey', () => {
  it('holds when every value is the same, compared with Object.is', () => {
    const filters = { themes: ['energie'] };
    expect(sameKey([filters, '2013', NaN], [filters, '2013', NaN])).toBe(true);
    expect(sameKey([], [])).toBe(true);
  });

  it('fails on a value that is equal but another object, on another value, or on another length', () => {
    expect(sameKey([{ themes: ['energie'] }], [{ themes: ['energie'] }])).toBe(false);
    expect(sameKey([true], [false])).toBe(false);
    expect(sameKey([0], [-0])).toBe(false);
    expect(sameKey(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('lastMemo', () => {
  it('computes once for a key, again when the key changes, and forgets older keys', () => {
    const memo = lastMemo<string>();
    const compute = vi.fn(() => `value ${compute.mock.calls.length}`);
    const filters = { themes: [] };

    expect(memo([filters, 'centre'], compute)).toBe('value 1');
    expect(memo([filters, 'centre'], compute)).toBe('value 1');
    expect(compute).toHaveBeenCalledTimes(1);

    expect(memo([filters, 'all'], compute)).toBe('value 2');
    expect(memo([filters, 'centre'], compute)).toBe('value 3');
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing when the computation throws, so that the next call tries again', () => {
    const memo = lastMemo<number>();
    expect(() =>
      memo(['k'], () => {
        throw new Error('données incohérentes');
      }),
    ).toThrow('données incohérentes');
    expect(memo(['k'], () => 42)).toBe(42);
  });

  it('keeps one cache per memo', () => {
    const first = lastMemo<string>();
    const second = lastMemo<string>();
    first(['k'], () => 'first');
    expect(second(['k'], () => 'second')).toBe('second');
  });
});
