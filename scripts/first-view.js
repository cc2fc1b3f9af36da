// Runs before the page paints (a classic script in <head>): sets the theme, and hides the first view pre-rendered at
// build time when it is not what this address shows (any query: filters, presentation, profile...; or the dark
// theme, whose colours the light pre-render lacks). The page then shows a loading line until the app has drawn.
// On the site it also starts the live page's code, once the first view has painted (scripts/first-view-plugin.ts).
/* global document, window, requestAnimationFrame */
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

  var self = document.currentScript;
  var entry = self === null ? null : self.getAttribute('data-entry');
  if (entry === null || entry === '') return;
  var modules = (self.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  var started = false;
  var load = function () {
    if (started) return;
    started = true;
    modules.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  };
  // Fetched and run before the first paint, the code would hold it back; a hidden tab paints nothing, so it waits for
  // the document instead of a frame.
  if (document.visibilityState === 'hidden') document.addEventListener('DOMContentLoaded', load);
  else
    requestAnimationFrame(function () {
      setTimeout(load, 0);
    });
})();
