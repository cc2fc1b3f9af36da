// Runs before the page paints (a classic script in <head>): sets the theme and the language, and hides the first view
// pre-rendered at build time when it is not what this address shows (any query: filters, presentation, profile,
// ?lang=...; the dark theme, whose colours the light pre-render lacks; or English remembered from an earlier visit,
// the pre-render being French). The page then shows a loading line until the app has drawn.
/* global document, window */
(function () {
  var root = document.documentElement;
  var stored = null;
  var storedLang = null;
  try {
    stored = window.localStorage.getItem('poles-competitivite:theme');
    storedLang = window.localStorage.getItem('poles-competitivite:lang');
  } catch {
    // Storage can be refused (private mode, file://): the system's setting decides.
  }
  var systemDark =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var theme = stored === 'dark' || (stored !== 'light' && systemDark) ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
  // The address's ?lang= wins over the remembered choice (src/store/lang-sync.ts reads them the same way).
  var asked = /[?&]lang=(fr|en)(?:&|$)/i.exec(window.location.search);
  var lang = asked ? asked[1].toLowerCase() : storedLang === 'en' ? 'en' : 'fr';
  root.setAttribute('lang', lang);
  if (window.location.search.length > 1 || theme !== 'light' || lang !== 'fr')
    root.classList.add('first-view-hidden');
  // Until the live page takes over (src/main.tsx), the pre-rendered controls do nothing: they do not pretend to.
  else root.classList.add('first-view-pending');
})();
