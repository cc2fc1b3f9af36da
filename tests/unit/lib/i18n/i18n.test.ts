import { createElement, isValidElement, type ReactNode } from 'react';
import { parse } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../../src/lib/i18n/i18n';
import type { Messages } from '../../../../src/lib/i18n/merge';

// Parsed as the build parses the catalogues (scripts/precompiled-messages-plugin.ts).
const messages = (texts: Record<string, string>): Messages =>
  Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, parse(text)]));

const MESSAGES = messages({
  'x.count': '{count, plural, one {# pôle} other {# pôles}}',
  'x.amount': 'Total : {amount, number}',
  'x.bold': 'Voir <strong>{what}</strong> puis <code>{file}</code>.',
  'x.names': 'Fichiers : {names}',
});

const tag =
  (name: string, key: string) =>
  (chunks: ReactNode[]): ReactNode =>
    createElement(name, { key }, ...chunks);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createI18n', () => {
  it('fills a message in with its language’s plural rules and numbers', () => {
    const fr = createI18n('fr', MESSAGES);
    const en = createI18n('en', MESSAGES);
    expect(fr.t('x.count', { count: 1 })).toBe('1 pôle');
    expect(fr.t('x.count', { count: 1234 })).toBe('1\u202f234 pôles');
    expect(fr.t('x.amount', { amount: 1234.5 })).toBe('Total : 1\u202f234,5');
    expect(en.t('x.amount', { amount: 1234.5 })).toBe('Total : 1,234.5');
  });

  it('reports a missing id once per call and shows the id', () => {
    const onError = vi.fn<(error: Error) => void>();
    const i18n = createI18n('fr', MESSAGES, onError);
    expect(i18n.t('x.absent')).toBe('x.absent');
    expect(i18n.rich('x.absent', {})).toEqual(['x.absent']);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]?.[0].message).toContain('"x.absent"');
  });

  it('reports on the console by default', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(createI18n('en', MESSAGES).t('x.absent')).toBe('x.absent');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('reports a message its arguments cannot fill and shows the id', () => {
    const onError = vi.fn<(error: Error) => void>();
    expect(createI18n('fr', MESSAGES, onError).t('x.count')).toBe('x.count');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].message).toContain('"x.count"');
  });

  it('gives rich text as keyed children: tags wrapped by their function, elements among the arguments', () => {
    const i18n = createI18n('fr', MESSAGES, (error) => {
      throw error;
    });
    const parts = i18n.rich('x.bold', {
      strong: tag('strong', 's'),
      code: tag('code', 'c'),
      what: 'la liste',
      file: 'poles.csv',
    });
    expect(parts.filter((part) => typeof part === 'string')).toEqual(['Voir ', ' puis ', '.']);
    const elements = parts.filter(isValidElement);
    expect(elements.map((element) => element.type)).toEqual(['strong', 'code']);
    expect(elements.map((element) => element.props)).toEqual([
      { children: 'la liste' },
      { children: 'poles.csv' },
    ]);
    expect(new Set(elements.map((element) => element.key)).size).toBe(2);

    const names = [
      createElement('code', { key: 'a' }, 'a.csv'),
      createElement('code', { key: 'b' }, 'b.csv'),
    ];
    const listed = i18n.rich('x.names', { names });
    expect(listed[0]).toBe('Fichiers : ');
    expect(listed).toHaveLength(3);
    for (const part of listed.slice(1)) expect(isValidElement(part) && part.key !== null).toBe(true);
  });
});
