import { useEffect } from 'react';
import { slideForKey } from './slides';

/** The keys presenters and clickers send: arrows, PageUp/PageDown, Space, Home/End; Escape leaves. */
export function useDeckKeys(
  index: number,
  count: number,
  go: (slide: number) => void,
  leave: () => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
        return;
      }
      // A focused button keeps Space and Enter for itself.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      const next = slideForKey(event.key, event.shiftKey, index, count);
      if (next === null) return;
      event.preventDefault();
      if (next !== index) go(next);
    };
    const onFullscreenChange = () => {
      // Escape in the browser's fullscreen only leaves fullscreen: leave the deck with it.
      if (document.fullscreenElement === null) leave();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [index, count, go, leave]);
}
