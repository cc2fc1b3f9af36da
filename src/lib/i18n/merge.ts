import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Message id -> ICU message, parsed at build time (scripts/precompiled-messages-plugin.ts); every namespace merged. */
export type Messages = Record<string, MessageFormatElement[]>;

/** The namespace files of one language, as import.meta.glob gives them, in one catalogue. */
export function mergeCatalogues(modules: Readonly<Record<string, { readonly default: Messages }>>): Messages {
  const merged: Messages = {};
  for (const module of Object.values(modules)) Object.assign(merged, module.default);
  return merged;
}
