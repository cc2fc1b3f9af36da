import { serializeUrlState, type UrlState } from './url-state';

/** The address of everything but the slide number. */
const withoutSlide = (state: UrlState) =>
  serializeUrlState({
    ...state,
    presentation: state.presentation === null ? null : { ...state.presentation, slide: 0 },
  });

/**
 * Whether a change of view adds a history entry or replaces the current one. Moving between slides replaces it,
 * so Back leaves the deck instead of stepping through it; leaving the deck replaces it too, so Back does not reopen it.
 * A pole's profile is the same: opening one (or a peer's from it) pushes, closing it replaces. So is the language.
 */
export function historyMode(previous: UrlState, next: UrlState): 'push' | 'replace' {
  // A change of language is not a step Back should undo.
  if (previous.lang !== next.lang) return 'replace';
  if (previous.presentation !== null && next.presentation === null) return 'replace';
  if (previous.profile !== null && next.profile === null) return 'replace';
  const slideOnly =
    previous.presentation !== null &&
    next.presentation !== null &&
    withoutSlide(previous) === withoutSlide(next);
  return slideOnly ? 'replace' : 'push';
}
