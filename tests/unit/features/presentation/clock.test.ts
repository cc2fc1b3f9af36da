import { describe, expect, it } from 'vitest';
import { elapsedInWords, formatElapsed } from '../../../../src/features/presentation/clock';

describe('formatElapsed', () => {
  it('writes minutes and seconds on two digits each', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(1000)).toBe('00:01');
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(59 * 60_000 + 59_999)).toBe('59:59');
  });

  it('keeps counting minutes past an hour', () => {
    expect(formatElapsed(75 * 60_000 + 3000)).toBe('75:03');
  });

  it('never shows a negative time (a clock set back)', () => {
    expect(formatElapsed(-5000)).toBe('00:00');
  });
});

describe('elapsedInWords', () => {
  it('says the time for a screen reader, singular and plural', () => {
    expect(elapsedInWords(1000)).toBe('1 seconde');
    expect(elapsedInWords(42_000)).toBe('42 secondes');
    expect(elapsedInWords(61_000)).toBe('1 minute 1 seconde');
    expect(elapsedInWords(185_000)).toBe('3 minutes 5 secondes');
  });
});
