// Runs before the page paints (a classic script in <head>): sets the theme and the language, and hides the first view
// pre-rendered at build time when it is not what this address shows (a query other than the page's own ?lang=:
// filters, presentation, profile; a theme it was not drawn in, <html> naming those it was; or another language than
// the page's, asked for or remembered from an earlier visit). The page then shows a loading line until the app has
// drawn. Where the build pre-rendered the page in that other language too (<html> names it), it goes there instead,
// before anything paints.
// On the site it also starts the live page's code, once the first view has painted (scripts/first-view-plugin.ts).
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
  // Drawn in both themes, the first view takes each one's colours from the head's rules (scripts/theme-colours.mjs).
  var themes = (root.getAttribute('data-first-view-themes') || 'light').split(' ');
  var pageLang = root.getAttribute('data-first-view-lang') || 'fr';
  var other = (root.getAttribute('data-first-view-other') || '').split(' ');
  // The address asks for another view than the unfiltered one: a query other than a language.
  var otherView = window.location.search
    .slice(1)
    .split('&')
    .some(function (part) {
      return part !== '' && !/^lang=(fr|en)$/i.test(part);
    });
  if (!otherView && lang !== pageLang && other[0] === lang && other[1]) {
    // The page pre-rendered in the reader's language, at once: this one shows its waiting line meanwhile, and starts
    // nothing.
    root.classList.add('first-view-hidden');
    window.location.replace(other[1] + window.location.search + window.location.hash);
    return;
  }
  if (otherView || themes.indexOf(theme) < 0 || lang !== pageLang) root.classList.add('first-view-hidden');
  else {
    // Until the live page takes over (src/boot.tsx), a click on a pre-rendered control or a chart's bar (the keyboard's
    // Enter or Space included) does nothing but mark it busy; the live page then replays the last one
    // (src/first-view-replay.ts).
    // A click with a modifier (a link opened in a new tab) is the browser's.
    root.classList.add('first-view-pending');
    // A scroll bar that takes room (not an overlay one, nor a hidden one) has its place kept until then
    // (src/styles.css); where scroll bars take none, the cards have the same width before the takeover and after it.
    var probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;width:50px;height:50px;overflow:scroll;visibility:hidden';
    root.appendChild(probe);
    if (probe.offsetWidth > probe.clientWidth) root.classList.add('first-view-gutter');
    root.removeChild(probe);
    var busy = null;
    var hold = function (event) {
      var target = event.target;
      var control =
        target.closest &&
        target.closest('a,button,label,summary,[role=button],[type=checkbox],[data-bar-id]');
      if (!control || !control.closest('[data-first-view]') || target.closest('select')) return;
      if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      // Enter and Space on a native control come here as a click; on the map's SVG regions, as these keys.
      if (event.type === 'keydown' && (!/^(Enter| )$/.test(event.key) || control.tagName !== 'g')) return;
      event.preventDefault();
      if (busy) busy.removeAttribute('aria-busy');
      busy = control;
      busy.setAttribute('aria-busy', 'true');
    };
    document.addEventListener('click', hold, true);
    document.addEventListener('keydown', hold, true);
  }

  var self = document.currentScript;
  var entry = self === null ? null : self.getAttribute('data-entry');
  if (entry === null || entry === '') return;
  var list = function (name) {
    return (self.getAttribute(name) || '').split(' ').filter(Boolean);
  };
  var started = false;
  var load = function () {
    if (started) return;
    started = true;
    var add = function (tag, attributes) {
      var node = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) {
        node.setAttribute(name, attributes[name]);
      });
      document.head.appendChild(node);
    };
    // The data first, then the entry, then the modules it will import. The browser starts a request as each element
    // comes into the page, a few milliseconds apiece on a phone: a few at a time, each batch in a task of its own.
    var queue = list('data-fetches')
      .map(function (href) {
        return ['link', { rel: 'preload', href: href, as: 'fetch', crossorigin: 'anonymous' }];
      })
      .concat([['script', { type: 'module', crossorigin: '', src: entry }]])
      .concat(
        list('data-modules').map(function (href) {
          return ['link', { rel: 'modulepreload', href: href, crossorigin: '' }];
        }),
      );
    var next = function () {
      queue.splice(0, 5).forEach(function (item) {
        add(item[0], item[1]);
      });
      if (queue.length > 0) setTimeout(next, 0);
    };
    next();
  };
  // Fetched and run before the first view is on screen, the code and the data would hold it back: they start once the
  // browser reports the first contentful paint. A hidden tab paints nothing, and a browser may not report it: then
  // the load event, a moment later, starts them; at once where there is no first view to wait for (the build's own
  // page, which scripts/prerender.mjs draws before it writes the first view into it).
  window.addEventListener('load', function () {
    var now = document.visibilityState === 'hidden' || !document.querySelector('[data-first-view]');
    setTimeout(load, now ? 0 : 3000);
  });
  var Observer = window.PerformanceObserver;
  if (typeof Observer !== 'function' || (Observer.supportedEntryTypes || []).indexOf('paint') < 0) return;
  var observer = new Observer(function (entries) {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(load, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
})();
