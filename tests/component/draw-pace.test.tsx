import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PacedDrawing, useCardPace, usePacedValue } from '../../src/components/card/draw-pace';

const paced = ({ children }: { readonly children: ReactNode }) => <PacedDrawing>{children}</PacedDrawing>;

describe('useCardPace', () => {
  it('lets every card draw at once outside a paced page', () => {
    const { result } = renderHook(() => useCardPace(5, false));
    expect(result.current).toBe(5);
  });

  it('in a paced page, lets none draw until the data have settled, then one more per task up to all', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ ready }: { ready: boolean }) => {
        const count = useCardPace(3, ready);
        seen.push(count);
        return count;
      },
      { wrapper: paced, initialProps: { ready: false } },
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBe(0);
    rerender({ ready: true });
    await waitFor(() => expect(result.current).toBe(3));
    // Each count in turn, none skipped: each card had a render of its own.
    expect([...new Set(seen)]).toEqual([0, 1, 2, 3]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBe(3);
  });
});

describe('a paced page', () => {
  it('draws a chart whose code has come without showing its placeholder first', async () => {
    const code = Promise.resolve({ default: () => <p>Graphique</p> });
    await code;
    const Chart = lazy(() => code);
    function Page() {
      const count = useCardPace(3, true);
      return [0, 1, 2].map((card) =>
        card < count ? (
          <Suspense key={card} fallback={<p>Chargement du graphique…</p>}>
            <Chart />
          </Suspense>
        ) : null,
      );
    }
    const placeholders: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent.includes('Chargement')) placeholders.push('shown');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(
      <PacedDrawing>
        <Page />
      </PacedDrawing>,
    );
    await waitFor(() => expect(screen.getAllByText('Graphique')).toHaveLength(3));
    observer.disconnect();
    expect(placeholders).toEqual([]);
  });
});

const newRows = (from: { readonly rows: string }, to: { readonly rows: string }) => from.rows !== to.rows;
const shownBy = (pick: (card: number) => { readonly rows: string; readonly theme: string }) =>
  [0, 1, 2].map((card) => `${pick(card).rows}/${pick(card).theme}`).join(' ');

describe('usePacedValue', () => {
  it('gives every card a new value at once outside a paced page', () => {
    const { result, rerender } = renderHook(({ value }) => shownBy(usePacedValue(value, 3, true, newRows)), {
      initialProps: { value: { rows: 'a', theme: 'clair' } },
    });
    rerender({ value: { rows: 'b', theme: 'clair' } });
    expect(result.current).toBe('b/clair b/clair b/clair');
  });

  it('in a drawn paced page, gives new rows to one card more per task, in order, the others keeping theirs', async () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = shownBy(usePacedValue(value, 3, true, newRows));
        seen.push(shown);
        return shown;
      },
      { wrapper: paced, initialProps: { value: { rows: 'a', theme: 'clair' } } },
    );
    rerender({ value: { rows: 'b', theme: 'clair' } });
    expect(result.current).toBe('a/clair a/clair a/clair');
    await waitFor(() => expect(result.current).toBe('b/clair b/clair b/clair'));
    expect([...new Set(seen)]).toEqual([
      'a/clair a/clair a/clair',
      'b/clair a/clair a/clair',
      'b/clair b/clair a/clair',
      'b/clair b/clair b/clair',
    ]);
  });

  it('gives any other change to every card at once, and new rows too while the page is not drawn yet', () => {
    const { result, rerender } = renderHook(
      ({ value, drawn }) => shownBy(usePacedValue(value, 3, drawn, newRows)),
      { wrapper: paced, initialProps: { value: { rows: 'a', theme: 'clair' }, drawn: true } },
    );
    rerender({ value: { rows: 'a', theme: 'sombre' }, drawn: true });
    expect(result.current).toBe('a/sombre a/sombre a/sombre');
    rerender({ value: { rows: 'b', theme: 'sombre' }, drawn: false });
    expect(result.current).toBe('b/sombre b/sombre b/sombre');
  });
});
