import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { LanguageProvider } from './language-provider';
import { PacedDrawing } from './components/card/draw-pace';
import { preloadCharts, preloadChartsOnFirstInput } from './components/charts/lazy-charts';
import { useDashboard } from './store/store';
import { whenDrawn } from './takeover';
import {
  adoptFirstView,
  chartsToDrawNow,
  FINGERPRINT_ATTRIBUTE,
  offerFirstView,
} from './components/card/first-view-adoption';
import { fetchDrawings } from './components/card/fetched-drawings';
import { readFirstViewInput, replayFirstViewInput } from './first-view-replay';
import { delay } from './lib/next-task';

// Past this, the live page replaces the pre-rendered one even if some chart is not drawn yet.
const PATIENCE_MS = 8000;
// Past this, the live page draws without waiting for the charts' code any longer.
const CHARTS_PATIENCE_MS = 2000;

const app = (
  <StrictMode>
    <LanguageProvider>
      <PacedDrawing>
        <App />
      </PacedDrawing>
    </LanguageProvider>
  </StrictMode>
);

/**
 * Draws the live page in `container` once the language's messages (`catalogue`) are in, and the charts' code when the
 * first render draws a chart (`charted`, once it is known), and marks the page drawn (for the pre-rendering and the
 * tests) once it is.
 */
async function start(
  container: HTMLElement,
  catalogue: Promise<unknown>,
  charted: Promise<boolean>,
  swap: () => (() => void) | undefined,
): Promise<void> {
  const html = document.documentElement;
  // The charts on screen draw in the first render, each card in a task of its own. Their code is asked for as the live
  // page starts, and the first render waits for it, 2 s at most: a chart drawn before its code had come would show its
  // placeholder, and React would then reveal every waiting chart in one long task. A chunk that fails to load fails its
  // charts alone (their cards' error boundaries). Where the first screen shows no chart, or only charts drawn for its
  // width (a laptop's, a phone's, a wider screen's the build drew for), the pre-rendered cards stand for the live ones,
  // and the code loads at the reader's first input.
  const asked = performance.now();
  // Handled here too, so that a catalogue that fails while the drawings are fetched is not reported unhandled: it
  // fails the start below as before.
  catalogue.catch(() => undefined);
  if (await charted) {
    const charts = preloadCharts().catch((error: unknown) => console.warn(error));
    // One patience for the drawings fetched and the charts' code together.
    const patience = Math.max(0, CHARTS_PATIENCE_MS - (performance.now() - asked));
    await Promise.all([catalogue, Promise.race([charts, delay(patience)])]);
  } else {
    preloadChartsOnFirstInput();
    await catalogue;
  }
  const live = createRoot(container);
  // A transition lets the browser paint and answer input between parts of this first render.
  startTransition(() => live.render(app));
  await whenDrawn(container, useDashboard, PATIENCE_MS);
  const replay = swap();
  html.classList.remove('first-view-pending');
  // Once the live page is the one shown, it does what the reader did on the pre-rendered one meanwhile.
  replay?.();
  html.dataset.drawn = '';
}

/** Draws the live page: over the pre-rendered first view, which it then replaces, or in its place. */
export function boot(catalogue: Promise<unknown>): void {
  const html = document.documentElement;
  const root = document.getElementById('root');
  if (root === null) return;
  const showsFirstView =
    root.hasAttribute('data-first-view') && !html.classList.contains('first-view-hidden');
  for (const line of document.querySelectorAll('.first-view-wait')) line.remove();
  if (showsFirstView) {
    // The build's pre-rendered first view stays on screen while the live page draws, hidden, exactly over it; the
    // live page then takes its place, with the same layout.
    const container = document.createElement('div');
    container.className = 'takeover';
    root.after(container);
    // Its cards far from the viewport will stand for the live ones (src/components/card/first-view-adoption.ts).
    offerFirstView(
      root,
      root.querySelector(`[${FINGERPRINT_ATTRIBUTE}]`)?.getAttribute(FINGERPRINT_ATTRIBUTE) ?? null,
    );
    // The charts near the viewport drawn for other columns than the reader's get drawings made for theirs, fetched,
    // before the live page takes the cards over; those still without draw live, and need the chart code at once when
    // they are on screen.
    const drawings = fetchDrawings(root, CHARTS_PATIENCE_MS).catch(() => false);
    void start(
      container,
      catalogue,
      drawings.then((all) => !all && chartsToDrawNow(root)),
      () => {
        // What the reader did is read on the pre-rendered page whole, before its far cards move into the live one.
        const input = readFirstViewInput(root, container, document.activeElement);
        adoptFirstView(root, container);
        root.remove();
        container.removeAttribute('class');
        container.id = 'root';
        return () => replayFirstViewInput(input);
      },
    );
  } else {
    // No pre-render (development), or one this address must not show: the live page draws in its place.
    root.replaceChildren();
    root.removeAttribute('data-first-view');
    html.classList.remove('first-view-hidden');
    void start(root, catalogue, Promise.resolve(true), () => undefined);
  }
}
