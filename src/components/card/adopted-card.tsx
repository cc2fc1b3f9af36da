import { startTransition, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { CONTROLS } from '../../lib/control-match';
import { chartCode, chartCodeArrival, chartCodeLoaded } from '../charts/lazy-charts';
import { NEAR_MARGIN, onPrint } from '../use-near-viewport';
import { ADOPTED_EVENT, chartNear, drawnForThisWidth } from './first-view-adoption';

// How long a card about to go live waits for the chart code before it draws anyway (its charts then show their
// placeholders until the code is in).
const CHART_CODE_PATIENCE_MS = 3000;

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

/**
 * The place of a pre-rendered card in the live page (see first-view-adoption.ts), until its live card is drawn: when
 * it comes near the viewport, once the reader has scrolled or the chart code is in (asked for at the reader's first
 * input); when the reader focuses or clicks one of its controls, or prints. The pre-rendered card stays until the
 * chart code is in, so that the live one replaces it already drawn.
 */
export function AdoptedCard({ id, onLive }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Listening from the commit that puts the place in the page: the live page may take over, and replay a click the
  // reader gave the pre-rendered card, before React runs its passive effects.
  useLayoutEffect(() => {
    const place = ref.current;
    if (place === null) return;
    let gone = false;
    let waiting = false;
    // What the reader did meanwhile, if anything: a scroll and then a click while the code loads hand over the click.
    let given: Handover | null = null;
    let urgent = false;
    // A card handed the reader's focus or click, or about to print, is drawn at once; one the reader only comes near is
    // drawn in a transition, which the browser may interrupt to paint and answer input.
    const draw = () => {
      if (gone) return;
      if (urgent) flushSync(() => onLive(given));
      else startTransition(() => onLive(given));
    };
    // The kinds of the card's charts: the map's code loads on its own.
    const kinds = () =>
      [...(place.firstElementChild?.querySelectorAll('figure[data-chart]') ?? [])].map(
        (figure) => figure.getAttribute('data-chart') ?? '',
      );
    const live = (handover: Handover | null, now = handover !== null) => {
      given = handover ?? given;
      urgent ||= now;
      const ready = chartCodeLoaded(kinds());
      // A click that waits for the code shows it waits, as one on the page before the live page took over.
      if (handover?.click === true && !ready) handover.control.setAttribute('aria-busy', 'true');
      if (ready) draw();
      else if (!waiting) {
        waiting = true;
        void chartCode(CHART_CODE_PATIENCE_MS, kinds()).then(draw);
      }
    };
    let observer: IntersectionObserver | null = null;
    const observe = () => {
      const near = place.firstElementChild;
      if (gone || near === null || observer !== null) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) live(null);
        },
        { rootMargin: `${NEAR_MARGIN}px 0px` },
      );
      observer.observe(near);
    };
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      const card = place.firstElementChild;
      if (card === null || typeof IntersectionObserver === 'undefined') {
        live(null);
        return;
      }
      // The card is drawn live when it comes near, once the reader has scrolled or the chart code is in: until then,
      // nothing moves it nearer.
      window.addEventListener('scroll', observe, { once: true, passive: true });
      window.addEventListener('resize', observe, { once: true });
      void chartCodeArrival().then(observe);
      // Its chart near the viewport but drawn for another width (another layout): drawn live at once, while the reader
      // has not seen it yet. Measured once the page holding the card is laid out for its paint, not in the takeover's
      // task, which measuring would make lay out the whole page.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (!gone && chartNear(card) && !drawnForThisWidth(card)) observe();
        }, 0);
      });
    };
    if (place.firstElementChild === null) window.addEventListener(ADOPTED_EVENT, watch, { once: true });
    else watch();
    // A control of the pre-rendered card does nothing: reached by the keyboard or clicked, the live card takes over.
    const handOver = (event: Event) => {
      const card = place.firstElementChild;
      if (card === null) return;
      if (event.type === 'click') event.preventDefault();
      const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      live(control === null ? null : { card, control, click: event.type === 'click' });
    };
    // A press on a control acts at once, as its click: the live card may take over before the button is released (the
    // press would focus the control, or the card be on its way live), and the click would then be lost. The click that
    // follows the press is not done twice.
    const press = (event: MouseEvent) => {
      const card = place.firstElementChild;
      const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      if (card === null || control === null || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      // The reader's own click only: the live card's handover clicks too.
      const swallow = (click: Event) => {
        if (!click.isTrusted) return;
        click.preventDefault();
        click.stopPropagation();
        window.removeEventListener('click', swallow, true);
      };
      window.addEventListener('click', swallow, { capture: true });
      window.addEventListener(
        'pointerup',
        () => setTimeout(() => window.removeEventListener('click', swallow, true), 0),
        { capture: true, once: true },
      );
      live({ card, control, click: true });
    };
    place.addEventListener('mousedown', press);
    place.addEventListener('focusin', handOver);
    place.addEventListener('click', handOver);
    // A printed page shows every card live, once the chart code is in; until then, the pre-rendered card prints.
    const stopPrint = onPrint(() => live(null, true));
    return () => {
      gone = true;
      observer?.disconnect();
      window.removeEventListener(ADOPTED_EVENT, watch);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('scroll', observe);
      window.removeEventListener('resize', observe);
      place.removeEventListener('mousedown', press);
      place.removeEventListener('focusin', handOver);
      place.removeEventListener('click', handOver);
      stopPrint();
    };
  }, [onLive]);
  return <div ref={ref} className="adopted-card" data-adopt={id} />;
}
