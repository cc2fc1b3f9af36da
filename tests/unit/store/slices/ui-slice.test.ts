import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../../../src/store/store';

describe('ui slice', () => {
  it('starts on the dashboard page, in the automatic light theme, outside any presentation', () => {
    const state = createDashboardStore().getState();
    expect([state.colorScheme, state.resolvedTheme, state.presentation, state.page]).toEqual([
      'auto',
      'light',
      null,
      'dashboard',
    ]);
  });

  it('sets the colour scheme chosen and the theme in force', () => {
    const store = createDashboardStore();
    store.getState().setColorScheme('dark');
    store.getState().setResolvedTheme('dark');
    expect([store.getState().colorScheme, store.getState().resolvedTheme]).toEqual(['dark', 'dark']);
  });

  it('opens a presentation at a slide, and closes it', () => {
    const store = createDashboardStore();
    store.getState().setPresentation({ deck: 'centre', slide: 2 });
    expect(store.getState().presentation).toEqual({ deck: 'centre', slide: 2 });
    store.getState().setPresentation(null);
    expect(store.getState().presentation).toBeNull();
  });

  it('opens no profile at first, then a pole’s profile, and closes it', () => {
    const store = createDashboardStore();
    expect(store.getState().profile).toBeNull();
    store.getState().setProfile('elastopole');
    expect(store.getState().profile).toBe('elastopole');
    store.getState().setProfile(null);
    expect(store.getState().profile).toBeNull();
  });

  it('changes page', () => {
    const store = createDashboardStore();
    store.getState().setPage('accessibilite');
    expect(store.getState().page).toBe('accessibilite');
  });
});
