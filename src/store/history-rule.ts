import type { UrlState } from './url-state';

const same = (a: readonly string[], b: readonly string[]) => a.join(',') === b.join(',');

/**
 * Whether a change of view adds a history entry or replaces the current one. Moving between slides replaces it,
 * so Back leaves the deck instead of stepping through it; leaving the deck replaces it too, so Back does not reopen it.
 */
export function historyMode(previous: UrlState, next: UrlState): 'push' | 'replace' {
  if (previous.presentation !== null && next.presentation === null) return 'replace';
  const slideOnly =
    previous.presentation !== null &&
    next.presentation !== null &&
    previous.presentation.deck === next.presentation.deck &&
    same(previous.themes, next.themes) &&
    same(previous.regions, next.regions) &&
    same(previous.compared, next.compared) &&
    previous.page === next.page &&
    previous.membersScope === next.membersScope;
  return slideOnly ? 'replace' : 'push';
}
