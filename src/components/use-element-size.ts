import { useLayoutEffect, useRef, useState } from 'react';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Size of an element, kept up to date; `fallbackWidth` is used where ResizeObserver does not exist (tests). */
export function useElementSize<T extends HTMLElement>(fallbackWidth: number) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>({ width: fallbackWidth, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    if (element.clientWidth > 0) setSize({ width: element.clientWidth, height: element.clientHeight });
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0) {
        setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}

/**
 * Width of an element, kept up to date. Only the width: a card whose chart grows must not draw itself again for a
 * height it does not use (React skips a state set to the same number).
 */
export function useElementWidth<T extends HTMLElement>(fallbackWidth: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallbackWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    if (element.clientWidth > 0) setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
