import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDashboard } from '../../store/store';
import { DEFAULT_DECK } from '../../store/url-state';
import type { DeckSpec } from './deck';
import { requestFullscreenOnOpen } from './fullscreen';
import { openPresenterWindow, presenterHref } from './open-presenter';

/** Picks a deck and opens it fullscreen; focus comes back to the button when the presentation ends. */
export function PresentControls({ decks }: { readonly decks: readonly DeckSpec[] }) {
  const { t } = useI18n();
  const [deck, setDeck] = useState<string>(DEFAULT_DECK);
  const presenting = useDashboard((s) => s.presentation !== null);
  const setPresentation = useDashboard((s) => s.setPresentation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  const scrollBefore = useRef<number | null>(null);

  // Back from the deck: the page where it was, and the focus on the button, without scrolling to it.
  // Leaving fullscreen resizes the window, so the scroll is put back once that is done.
  useEffect(() => {
    if (wasPresenting.current && !presenting) {
      const saved = scrollBefore.current;
      scrollBefore.current = null;
      const restore = () => {
        buttonRef.current?.focus({ preventScroll: true });
        if (saved !== null) window.scrollTo(0, saved);
      };
      restore();
      if (document.fullscreenElement !== null) {
        document.addEventListener(
          'fullscreenchange',
          () => requestAnimationFrame(() => requestAnimationFrame(restore)),
          {
            once: true,
          },
        );
      }
    }
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <div className="present-controls" role="group" aria-label={t('presentation.controls.group')}>
      <label>
        <span className="visually-hidden">{t('presentation.controls.deck')}</span>
        <select value={deck} onChange={(event) => setDeck(event.target.value)}>
          {decks.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button
        ref={buttonRef}
        type="button"
        className="primary"
        onClick={() => {
          scrollBefore.current = window.scrollY;
          requestFullscreenOnOpen();
          setPresentation({ deck, slide: 0 });
        }}
      >
        {t('presentation.controls.present')}
      </button>
      <button
        type="button"
        onClick={() => {
          // The notes open in a window of their own; this one shows the deck, to be moved to the projector.
          openPresenterWindow(
            presenterHref(useDashboard.getState(), { deck, slide: 0 }, window.location.pathname),
          );
          scrollBefore.current = window.scrollY;
          // Browsers may refuse fullscreen once the window has opened: the deck then stays in the window.
          requestFullscreenOnOpen();
          setPresentation({ deck, slide: 0 });
        }}
      >
        {t('presentation.presenterView')}
      </button>
    </div>
  );
}
