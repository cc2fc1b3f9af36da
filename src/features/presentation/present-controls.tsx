import { useEffect, useRef, useState } from 'react';
import { useDashboard } from '../../store/store';
import { DECK_IDS, type DeckId } from '../../store/url-state';
import { enterFullscreen } from './fullscreen';
import type { Decks } from './slides';

/** Picks a deck and opens it fullscreen; focus comes back to the button when the presentation ends. */
export function PresentControls({ decks }: { readonly decks: Decks }) {
  const [deck, setDeck] = useState<DeckId>('courant');
  const presenting = useDashboard((s) => s.presentation !== null);
  const setPresentation = useDashboard((s) => s.setPresentation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);

  useEffect(() => {
    if (wasPresenting.current && !presenting) buttonRef.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <div className="present-controls" role="group" aria-label="Présentation">
      <label>
        <span className="visually-hidden">Diapositives à présenter</span>
        <select
          value={deck}
          onChange={(event) => setDeck(DECK_IDS.find((id) => id === event.target.value) ?? 'courant')}
        >
          {DECK_IDS.map((id) => (
            <option key={id} value={id}>
              {decks[id].label}
            </option>
          ))}
        </select>
      </label>
      <button
        ref={buttonRef}
        type="button"
        className="primary"
        onClick={() => {
          void enterFullscreen();
          setPresentation({ deck, slide: 0 });
        }}
      >
        Présenter
      </button>
    </div>
  );
}
