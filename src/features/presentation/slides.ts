/** Next slide index for a key a presenter or a clicker sends; null when the key is not for the deck. */
export function slideForKey(key: string, shiftKey: boolean, current: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return Math.min(current + 1, last);
    case ' ':
      return shiftKey ? Math.max(current - 1, 0) : Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The slide after this one, or null on the last: the presenter's window then says the deck ends. */
export const nextSlideIndex = (current: number, count: number): number | null =>
  current + 1 < count ? current + 1 : null;
