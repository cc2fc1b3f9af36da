import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

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
 * Each step is a transition: React may pause its render for input, and a chart whose code is there but not yet handed
 * over (a lazy component's first render) waits for it instead of showing its placeholder; shown, the placeholders
 * were replaced all together, in one long commit.
 */
export function useCardPace(total: number, ready: boolean): number {
  const paced = useContext(PaceContext);
  const [count, setCount] = useState(paced ? 0 : total);
  useEffect(() => {
    if (!ready || count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((drawn) => Math.min(total, drawn + 1))), 0);
    return () => clearTimeout(timer);
  }, [ready, count, total]);
  return paced ? count : total;
}

interface Paced<T> {
  readonly latest: T;
  /** What each card shows now. */
  readonly shown: readonly T[];
  /** The next card to get `latest`; `shown.length` once all have. */
  readonly next: number;
}

const everywhere = <T,>(value: T, total: number): Paced<T> => ({
  latest: value,
  shown: Array.from({ length: total }, () => value),
  next: total,
});

/**
 * What each of a page's `total` cards shows of `value` (its rows and frame). Paced and once the page is drawn
 * (`drawn`), a value that `paces` from the last (new rows: an import) reaches one card more in each task of its own,
 * the others showing the last until their turn: 16 charts redrawn in one commit are one long task. Any other change,
 * or not paced, reaches every card at once.
 */
export function usePacedValue<T>(
  value: T,
  total: number,
  drawn: boolean,
  paces: (from: T, to: T) => boolean,
): (card: number) => T {
  const paced = useContext(PaceContext) && drawn;
  const [state, setState] = useState(() => everywhere(value, total));
  let current = state;
  if (value !== state.latest) {
    // Set while rendering, as React allows for state derived from props: no render shows the stale value first.
    current =
      paced && paces(state.latest, value)
        ? { latest: value, shown: state.shown, next: 0 }
        : everywhere(value, total);
    setState(current);
  }
  useEffect(() => {
    if (state.next >= total) return;
    const timer = setTimeout(() =>
      setState((now) => ({
        ...now,
        shown: now.shown.map((shown, card) => (card === now.next ? now.latest : shown)),
        next: now.next + 1,
      })),
    );
    return () => clearTimeout(timer);
  }, [state, total]);
  return (card) => current.shown[card] ?? current.latest;
}
