import type { Lang } from './lang';
import { mergeCatalogues, type Messages } from './merge';

export type { Messages } from './merge';

// French is the page's first language: its catalogue ships with the main code, except the namespaces that only
// views loaded on demand use (the profile, the accessibility statement), whose French comes with them.
const FR: Messages = mergeCatalogues(
  import.meta.glob<{ readonly default: Messages }>(
    ['../../locales/fr/*.json', '!../../locales/fr/profile.json', '!../../locales/fr/accessibility.json'],
    { eager: true },
  ),
);
const FR_LATER = import.meta.glob<{ readonly default: Messages }>([
  '../../locales/fr/profile.json',
  '../../locales/fr/accessibility.json',
]);

/** A French namespace that loads with the view that uses it (English has them all in its chunk). */
export type LaterNamespace = 'profile' | 'accessibility';

/** Adds a later namespace to the French catalogue, which the French `I18n` reads from: call before its view draws. */
export async function loadFrenchNamespace(namespace: LaterNamespace): Promise<void> {
  const load = FR_LATER[`../../locales/fr/${namespace}.json`];
  if (load === undefined) throw new Error(`No French catalogue for ${namespace}`);
  Object.assign(FR, (await load()).default);
}

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
