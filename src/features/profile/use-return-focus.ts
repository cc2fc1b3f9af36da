import { useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null;

// A card may still be waiting for its turn to draw (the page draws them one per task): its element is awaited this
// many frames, about two seconds, before the focus stays where it fell back.
const WAIT_FRAMES = 120;

function goTo(element: HTMLElement): void {
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

/** Focuses the target as soon as it is in the page; meanwhile the focus waits on the fallback. */
function focusWhenThere(target: Target, fallback: HTMLElement | null): void {
  const now = target();
  if (now !== null) {
    goTo(now);
    return;
  }
  fallback?.focus({ preventScroll: true });
  let frames = 0;
  const look = (): void => {
    const found = target();
    // The reader has moved on meanwhile: the focus is theirs.
    if (document.activeElement !== fallback && document.activeElement !== document.body) return;
    if (found !== null) goTo(found);
    else if ((frames += 1) < WAIT_FRAMES) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * Remembers, when a dialog opens, the element that had the focus and the page's scroll position; when it closes,
 * puts both back, so that the reader is where they were (or, opened from the address, on the element `fallbackId`).
 * The function returned sends the focus elsewhere on close instead.
 */
export function useReturnFocus(fallbackId: string): (target: Target) => void {
  // Read while rendering, before the dialog takes the focus and the page behind it turns inert.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  const [scrollY] = useState(() => window.scrollY);
  const redirectRef = useRef<Target | null>(null);

  useEffect(
    () => () => {
      const redirect = redirectRef.current;
      if (redirect !== null) {
        focusWhenThere(redirect, document.getElementById(fallbackId));
        return;
      }
      if (window.scrollY !== scrollY) window.scrollTo(0, scrollY);
      const target = opener?.isConnected === true ? opener : document.getElementById(fallbackId);
      target?.focus({ preventScroll: true });
    },
    [opener, scrollY, fallbackId],
  );

  return (target) => {
    redirectRef.current = target;
  };
}
