import { describe, expect, it } from 'vitest';
import { firstViewPage, inlineStylesheet, pageInLanguage } from '../../../scripts/first-view-page.mjs';

const BUILT = '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>';

describe('firstViewPage', () => {
  it('puts the markup in #root, marked as pre-rendered, and the line shown for other addresses before it', () => {
    const html = firstViewPage(BUILT, '<main>71</main>');
    expect(html).toContain('<div id="root" data-first-view><main>71</main>');
    // Painted at the first paint where the address asks for another view, not once the first view is parsed.
    expect(html).toMatch(
      /<\/noscript><p class="first-view-wait" role="status">Chargement[^<]*<\/p><p[^>]*>[^<]*<\/p><div id="root"/,
    );
    expect(html).toContain('<noscript><p class="no-script">JavaScript est désactivé');
  });

  it('names on <html> the files of the charts drawn for other columns, and refuses a list not of their form', () => {
    const list = '816=drawings-fr-816-08ca7cf8.json 846=drawings-fr-846-c713f46e.json';
    expect(firstViewPage(BUILT, '<main>71</main>', { drawings: list })).toMatch(
      new RegExp(`<html [^>]*data-first-view-drawings="${list}"`),
    );
    expect(firstViewPage(BUILT, '<main>71</main>')).not.toContain('data-first-view-drawings');
    for (const wrong of ['816=x.json" onload="y', '816 drawings-fr-816-08ca7cf8.json', ''])
      expect(() => firstViewPage(BUILT, '<main>71</main>', { drawings: wrong }), wrong).toThrow(
        /drawings files/,
      );
  });

  it('offers the waiting line in English too, for a page scripts/first-view.js marks English', () => {
    const html = firstViewPage(BUILT, '<main>71</main>');
    expect(html).toContain(
      'Chargement de la vue demandée…</p><p class="first-view-wait" role="status" lang="en">Loading the requested view…</p>',
    );
  });

  it('makes the browser wait for the top of the first view to paint: up to its second card', () => {
    const html = firstViewPage(BUILT, '<main>71</main>');
    expect(html).toMatch(/<link rel="expect" href="#first-view-fold" blocking="render" \/>\s*<\/head>/);
    expect(html).toContain('<main>71</main><span id="first-view-fold"></span></div>');
    const centre =
      '<section class="section" aria-labelledby="section-centre"><div class="grid">' +
      '<section class="card" data-card="adherents">620</section>' +
      '<section class="card" data-card="financement">5</section></div></section>';
    const national = '<section class="section" aria-labelledby="section-national"></section>';
    expect(firstViewPage(BUILT, `<main>71${centre}${national}</main>`)).toContain(
      '<section class="card" data-card="adherents">620</section><span id="first-view-fold"></span>' +
        '<section class="card" data-card="financement">',
    );
    // A card with other classes too counts as a card.
    const wide = centre.replace(
      'class="card" data-card="financement"',
      'class="card card-wide" data-card="financement"',
    );
    expect(firstViewPage(BUILT, `<main>71${wide}${national}</main>`)).toContain(
      '620</section><span id="first-view-fold"></span><section class="card card-wide"',
    );
    // The second card in another section: up to the national section.
    const apart =
      '<section class="section"><section class="card" data-card="adherents">620</section></section>' +
      '<section class="section"><section class="card" data-card="financement">5</section></section>';
    expect(firstViewPage(BUILT, `<main>71${apart}${national}</main>`)).toContain(
      '5</section></section><span id="first-view-fold"></span><section class="section" aria-labelledby="section-national">',
    );
    // One card or none before it: up to the national section.
    const one =
      '<section class="section"><section class="card" data-card="adherents">620</section></section>';
    expect(firstViewPage(BUILT, `<main>71${one}${national}</main>`)).toContain(
      '620</section></section><span id="first-view-fold"></span><section class="section" aria-labelledby="section-national">',
    );
    expect(firstViewPage(BUILT, `<main>71${national}</main>`)).toContain(
      '<main>71<span id="first-view-fold"></span><section class="section" aria-labelledby="section-national">',
    );
  });

  it('refuses a page already pre-rendered, or without its empty root', () => {
    const once = firstViewPage(BUILT, '<main>71</main>');
    expect(() => firstViewPage(once, '<main>71</main>')).toThrow(/exactly one empty <div id="root"><\/div>/);
    expect(() => firstViewPage(BUILT.replace('<div id="root"></div>', ''), 'x')).toThrow(/exactly one/);
  });

  it('refuses an empty markup: the page drew nothing', () => {
    expect(() => firstViewPage(BUILT, '  ')).toThrow('The page drew nothing to pre-render');
  });
});

describe('firstViewPage with markup for the end of the body', () => {
  it('puts it last in the body, after all that paints (the data snapshot)', () => {
    const snapshot = '<script type="application/json" id="data-snapshot">{"files":{}}</script>';
    const html = firstViewPage(BUILT, '<main>71</main>', { endOfBody: snapshot });
    expect(html).toMatch(
      /<\/div><script type="application\/json" id="data-snapshot">\{"files":\{\}\}<\/script>\s*<\/body>/,
    );
    expect(firstViewPage(BUILT, '<main>71</main>')).not.toContain('data-snapshot');
  });
});

describe('firstViewPage with rules for the head', () => {
  it('puts them in a style element last in the head, before the wait for the first screen', () => {
    const html = firstViewPage(BUILT, '<main>71</main>', {
      headStyle: '@container (min-width: 1px) { a { b: c; } }',
    });
    expect(html).toMatch(
      /<title>t<\/title><style data-first-view-rules>\n@container \(min-width: 1px\) \{ a \{ b: c; \} \}\n<\/style>\s*<link rel="expect"[^>]*>\s*<\/head>/,
    );
    expect(firstViewPage(BUILT, '<main>71</main>', { headStyle: '' })).not.toContain('<style');
  });

  it('refuses rules that would close their style element', () => {
    expect(() => firstViewPage(BUILT, '<main>71</main>', { headStyle: 'a {} </style><script>' })).toThrow(
      'The rules for the head must not close their <style>',
    );
  });
});

