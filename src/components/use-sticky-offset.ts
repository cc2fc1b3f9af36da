import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `--sticky-offset` on <html> equal to the element's height, so that `scroll-padding-top` keeps keyboard
 * focus from ending under a sticky bar whose height changes (wrapping controls, active filter chips).
 */
export function useStickyOffset<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      // On narrow screens the bar scrolls away with the page: nothing to keep clear.
      const sticky = getComputedStyle(element).position === 'sticky';
      const height = sticky ? Math.ceil(element.getBoundingClientRect().height) : 0;
      root.style.setProperty('--sticky-offset', `${height}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-offset');
    };
  }, []);
  return ref;
}
