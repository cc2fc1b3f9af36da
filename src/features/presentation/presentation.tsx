import { useEffect, useMemo, useRef, useState } from 'react';
import { DASHBOARD_RENDER, RenderContext, useRenderSettings } from '../../components/render-context';
import { useDashboard } from '../../store/store';
import { ViewOverrideContext } from '../../store/view-override';
import { enterFullscreen, leaveFullscreen, takeFullscreenRequest } from './fullscreen';
import { slideForKey, type Decks } from './slides';

interface Props {
  readonly decks: Decks;
  /** Caption of the filters of a ready-made deck (the reader's own are in the render settings). */
  readonly captionFor: (deck: Decks[keyof Decks]) => string;
}

const SLIDE_FONT = 24;
const SLIDE_ROW = 40;
// Title, caption, source and the navigation bar around the chart, at the slide font size.
const SLIDE_CHROME = 300;

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The deck: one view per slide, in large type, driven by the keys presenters and clickers send. */
export function PresentationView({ decks, captionFor }: Props) {
  const presentation = useDashboard((s) => s.presentation);
  const setPresentation = useDashboard((s) => s.setPresentation);
  const dashboard = useRenderSettings();
  const viewportHeight = useViewportHeight();
  const rootRef = useRef<HTMLDivElement>(null);

  const deck = presentation === null ? null : decks[presentation.deck];
  const count = deck?.slides.length ?? 0;
  const index = presentation === null ? 0 : Math.min(presentation.slide, Math.max(0, count - 1));
  const slide = deck?.slides[index];

  // Only the deck goes fullscreen, so the page under it keeps its scroll position.
  useEffect(() => {
    const root = rootRef.current;
    root?.focus({ preventScroll: true });
    if (root !== null && takeFullscreenRequest()) void enterFullscreen(root);
  }, []);

  // An address asking for slide 99 of 7 shows the last one, and says so.
  useEffect(() => {
    if (presentation !== null && presentation.slide !== index)
      setPresentation({ deck: presentation.deck, slide: index });
  }, [presentation, index, setPresentation]);

  useEffect(() => {
    if (presentation === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        setPresentation(null);
        return;
      }
      const target = event.target;
      // A focused button keeps Space and Enter for itself.
      if (event.key === ' ' && target instanceof HTMLButtonElement) return;
      const next = slideForKey(event.key, event.shiftKey, index, count);
      if (next === null) return;
      event.preventDefault();
      if (next !== index) setPresentation({ deck: presentation.deck, slide: next });
    };
    const onFullscreenChange = () => {
      // Escape in the browser's fullscreen only leaves fullscreen: leave the deck with it.
      if (document.fullscreenElement === null) setPresentation(null);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [presentation, index, count, setPresentation]);

  useEffect(() => () => void leaveFullscreen(), []);

  const settings = useMemo(
    () => ({
      ...DASHBOARD_RENDER,
      theme: dashboard.theme,
      fontSize: SLIDE_FONT,
      rowHeight: SLIDE_ROW,
      slide: true,
      maxChartHeight: Math.max(200, viewportHeight - SLIDE_CHROME),
      filtersCaption: deck === null || deck.override === null ? dashboard.filtersCaption : captionFor(deck),
    }),
    [dashboard.theme, dashboard.filtersCaption, viewportHeight, deck, captionFor],
  );

  if (presentation === null || deck === null || slide === undefined) return null;
  const go = (target: number) => setPresentation({ deck: presentation.deck, slide: target });

  return (
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={`Présentation « ${deck.label} » : diapositive ${index + 1} sur ${count}`}
      tabIndex={-1}
    >
      <div className="slide" aria-live="polite">
        <RenderContext.Provider value={settings}>
          <ViewOverrideContext.Provider value={deck.override}>{slide.render()}</ViewOverrideContext.Provider>
        </RenderContext.Provider>
      </div>
      <div className="slide-bar">
        <p className="slide-filters">{settings.filtersCaption}</p>
        <nav className="slide-nav" aria-label="Navigation dans la présentation">
          <button
            type="button"
            onClick={() => go(Math.max(0, index - 1))}
            disabled={index === 0}
            aria-label="Diapositive précédente"
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
            aria-label="Diapositive suivante"
          >
            →
          </button>
          <button type="button" onClick={() => setPresentation(null)}>
            Quitter (Échap)
          </button>
        </nav>
      </div>
    </div>
  );
}
