/** Message id -> ICU MessageFormat text, every namespace of one language merged. */
export type Messages = Readonly<Record<string, string>>;

/** The namespace files of one language, as import.meta.glob gives them, in one catalogue. */
export function mergeCatalogues(modules: Readonly<Record<string, { readonly default: Messages }>>): Messages {
  const merged: Record<string, string> = {};
  for (const module of Object.values(modules)) Object.assign(merged, module.default);
  return merged;
}
