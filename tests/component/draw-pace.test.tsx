import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PacedDrawing, useCardPace } from '../../src/components/card/draw-pace';

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
