import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

// The message catalogues, src/locales/<lang>/<namespace>.json.
const CATALOGUE = /[\\/]src[\\/]locales[\\/][a-z]{2}[\\/][^\\/]+\.json$/;

/**
 * Parses every ICU message of the catalogues at build time, so that the page receives them as syntax trees and
 * ships without the message parser (about a third of the internationalisation code). A message that does not
 * parse stops the build, naming its file and id.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id.split('?')[0] ?? '')) return null;
      const messages: unknown = JSON.parse(code);
      if (typeof messages !== 'object' || messages === null || Array.isArray(messages))
        throw new Error(`${id}: a catalogue is one object of message id -> ICU message`);
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => {
          if (typeof message !== 'string') throw new Error(`${id}: message ${key} is not text`);
          try {
            return [key, parse(message)];
          } catch (error) {
            throw new Error(`${id}: message ${key} is not valid ICU MessageFormat (${String(error)})`);
          }
        }),
      );
      // A module that parses its JSON: V8 reads a large object from JSON.parse faster than written out as code.
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`,
        moduleType: 'js',
        map: null,
      };
    },
  };
}
