import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it, onTestFinished } from 'vitest';
import { messageFormat } from '../../../../src/lib/i18n/message-format';

const MESSAGES = [
  '{count, plural, one {# pôle} other {# pôles}}',
  'Total : {amount, number} € ({share, number, percent})',
  '{count, selectordinal, one {#er} other {#e}} pôle',
  'Labellisé le {day, date, long}',
];
const VALUES = { count: 2, amount: 4_950_000.5, share: 0.48, day: Date.UTC(2014, 0, 7) };

describe('messageFormat', () => {
  it('writes every message as FormatJS writes it alone, in French and in English', () => {
    for (const locale of ['fr-FR', 'en-GB'])
      for (const text of MESSAGES)
        expect(messageFormat(parse(text), locale).format(VALUES)).toBe(
          new IntlMessageFormat(parse(text), locale).format(VALUES),
        );
    expect(messageFormat(parse(MESSAGES[1] ?? ''), 'fr-FR').format(VALUES)).toBe(
      'Total : 4\u202f950\u202f000,5 € (48\u00a0%)',
    );
    expect(messageFormat(parse(MESSAGES[0] ?? ''), 'en-GB').format({ count: 1 })).toBe('1 pôle');
  });

  it('reports the locale it was given', () => {
    expect(messageFormat(parse('x'), 'en-GB').resolvedOptions().locale).toBe('en-GB');
    expect(messageFormat(parse('x'), 'fr-FR').resolvedOptions().locale).toBe('fr-FR');
  });

  it('builds each Intl formatter once for all messages of a language, and one per language', () => {
    const Original = Intl.PluralRules;
    let made = 0;
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...args);
        made += 1;
      }
    }
    Object.defineProperty(Intl, 'PluralRules', { value: Counted, configurable: true, writable: true });
    onTestFinished(() => {
      Object.defineProperty(Intl, 'PluralRules', { value: Original, configurable: true, writable: true });
    });
    for (let index = 0; index < 20; index += 1)
      messageFormat(parse(`{count, plural, one {# a${index}} other {# b${index}}}`), 'fr-CA').format({
        count: index,
      });
    expect(made).toBe(1);
    messageFormat(parse('{count, plural, one {#} other {#}}'), 'de-DE').format({ count: 3 });
    expect(made).toBe(2);
  });
});
