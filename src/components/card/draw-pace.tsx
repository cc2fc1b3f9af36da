import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

// Off by default (tests, embeds): every card draws in the same render.
const PaceContext = createContext(false);

/** Within it, a page draws its cards one at a time (see `useCardPace`). */
export function PacedDrawing({ children }: { readonly children: ReactNode }) {
  return <PaceContext.Provider value={true}>{children}</PaceContext.Provider>;
}

/**
 * How many of a page's `total` cards may draw now. Paced, none until `ready` (the data have settled), then one more
 * in each task of its own: a card's render and commit, a chart's included, stay short tasks, instead of the whole
 * page in one long task that holds the main thread. Not paced, all of them at once.
 */
export function useCardPace(total: number, ready: boolean): number {
  const paced = useContext(PaceContext);
  const [count, setCount] = useState(paced ? 0 : total);
  useEffect(() => {
    if (!ready || count >= total) return;
    const timer = setTimeout(() => setCount((drawn) => Math.min(total, drawn + 1)), 0);
    return () => clearTimeout(timer);
  }, [ready, count, total]);
  return paced ? count : total;
}
