import { useLayoutEffect, useRef, useState } from 'react';

/**
 * True once the element comes within `margin` of the viewport, and from then on; at once where
 * IntersectionObserver does not exist (tests).
 */
export function useNearViewport<T extends HTMLElement>(margin: string) {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return { ref, near };
}
