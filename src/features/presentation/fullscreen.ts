let requested = false;

/** The "Présenter" button asks for fullscreen; the deck takes the request once it is on screen. */
export function requestFullscreenOnOpen(): void {
  requested = true;
}

/** True once after a request: a deck opened from its address (no click) stays in the window, as it must. */
export function takeFullscreenRequest(): boolean {
  const wanted = requested;
  requested = false;
  return wanted;
}

/** Asks for fullscreen; a refusal (no user gesture, an iframe, a policy) leaves the deck in the window, which works as well. */
export async function enterFullscreen(element: HTMLElement): Promise<boolean> {
  if (typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (document.fullscreenElement === null || typeof document.exitFullscreen !== 'function') return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (Escape pressed in the browser's own fullscreen): nothing to undo.
  }
}
