import { lazy } from 'react';

// Views that no first screen shows load when they are opened: the presentation, the accessibility
// statement, the presenter's window.
export const LazyPresentationView = lazy(() =>
  import('./features/presentation/presentation').then((module) => ({ default: module.PresentationView })),
);

export const LazyAccessibilityStatement = lazy(() =>
  import('./features/accessibility/accessibility-statement').then((module) => ({
    default: module.AccessibilityStatement,
  })),
);

// The presenter's window is opened by few readers: its code loads with it, not with the dashboard.
export const LazyPresenterView = lazy(() =>
  import('./features/presentation/presenter-view').then((module) => ({ default: module.PresenterView })),
);

// A profile is opened on demand: its code loads then. The page behind turns inert only once the dialog is shown
// (`onShown`), so that the focus is never left on an inert page with nothing to take it.
export const LazyProfileDialog = lazy(() =>
  import('./features/profile/profile-dialog').then((module) => ({ default: module.ProfileDialog })),
);

// An embedded card (`?embed=`) is a page of its own: the dashboard never loads its code.
export const LazyEmbedPage = lazy(() =>
  import('./embed-page').then((module) => ({ default: module.EmbedPage })),
);
