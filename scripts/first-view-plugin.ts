import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const SCRIPT = readFileSync(new URL('./first-view.js', import.meta.url), 'utf8');
const FILE_NAME = 'first-view.js';

/**
 * Puts scripts/first-view.js first in <head>, before anything paints: as a file of the site (its policy allows
 * scripts from its own origin only, and no inline script), or inline in the single file (which may load nothing).
 */
export function firstViewScript({ inline }: { inline: boolean }): Plugin {
  return {
    name: 'first-view-script',
    apply: 'build',
    transformIndexHtml() {
      return [
        inline
          ? { tag: 'script', children: SCRIPT, injectTo: 'head' as const }
          : { tag: 'script', attrs: { src: `./${FILE_NAME}` }, injectTo: 'head' as const },
      ];
    },
    generateBundle() {
      if (!inline) this.emitFile({ type: 'asset', fileName: FILE_NAME, source: SCRIPT });
    },
  };
}
