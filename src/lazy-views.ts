import { lazy } from 'react';
import { loadFrenchNamespace } from './lib/i18n/catalogues';

// Views that no first screen shows load when they are opened: the presentation, the accessibility
// statement, the presenter's window; the French of the statement and of the profile comes with them.
export const LazyPresentationView = lazy(() =>
  import('./features/presentation/presentation').then((module) => ({ default: module.PresentationView })),
);

export const LazyAccessibilityStatement = lazy(() =>
  Promise.all([
    import('./features/accessibility/accessibility-statement'),
    loadFrenchNamespace('accessibility'),
  ]).then(([module]) => ({ default: module.AccessibilityStatement })),
);

// The presenter's window is opened by few readers: its code loads with it, not with the dashboard.
export const LazyPresenterView = lazy(() =>
  import('./features/presentation/presenter-view').then((module) => ({ default: module.PresenterView })),
);

// A profile is opened on demand: its code loads then. The page behind turns inert only once the dialog is shown
// (`onShown`), so that the focus is never left on an inert page with nothing to take it.
export const LazyProfileDialog = lazy(() =>
  Promise.all([import('./features/profile/profile-dialog'), loadFrenchNamespace('profile')]).then(
    ([module]) => ({ default: module.ProfileDialog }),
  ),
);

// An embedded card (`?embed=`) is a page of its own: the dashboard never loads its code.
export const LazyEmbedPage = lazy(() =>
  import('./embed-page').then((module) => ({ default: module.EmbedPage })),
);
