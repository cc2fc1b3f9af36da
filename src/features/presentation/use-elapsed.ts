import { useCallback, useEffect, useState } from 'react';

/** Time since the view opened or since the last reset, read from `now` (injected, so that tests set the time). */
export function useElapsed(
  now: () => number,
  tick = 1000,
): { readonly elapsed: number; readonly reset: () => void } {
  const [start, setStart] = useState(now);
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), tick);
    return () => clearInterval(timer);
  }, [now, tick]);
  const reset = useCallback(() => {
    const at = now();
    setStart(at);
    setCurrent(at);
  }, [now]);
  return { elapsed: current - start, reset };
}
