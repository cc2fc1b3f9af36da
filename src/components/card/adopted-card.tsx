import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { CONTROLS } from '../../lib/control-match';
import { NEAR_MARGIN, onPrint } from '../use-near-viewport';
import { ADOPTED_EVENT } from './first-view-adoption';

/** What the reader was doing in the pre-rendered card when the live one took its place. */
export interface Handover {
  /** The pre-rendered card, and the control of it the reader focused or clicked. */
  readonly card: Element;
  readonly control: Element;
  readonly click: boolean;
}

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
      const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      flushSync(() => onLive(control === null ? null : { card, control, click: event.type === 'click' }));
    };
    place.addEventListener('focusin', handOver);
    place.addEventListener('click', handOver);
    // A printed page shows every card live.
    const stopPrint = onPrint(() => flushSync(() => onLive(null)));
    return () => {
      observer?.disconnect();
      window.removeEventListener(ADOPTED_EVENT, watch);
      place.removeEventListener('focusin', handOver);
      place.removeEventListener('click', handOver);
      stopPrint();
    };
  }, [onLive]);
  return <div ref={ref} className="adopted-card" data-adopt={id} />;
}
