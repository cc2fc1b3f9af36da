import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../components/i18n-context';
import { slideFrame, type CardFrame } from '../../components/card/card-frame';
import { applyViewAction, type CardView, type ViewAction } from '../../model/view';
import { useDashboard } from '../../store/store';
import type { DeckSpec, SlideRef } from './deck';
import { deckById } from './decks';
import { enterFullscreen, leaveFullscreen, takeFullscreenRequest } from './fullscreen';
import { openPresenterWindow, presenterHref } from './open-presenter';
import { syncNotice } from './sync-notice';
import { useDeckKeys } from './use-deck-keys';
import { useDeckSync } from './use-deck-sync';

export type RenderSlide = (
  slide: SlideRef,
  view: CardView,
  frame: CardFrame,
  onAction: (action: ViewAction) => void,
) => ReactNode;

interface Props {
  readonly decks: readonly DeckSpec[];
  /** The reader's view, shown by the deck of the current view. */
  readonly readerView: CardView;
  readonly onReaderAction: (action: ViewAction) => void;
  readonly captionFor: (view: CardView) => string;
  readonly renderSlide: RenderSlide;
}

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/**
 * The deck: one view per slide, in large type. The deck of the current view follows (and changes) the reader's
 * filters; a ready-made deck has its own: a bar click filters that deck and leaves the reader's filters alone.
 */
export function PresentationView({ decks, readerView, onReaderAction, captionFor, renderSlide }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const presentation = useDashboard((s) => s.presentation);
  const setPresentation = useDashboard((s) => s.setPresentation);
  const theme = useDashboard((s) => s.resolvedTheme);
  const viewportHeight = useViewportHeight();
  const rootRef = useRef<HTMLDivElement>(null);
  const deck = deckById(presentation?.deck ?? '', decks);
  const [deckView, setDeckView] = useState<{ readonly id: string; readonly view: CardView | null }>({
    id: deck.id,
    view: deck.view,
  });
  // Another deck starts from its own view again.
  const ownView = deckView.id === deck.id ? deckView.view : deck.view;
  const view = ownView ?? readerView;
  const onAction = useCallback(
    (action: ViewAction) => {
      if (ownView === null) onReaderAction(action);
      else setDeckView({ id: deck.id, view: applyViewAction(ownView, action) });
    },
    [ownView, onReaderAction, deck.id],
  );

  const count = deck.slides.length;
  const index = Math.min(presentation?.slide ?? 0, Math.max(0, count - 1));
  const slide = deck.slides[index];
  const go = useCallback(
    (target: number) => setPresentation({ deck: deck.id, slide: target }),
    [deck.id, setPresentation],
  );
  const leave = useCallback(() => setPresentation(null), [setPresentation]);
  useDeckKeys(index, count, go, leave);
  const status = useDeckSync({ deck: deck.id, slide: index, count }, go);
  const notice = syncNotice(status, window.location.protocol === 'file:', false, i18n);
  const openPresenter = () =>
    openPresenterWindow(
      presenterHref(useDashboard.getState(), { deck: deck.id, slide: index }, window.location.pathname),
    );

  // Only the deck goes fullscreen, so the page under it keeps its scroll position.
  useEffect(() => {
    const root = rootRef.current;
    root?.focus({ preventScroll: true });
    if (root !== null && takeFullscreenRequest()) void enterFullscreen(root);
    return () => void leaveFullscreen();
  }, []);

  // An address asking for slide 99 of 7 (or an unknown deck) shows what exists, and says so in the address.
  useEffect(() => {
    if (presentation !== null && (presentation.slide !== index || presentation.deck !== deck.id))
      setPresentation({ deck: deck.id, slide: index });
  }, [presentation, index, deck.id, setPresentation]);

  const caption = captionFor(view);
  const imported = useDashboard((s) => s.imported !== null);
  const frame = useMemo(
    () => slideFrame(theme, () => caption, viewportHeight, imported),
    [theme, caption, viewportHeight, imported],
  );
  if (presentation === null || slide === undefined) return null;

  return (
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.dialog', { deck: deck.label, number: index + 1, count })}
      tabIndex={-1}
    >
      <div className="slide" aria-live="polite">
        {renderSlide(slide, view, frame, onAction)}
      </div>
      <div className="slide-bar">
        <p className="slide-filters">{caption}</p>
        {notice === null ? null : (
          <p className="slide-sync" role="status">
            {notice}
          </p>
        )}
        <nav className="slide-nav" aria-label={t('presentation.nav')}>
          <button
            type="button"
            onClick={() => go(Math.max(0, index - 1))}
            disabled={index === 0}
            aria-label={t('presentation.previous')}
          >
            ←
          </button>
          <span className="slide-count">
            {index + 1} / {count}
          </span>
          <button
            type="button"
            onClick={() => go(Math.min(count - 1, index + 1))}
            disabled={index === count - 1}
            aria-label={t('presentation.next')}
          >
            →
          </button>
          <button type="button" onClick={openPresenter}>
            {t('presentation.presenterView')}
          </button>
          <button type="button" onClick={leave}>
            {t('presentation.leave')}
          </button>
        </nav>
      </div>
    </div>
  );
}
