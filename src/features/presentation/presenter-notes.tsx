import { useI18n } from '../../components/i18n-context';
import type { SlideFacts } from './deck';

/** The speaker's text, then what the card says of its figures: its takeaway, caveats and sources. */
export function PresenterNotes({ notes, facts }: { readonly notes: string; readonly facts: SlideFacts }) {
  const { t } = useI18n();
  return (
    // Focusable so that the keyboard scrolls long notes, as the mouse wheel does.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="presenter-notes" aria-labelledby="presenter-notes-title" tabIndex={0}>
      <h2 id="presenter-notes-title">{t('presentation.notes.title')}</h2>
      <p className="presenter-say">{notes}</p>
      <h3>{t('presentation.notes.takeaway')}</h3>
      <p>{facts.takeaway ?? t('presentation.notes.loading')}</p>
      {facts.caveats.length > 0 ? (
        <>
          <h3>{t('presentation.notes.caveats')}</h3>
          <ul>
            {facts.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      ) : null}
      {facts.sources.length > 0 ? (
        <>
          <h3>{t('presentation.notes.sources', { count: facts.sources.length })}</h3>
          <ul>
            {facts.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
