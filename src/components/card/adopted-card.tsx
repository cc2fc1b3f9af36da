import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { ADOPTED_EVENT } from './first-view-adoption';

// The live card is drawn when the pre-rendered one comes within about a screen of the viewport.
const NEAR_MARGIN = 800;
export const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What the reader was doing in the pre-rendered card when the live one took its place. */
export interface Handover {
  /** The control's place among the card's focusable elements, and what it says. */
  readonly index: number;
  readonly signature: string;
  readonly click: boolean;
}

/** Tag and accessible text of a control: the live control must say the same to receive the reader's action. */
export const signatureOf = (element: Element): string =>
  `${element.tagName}|${element.getAttribute('aria-label') ?? element.textContent}`;

interface Props {
  readonly id: string;
  /** Draws the live card instead, handing over the reader's focus or click when there is one. */
  readonly onLive: (handover: Handover | null) => void;
}

/** The place of a pre-rendered card in the live page (see first-view-adoption.ts), until its live card is drawn. */
export function AdoptedCard({ id, onLive }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const place = ref.current;
    if (place === null) return;
    let observer: IntersectionObserver | null = null;
    const watch = () => {
      const card = place.firstElementChild;
      if (card === null || typeof IntersectionObserver === 'undefined') {
        onLive(null);
        return;
      }
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) onLive(null);
        },
        { rootMargin: `${NEAR_MARGIN}px 0px` },
      );
      observer.observe(card);
    };
    if (place.firstElementChild === null) window.addEventListener(ADOPTED_EVENT, watch, { once: true });
    else watch();
    // A control of the pre-rendered card does nothing: reached by the keyboard or clicked, the live card takes over.
    const handOver = (event: Event) => {
      const card = place.firstElementChild;
      if (card === null) return;
      if (event.type === 'click') event.preventDefault();
      const control = event.target instanceof Element ? event.target.closest(FOCUSABLE) : null;
      const given =
        control === null
          ? null
          : {
              index: [...card.querySelectorAll(FOCUSABLE)].indexOf(control),
              signature: signatureOf(control),
              click: event.type === 'click',
            };
      flushSync(() => onLive(given));
    };
    // A printed page shows every card live.
    const print = () => flushSync(() => onLive(null));
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (event: MediaQueryListEvent) => {
      if (event.matches) print();
    };
    place.addEventListener('focusin', handOver);
    place.addEventListener('click', handOver);
    window.addEventListener('beforeprint', print);
    media?.addEventListener('change', onMedia);
    return () => {
      observer?.disconnect();
      window.removeEventListener(ADOPTED_EVENT, watch);
      place.removeEventListener('focusin', handOver);
      place.removeEventListener('click', handOver);
      window.removeEventListener('beforeprint', print);
      media?.removeEventListener('change', onMedia);
    };
  }, [onLive]);
  return <div ref={ref} className="adopted-card" data-adopt={id} />;
}
