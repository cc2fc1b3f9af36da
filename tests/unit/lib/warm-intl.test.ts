import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from '../../../src/lib/warm-intl';

const REAL = {
  NumberFormat: Intl.NumberFormat,
  DateTimeFormat: Intl.DateTimeFormat,
  PluralRules: Intl.PluralRules,
  ListFormat: Intl.ListFormat,
};

afterEach(() => {
  vi.useRealTimers();
  Object.assign(Intl, REAL);
});

/** Intl's formatters as they are, each construction noted in `made` (the formatter's name and locale). */
function watchIntl(made: string[]): void {
  const noted = <C extends new (...args: never[]) => object>(name: string, constructor: C): C =>
    new Proxy(constructor, {
      construct(target, args: never[]) {
        made.push(`${name} ${String(args[0])}`);
        return new target(...args);
      },
    });
  Object.assign(Intl, {
    NumberFormat: noted('NumberFormat', REAL.NumberFormat),
    DateTimeFormat: noted('DateTimeFormat', REAL.DateTimeFormat),
    PluralRules: noted('PluralRules', REAL.PluralRules),
    ListFormat: noted('ListFormat', REAL.ListFormat),
  });
}

/** Runs the task due now, then what it left to do before the next task. */
async function oneTask() {
  vi.advanceTimersByTime(0);
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
}

describe('warmIntl', () => {
  it('asks for the locale’s first formats one per task, none at once', async () => {
    vi.useFakeTimers();
    const made: string[] = [];
    watchIntl(made);
    const warmed = warmIntl('fr-FR');
    expect(made).toEqual([]);
    await oneTask();
    expect(made).toEqual(['NumberFormat fr-FR']);
    await oneTask();
    expect(made).toEqual(['NumberFormat fr-FR', 'DateTimeFormat fr-FR']);
    await vi.runAllTimersAsync();
    await warmed;
    expect(made).toEqual([
      'NumberFormat fr-FR',
      'DateTimeFormat fr-FR',
      'PluralRules fr-FR',
      'ListFormat fr-FR',
    ]);
  });
});
