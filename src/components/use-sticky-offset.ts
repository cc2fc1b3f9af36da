import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `scroll-padding-top` of <html> at the element's height and a margin, so that keyboard focus never ends under
 * a sticky bar whose height changes (wrapping controls, active filter chips). Set directly, not through an inherited
 * custom property: a property on <html> that every element inherits makes the browser restyle the whole page.
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
      const padding = `calc(${height}px + 0.75rem)`;
      if (root.style.scrollPaddingTop !== padding) root.style.scrollPaddingTop = padding;
    };
    // The observer's first report comes once the page is laid out, before it paints: measuring here, in React's
    // commit, would make the browser lay the page out for it alone.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('scroll-padding-top');
    };
  }, []);
  return ref;
}