describe('firstViewPage with the themes its first view shows', () => {
  it('names them on <html>, for the script that runs before the page paints', () => {
    const built = BUILT.replace('<html>', '<html lang="fr">');
    expect(firstViewPage(built, '<main>71</main>', { themes: ['light', 'dark'] })).toMatch(
      /^<!doctype html><html data-first-view-themes="light dark" data-first-view-lang="fr" lang="fr"><head>/,
    );
    // Not given: the light theme, the one the page is drawn in.
    expect(firstViewPage(BUILT, '<main>71</main>')).toContain('<html data-first-view-themes="light" ');
  });

  it('refuses a theme the page has no colours for, or none at all', () => {
    // As a page built from plain JavaScript could ask.
    const sepia = (): unknown =>
      Reflect.apply(firstViewPage, undefined, [BUILT, 'x', { themes: ['light', 'sepia'] }]);
    expect(sepia).toThrow(/light or dark: light, sepia/);
    expect(() => firstViewPage(BUILT, '<main>71</main>', { themes: [] })).toThrow(/light or dark/);
  });
});

describe('firstViewPage in a language', () => {
  it('names its language, and the page in the other one, on <html>', () => {
    expect(
      firstViewPage(BUILT, '<main>71</main>', { other: { lang: 'en', href: './index.en.html' } }),
    ).toContain(
      '<html data-first-view-themes="light" data-first-view-lang="fr" data-first-view-other="en ./index.en.html">',
    );
    const english = firstViewPage(BUILT, '<main>71</main>', {
      lang: 'en',
      other: { lang: 'fr', href: './' },
    });
    expect(english).toContain('data-first-view-lang="en" data-first-view-other="fr ./"');
    // Its note for readers without JavaScript speaks its language.
    expect(english).toContain(
      '<noscript><p class="no-script">JavaScript is turned off: the page shows the overview',
    );
    expect(english).not.toContain('JavaScript est désactivé');
  });

  it('refuses another page in its own language, or at an address that would need escaping', () => {
    expect(() => firstViewPage(BUILT, 'x', { other: { lang: 'fr', href: './' } })).toThrow(/other language/);
    expect(() => firstViewPage(BUILT, 'x', { other: { lang: 'en', href: '"><script>' } })).toThrow(
      /plain address/,
    );
  });
});

describe('pageInLanguage', () => {
  const built =
    '<!doctype html><html lang="fr"><head><meta name="description" content="Tableau de bord" />' +
    '<title>Pôles de compétitivité : tableau de bord</title></head><body><div id="root"></div></body></html>';

  it('makes the built page English: its language, its title as the live page writes it, its description', () => {
    const page = pageInLanguage(built, 'en', 'Competitiveness clusters: dashboard');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Competitiveness clusters: dashboard</title>');
    expect(page).toMatch(
      /<meta name="description" content="Dashboard of the French competitiveness clusters/,
    );
    expect(page).not.toMatch(/Tableau de bord|Pôles/);
  });

  it('escapes the title, and refuses a page it cannot make', () => {
    expect(pageInLanguage(built, 'en', 'A < B & "C"')).toContain(
      '<title>A &lt; B &amp; &quot;C&quot;</title>',
    );
    expect(() => pageInLanguage(built.replace('<title>', '<TITLE>'), 'en', 't')).toThrow(
      'index.html has no <title>',
    );
    const sepia = (): unknown => Reflect.apply(pageInLanguage, undefined, [built, 'de', 't']);
    expect(sepia).toThrow('No page in de: expected fr or en');
  });
});

describe('inlineStylesheet', () => {
  const PAGE =
    '<head><link rel="stylesheet" crossorigin href="./assets/style-a.css"><style data-first-view-rules>b{}</style></head>';

  it('writes the one stylesheet into the page where it was linked, before the rules that follow it', () => {
    const read = (path: string) => (path === 'assets/style-a.css' ? 'a { color: red; }\n' : '');
    const { page, path } = inlineStylesheet(PAGE, read);
    expect(path).toBe('assets/style-a.css');
    expect(page).toBe(
      '<head><style>a { color: red; }</style><style data-first-view-rules>b{}</style></head>',
    );
  });

  it('keeps the rules as they are, a $ in them included', () => {
    expect(inlineStylesheet(PAGE, () => 'a::after { content: "$&"; }').page).toContain('content: "$&"');
  });

  it('keeps data: and fragment addresses, and refuses one to a file, which would no longer resolve', () => {
    const kept = 'a { background: url("data:image/svg+xml,x"); mask: url(#m); }';
    expect(inlineStylesheet(PAGE, () => kept).page).toContain(kept);
    expect(() => inlineStylesheet(PAGE, () => 'a { background: url(./logo.svg); }')).toThrow(
      'names a file (url(./logo.svg))',
    );
    expect(() => inlineStylesheet(PAGE, () => "a { background: url( 'font.woff2' ); }")).toThrow(
      /names a file/,
    );
  });

  it('refuses a page with no stylesheet or more than one, and rules that would end the style element', () => {
    expect(() => inlineStylesheet('<head></head>', () => '')).toThrow('must link one stylesheet, not 0');
    expect(() => inlineStylesheet(PAGE + PAGE, () => '')).toThrow('not 2');
    expect(() => inlineStylesheet(PAGE, () => 'a{}</style><script>')).toThrow(/must not hold <\/style/);
  });
});
