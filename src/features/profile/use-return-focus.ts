import { useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null;

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
      const redirected = redirectRef.current?.() ?? null;
      if (redirected !== null) {
        redirected.scrollIntoView({ block: 'start' });
        redirected.focus({ preventScroll: true });
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
