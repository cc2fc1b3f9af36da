import type { SlideFacts } from './deck';

/** The speaker's text, then what the card says of its figures: its takeaway, caveats and sources. */
export function PresenterNotes({ notes, facts }: { readonly notes: string; readonly facts: SlideFacts }) {
  return (
    // Focusable so that the keyboard scrolls long notes, as the mouse wheel does.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="presenter-notes" aria-labelledby="presenter-notes-title" tabIndex={0}>
      <h2 id="presenter-notes-title">Notes</h2>
      <p className="presenter-say">{notes}</p>
      <h3>À retenir</h3>
      <p>{facts.takeaway ?? 'Chargement des données…'}</p>
      {facts.caveats.length > 0 ? (
        <>
          <h3>Précautions</h3>
          <ul>
            {facts.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      ) : null}
      {facts.sources.length > 0 ? (
        <>
          <h3>{facts.sources.length > 1 ? 'Sources' : 'Source'}</h3>
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
