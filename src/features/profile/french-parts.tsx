import { Fragment } from 'react';
import { useI18n } from '../../components/i18n-context';

/** `text` split around each occurrence of the `parts` (longest first): the parts at odd positions. */
export function splitAround(text: string, parts: readonly string[]): string[] {
  const found = [...new Set(parts)].filter((part) => part !== '').sort((a, b) => b.length - a.length);
  if (found.length === 0) return [text];
  const escaped = found.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.split(new RegExp(`(${escaped.join('|')})`));
}

/**
 * A text in the reader's language holding French data (a source's title within its citation): in a page in another
 * language, each French part is marked `lang="fr"`, so that a screen reader reads it in French.
 */
export function FrenchParts({ text, parts }: { readonly text: string; readonly parts: readonly string[] }) {
  const { lang } = useI18n();
  if (lang === 'fr') return text;
  return splitAround(text, parts).map((piece, index) =>
    index % 2 === 1 ? (
      <span key={index} lang="fr">
        {piece}
      </span>
    ) : (
      <Fragment key={index}>{piece}</Fragment>
    ),
  );
}
