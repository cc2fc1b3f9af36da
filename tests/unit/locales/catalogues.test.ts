import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/lib/i18n/lang';

const LOCALES = 'src/locales';

/** Each namespace file of a language: `src/locales/<lang>/<namespace>.json`. */
function catalogue(lang: string): Map<string, Record<string, unknown>> {
  const files = readdirSync(join(LOCALES, lang)).filter((name) => name.endsWith('.json'));
  return new Map(
    files.map((name) => {
      const parsed: unknown = JSON.parse(readFileSync(join(LOCALES, lang, name), 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error(`${LOCALES}/${lang}/${name} is not an object of messages`);
      return [name.replace(/\.json$/, ''), Object.fromEntries(Object.entries(parsed))];
    }),
  );
}

const CATALOGUES = new Map(LANGS.map((lang) => [lang, catalogue(lang)]));
const french = CATALOGUES.get('fr') ?? new Map<string, Record<string, unknown>>();
const NAMESPACES = [...french.keys()].sort();

/** Every id of a language, all namespaces merged. */
const idsOf = (lang: Lang): string[] =>
  [...(CATALOGUES.get(lang)?.values() ?? [])].flatMap((messages) => Object.keys(messages)).sort();

/** The arguments of an ICU message and how each is used (`count:plural`, `name:argument`, `tag:tag`). */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`${element.value}:argument`);
        break;
      case TYPE.number:
        found.add(`${element.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:date`);
        break;
      case TYPE.plural:
        found.add(`${element.value}:${element.pluralType ?? 'cardinal'}`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.select:
        found.add(`${element.value}:select`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        found.add(`${element.value}:tag`);
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

const messageOf = (lang: Lang, id: string): string => {
  for (const messages of CATALOGUES.get(lang)?.values() ?? []) {
    const message = messages[id];
    if (typeof message === 'string') return message;
  }
  throw new Error(`${lang}: no message ${id}`);
};

/** Every file of src/ (code only) with its text. */
function sources(dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name)
      ? [{ path: relative('.', path), text: readFileSync(path, 'utf8') }]
      : [];
  });
}

describe('message catalogues', () => {
  it('have the same namespace files in every language', () => {
    for (const lang of LANGS) expect([...(CATALOGUES.get(lang)?.keys() ?? [])].sort()).toEqual(NAMESPACES);
  });

  it('prefix every id with its namespace (the file it lives in), and hold only text', () => {
    for (const [lang, namespaces] of CATALOGUES)
      for (const [namespace, messages] of namespaces)
        for (const [id, message] of Object.entries(messages)) {
          expect(id.startsWith(`${namespace}.`), `${lang}/${namespace}.json: ${id}`).toBe(true);
          expect(typeof message, `${lang} ${id}`).toBe('string');
        }
  });

  it('have the same ids in both languages: none missing in French nor in English', () => {
    const fr = idsOf('fr');
    for (const lang of LANGS) {
      const ids = idsOf(lang);
      expect(
        fr.filter((id) => !ids.includes(id)),
        `missing in ${lang}`,
      ).toEqual([]);
      expect(
        ids.filter((id) => !fr.includes(id)),
        `in ${lang} but not in French`,
      ).toEqual([]);
    }
  });

  it('parse as ICU MessageFormat and take the same arguments, used the same way, in both languages', () => {
    for (const id of idsOf('fr')) {
      const expected = [...argumentsOf(parse(messageOf('fr', id)))].sort();
      for (const lang of LANGS)
        expect([...argumentsOf(parse(messageOf(lang, id)))].sort(), `${lang} ${id}`).toEqual(expected);
    }
  });

  it('leave no empty message, and English keeps French typography out (no narrow space before : ; ! ?)', () => {
    for (const id of idsOf('en')) {
      expect(messageOf('en', id).trim(), id).not.toBe('');
      expect(messageOf('en', id), id).not.toMatch(/[\u00a0\u202f][:;!?]/);
      expect(messageOf('fr', id).trim(), id).not.toBe('');
    }
  });

  it('know every message id that src/ names (a quoted `<namespace>.<key>`)', () => {
    const known = new Set(idsOf('fr'));
    const literal = new RegExp(`['"\`]((?:${NAMESPACES.join('|')})\\.[A-Za-z0-9.-]+)['"\`]`, 'g');
    const unknown = sources().flatMap(({ path, text }) =>
      [...text.matchAll(literal)]
        .map((match) => match[1] ?? '')
        .filter((id) => !known.has(id))
        .map((id) => `${path}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
