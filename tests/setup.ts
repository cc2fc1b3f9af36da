import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadFrenchNamespace } from '../src/lib/i18n/catalogues';

// jsdom has no layout and prints "Not implemented: window.scrollTo" when the presentation restores the scroll
// position on leaving: scrolling is a no-op here.
Object.defineProperty(window, 'scrollTo', { configurable: true, writable: true, value: () => undefined });

afterEach(() => {
  cleanup();
});

// The page loads these French namespaces with the views that use them; the tests draw those views directly.
await Promise.all([loadFrenchNamespace('profile'), loadFrenchNamespace('accessibility')]);
