import { describe, expect, it } from 'vitest';
import { nextSlideIndex, slideForKey } from '../../../../src/features/presentation/slides';

const COUNT = 5;
const next = (key: string, current: number, shiftKey = false) => slideForKey(key, shiftKey, current, COUNT);

describe('slideForKey', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('goes forward with « %s »', (key) => {
    expect(next(key, 2)).toBe(3);
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('goes back with « %s »', (key) => {
    expect(next(key, 2)).toBe(1);
  });

  it('goes back with Shift+Space', () => {
    expect(next(' ', 2, true)).toBe(1);
  });

  it('goes to the first slide with Home and to the last with End', () => {
    expect(next('Home', 3)).toBe(0);
    expect(next('End', 1)).toBe(4);
  });

  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('stays on the last slide with « %s »', (key) => {
    expect(next(key, 4)).toBe(4);
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('stays on the first slide with « %s »', (key) => {
    expect(next(key, 0)).toBe(0);
  });

  it('stays on the first slide with Shift+Space', () => {
    expect(next(' ', 0, true)).toBe(0);
  });

  it('ignores Shift for the other keys', () => {
    expect(next('ArrowRight', 2, true)).toBe(3);
    expect(next('ArrowLeft', 2, true)).toBe(1);
  });

  it('leaves a key that is not for the deck to others', () => {
    for (const key of ['Enter', 'Escape', 'a', 'Tab', 'F5']) expect(next(key, 2)).toBeNull();
  });
});

describe('nextSlideIndex', () => {
  it('gives the slide after this one', () => {
    expect(nextSlideIndex(0, COUNT)).toBe(1);
    expect(nextSlideIndex(3, COUNT)).toBe(4);
  });

  it('gives none on the last slide, nor in an empty deck', () => {
    expect(nextSlideIndex(4, COUNT)).toBeNull();
    expect(nextSlideIndex(0, 0)).toBeNull();
  });
});
