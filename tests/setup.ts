import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout and prints "Not implemented: window.scrollTo" when the presentation restores the scroll
// position on leaving: scrolling is a no-op here.
Object.defineProperty(window, 'scrollTo', { configurable: true, writable: true, value: () => undefined });

afterEach(() => {
  cleanup();
});
