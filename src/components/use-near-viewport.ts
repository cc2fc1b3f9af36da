import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** How far from the viewport something the page draws only when seen starts to be drawn: about a screen. */
export const NEAR_MARGIN = 800;

/** True when `element` lies within `margin` pixels of the viewport, above or below it. */
export function isNear(element: Element, margin = NEAR_MARGIN): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom >= -margin && box.top <= window.innerHeight + margin;
}

// Once a print is asked for, everything drawn from then on is drawn whole, wherever it is: a card that goes live as
// the page is about to print (a pre-rendered one, see card/adopted-card.tsx) draws its chart at once.
let printAsked = false;
if (typeof window !== 'undefined') window.addEventListener('beforeprint', () => (printAsked = true));

/** Calls `run` when the page is about to print (or takes the print media); returns what stops listening. */
export function onPrint(run: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  const onMedia = (event: MediaQueryListEvent) => {
    if (event.matches) run();
  };
  window.addEventListener('beforeprint', run);
  media?.addEventListener('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', run);
    media?.removeEventListener('change', onMedia);
  };
}

const printing = () =>
  printAsked || (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

/**
 * True once the element comes within `margin` pixels of the viewport, and from then on; at once where
 * IntersectionObserver does not exist (tests), and when the page is printed (a printed page shows everything).
 */
export function useNearViewport<T extends HTMLElement>(margin: number) {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    // Measured before the first paint: what is already on screen draws without a frame of placeholder.
    if (isNear(element, margin) || printing()) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin}px 0px` },
    );
    observer.observe(element);
    // The browser lays out the printed page right after `beforeprint`: the chart must be in it by then.
    const stopPrint = onPrint(() => flushSync(() => setNear(true)));
    return () => {
      observer.disconnect();
      stopPrint();
    };
  }, [near, margin]);
  return { ref, near };
}
