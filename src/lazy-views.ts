import { lazy } from 'react';

// Views that no first screen shows load when they are opened: the presentation, a pole’s profile, the
// accessibility statement.
export const LazyPresentationView = lazy(() =>
  import('./features/presentation/presentation').then((module) => ({ default: module.PresentationView })),
);

export const LazyProfileDialog = lazy(() =>
  import('./features/profile/profile-dialog').then((module) => ({ default: module.ProfileDialog })),
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
