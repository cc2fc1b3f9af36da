// Runs before the page paints (a classic script in <head>): sets the theme, and hides the first view pre-rendered at
// build time when it is not what this address shows (any query: filters, presentation, profile...; or the dark
// theme, whose colours the light pre-render lacks). The page then shows a loading line until the app has drawn.
/* global document, window */
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = window.localStorage.getItem('poles-competitivite:theme');
  } catch {
    // Storage can be refused (private mode, file://): the system's setting decides.
  }
  var systemDark =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var theme = stored === 'dark' || (stored !== 'light' && systemDark) ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
  if (window.location.search.length > 1 || theme !== 'light') root.classList.add('first-view-hidden');
  // Until the live page takes over (src/main.tsx), the pre-rendered controls do nothing: they do not pretend to.
  else root.classList.add('first-view-pending');
})();
