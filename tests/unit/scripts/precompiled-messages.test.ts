import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { precompiledMessages } from '../../../scripts/precompiled-messages-plugin';

const CATALOGUE = '/project/src/locales/fr/card.json';

function transform(plugin: Plugin, code: string, id: string): unknown {
  const hook = plugin.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (handler === undefined) throw new Error('the plugin has no transform hook');
  // The hook uses no plugin context.
  return Reflect.apply(handler, {}, [code, id]);
}

/** The module's code, when the hook gave one. */
function codeOf(result: unknown): string {
  if (typeof result !== 'object' || result === null || !('code' in result) || typeof result.code !== 'string')
    throw new Error('the hook gave no code');
  return result.code;
}

/** What the module `export default JSON.parse("…");` exports: the string written in it, parsed. */
function defaultExport(code: string): unknown {
  const literal = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\);$/.exec(code)?.[1];
  if (literal === undefined) throw new Error(`not a JSON.parse module: ${code.slice(0, 80)}`);
  const json: unknown = JSON.parse(literal);
  if (typeof json !== 'string') throw new Error('JSON.parse is given no string');
  return JSON.parse(json);
}

describe('precompiledMessages', () => {
  it('turns a catalogue into a module whose default export is each message parsed, read with JSON.parse', () => {
    const messages = {
      'card.count': '{count, plural, one {# pôle} other {# pôles}}',
      'card.title': 'Adhérents « {name} »',
    };
    const result = transform(precompiledMessages(), JSON.stringify(messages), CATALOGUE);
    expect(result).toMatchObject({ moduleType: 'js' });
    expect(defaultExport(codeOf(result))).toEqual({
      'card.count': parse(messages['card.count']),
      'card.title': parse(messages['card.title']),
    });
  });

  it('leaves other JSON alone, and stops the build on a message that does not parse, naming it', () => {
    expect(transform(precompiledMessages(), '{"a":1}', '/project/package.json')).toBeNull();
    expect(() => transform(precompiledMessages(), '{"card.bad":"{count, plural,"}', CATALOGUE)).toThrow(
      /card\.json: message card\.bad is not valid ICU MessageFormat/,
    );
  });
});
