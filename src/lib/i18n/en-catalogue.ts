import { mergeCatalogues, type Messages } from './merge';

/** Every English namespace, in one chunk loaded on demand (see loadMessages). */
export const EN: Messages = mergeCatalogues(
  import.meta.glob<{ readonly default: Messages }>('../../locales/en/*.json', { eager: true }),
);
