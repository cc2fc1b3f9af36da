import type { Lang } from './lang';
import { mergeCatalogues, type Messages } from './merge';

export type { Messages } from './merge';

// French is the page's first language: its catalogue ships with the main code.
const FR: Messages = mergeCatalogues(
  import.meta.glob<{ readonly default: Messages }>('../../locales/fr/*.json', { eager: true }),
);

const loaded = new Map<Lang, Messages>([['fr', FR]]);
const pending = new Map<Lang, Promise<Messages>>();

/** The messages of a language already loaded, or undefined (English until its chunk has arrived). */
export const loadedMessages = (lang: Lang): Messages | undefined => loaded.get(lang);

/** Loads a language's catalogue once: English is a chunk of its own, so a French reader never downloads it. */
export function loadMessages(lang: Lang): Promise<Messages> {
  const known = loaded.get(lang);
  if (known !== undefined) return Promise.resolve(known);
  const running = pending.get(lang) ?? import('./en-catalogue').then(({ EN }) => EN);
  pending.set(lang, running);
  return running.then((messages) => {
    loaded.set(lang, messages);
    return messages;
  });
}
