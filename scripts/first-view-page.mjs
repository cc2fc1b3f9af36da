import { DRAWINGS_ATTRIBUTE, DRAWINGS_LIST } from './fetched-drawings.mjs';

const EMPTY_ROOT = '<div id="root"></div>';
/** Where the page names the themes its first view shows (read by scripts/first-view.js and src/dashboard.tsx). */
export const THEMES_ATTRIBUTE = 'data-first-view-themes';
/** Where the page names the language of its first view (read by scripts/first-view.js and src/dashboard.tsx). */
export const LANG_ATTRIBUTE = 'data-first-view-lang';
/**
 * Where the page names the page pre-rendered in its other language, as « lang address » (read by
 * scripts/first-view.js, which goes there when the reader's language is that one).
 */
export const OTHER_ATTRIBUTE = 'data-first-view-other';

/** What the page says itself, in each language it is pre-rendered in. */
const TEXTS = {
  fr: {
    noScript: 'JavaScript est désactivé : la page montre la vue d’ensemble, sans filtre ni interaction.',
    description: null,
  },
  en: {
    noScript: 'JavaScript is turned off: the page shows the overview, without filters or interaction.',
    description:
      'Dashboard of the French competitiveness clusters: members of the Centre clusters, State funding 2013-2018, the ' +
      '71 national clusters by theme and by region.',
  },
};

/**
 * The built page, before its first view goes in, made a page in `lang`: <html lang>, its <title> (`title`, as the live
 * page writes it) and its description.
 */
export function pageInLanguage(html, lang, title) {
  const texts = TEXTS[lang];
  if (texts === undefined) throw new Error(`No page in ${lang}: expected fr or en`);
  const replace = (text, pattern, by, what) => {
    if (!pattern.test(text)) throw new Error(`index.html has no ${what}`);
    return text.replace(pattern, by);
  };
  const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  let page = replace(html, /<html lang="[^"]*"/, `<html lang="${lang}"`, '<html lang>');
  page = replace(page, /<title>[^<]*<\/title>/, `<title>${escaped(title)}</title>`, '<title>');
  if (texts.description !== null)
    page = replace(
      page,
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      `$1${escaped(texts.description)}$2`,
      'description',
    );
  return page;
}
const NATIONAL = '<section class="section" aria-labelledby="section-national"';
// A card, whatever other classes it has (`card card-wide`).
const CARD = /<section class="card(?:\s[^"]*)?"/g;
const SECTION = '<section class="section"';

/**
 * The markup with an empty marker where the first paint may stop: before the second card when it follows the first in
 * the same section (the Centre's: the first, its members, holds the headline's chart), else before the national
 * section, else at the end. A card painted alone keeps its place and its width as the next ones arrive beside it or
 * below it: the grid's columns do not depend on how many cards it holds yet (`auto-fill`, src/styles.css), and
 * nothing below it is painted before them.
 */
const withFold = (markup) => {
  const fold = '<span id="first-view-fold"></span>';
  const [first, second] = [...markup.matchAll(CARD)].map((match) => match.index);
  const together =
    first !== undefined && second !== undefined && !markup.slice(first, second).includes(SECTION);
  const at = together ? second : markup.indexOf(NATIONAL);
  return at < 0 ? `${markup}${fold}` : `${markup.slice(0, at)}${fold}${markup.slice(at)}`;
};

/**
 * The built page with the first view in it: `markup` inside #root, marked as pre-rendered, after the line shown
 * instead when the address asks for another view (scripts/first-view.js), and a note for readers without JavaScript;
 * the page waits for the end of it to paint. `endOfBody`, when given, is markup put last in the body, after all that
 * paints: the build's reading of its data (src/data/make-snapshot.ts). `headStyle`, when given, are rules put last in the
 * head, after the page's stylesheet: which of a chart's drawings each figure shows (scripts/chart-widths.mjs), and the
 * dark theme's colours (scripts/theme-colours.mjs). `themes` are those the first view shows, named on <html> for
 * scripts/first-view.js and the live page (the light one only, when not given); so are `lang`, the language of the
 * first view (French when not given), and `other`, the page pre-rendered in the other language ({ lang, href }); and
 * `drawings`, the files of the charts drawn for other columns, fetched when needed (scripts/fetched-drawings.mjs).
 */
export function firstViewPage(
  html,
  markup,
  { endOfBody = null, headStyle = '', themes = ['light'], lang = 'fr', other = null, drawings = null } = {},
) {
  const at = html.indexOf(EMPTY_ROOT);
  if (at < 0 || html.indexOf(EMPTY_ROOT, at + 1) >= 0) {
    throw new Error(`index.html must hold exactly one empty ${EMPTY_ROOT} to pre-render into`);
  }
  if (markup.trim() === '') throw new Error('The page drew nothing to pre-render');
  const texts = TEXTS[lang];
  if (texts === undefined) throw new Error(`No first view in ${lang}: expected fr or en`);
  const page =
    `<noscript><p class="no-script">${texts.noScript}</p></noscript>` +
    // Before the first view, so that an address it does not show paints its waiting line at the first paint, not
    // once the whole first view is parsed.
    '<p class="first-view-wait" role="status">Chargement de la vue demandée…</p>' +
    // The same line for a page that scripts/first-view.js marks English: each shows only in its language.
    '<p class="first-view-wait" role="status" lang="en">Loading the requested view…</p>' +
    `<div id="root" data-first-view>${withFold(markup)}</div>`;
  // The browser paints nothing before the top of the first view is parsed, its first card included (up to the fold):
  // a part painted early would move as the rest arrives (a row of buttons parsed in two parts wraps differently); what
  // follows, the map's heavy geometry included, comes beside it or below it.
  const head = html.indexOf('</head>');
  if (head < 0 || head > at) throw new Error('index.html has no </head> before its root');
  if (/<\/style/i.test(headStyle)) throw new Error('The rules for the head must not close their <style>');
  const style =
    headStyle.trim() === '' ? '' : `<style data-first-view-rules>\n${headStyle.trim()}\n</style>\n  `;
  const expect = `${style}<link rel="expect" href="#first-view-fold" blocking="render" />\n  `;
  let rest = html.slice(at + EMPTY_ROOT.length);
  if (endOfBody !== null) {
    const body = rest.lastIndexOf('</body>');
    if (body < 0) throw new Error('index.html has no </body> after its root');
    rest = `${rest.slice(0, body)}${endOfBody}\n  ${rest.slice(body)}`;
  }
  if (themes.length === 0 || themes.some((theme) => theme !== 'light' && theme !== 'dark'))
    throw new Error(`The first view's themes must be light or dark: ${themes.join(', ')}`);
  const start = /<html\b/i.exec(html);
  if (start === null || start.index > head) throw new Error('index.html has no <html> tag before its head');
  if (
    other !== null &&
    (TEXTS[other.lang] === undefined || other.lang === lang || !/^[./\w-]+$/.test(other.href))
  )
    throw new Error(
      `The page in the other language must name another language and a plain address: ${JSON.stringify(other)}`,
    );
  if (drawings !== null && !DRAWINGS_LIST.test(drawings))
    throw new Error(`The drawings files must be listed as « width=name.json … »: ${drawings}`);
  const named =
    `${start[0]} ${THEMES_ATTRIBUTE}="${themes.join(' ')}" ${LANG_ATTRIBUTE}="${lang}"` +
    (other === null ? '' : ` ${OTHER_ATTRIBUTE}="${other.lang} ${other.href}"`) +
    (drawings === null ? '' : ` ${DRAWINGS_ATTRIBUTE}="${drawings}"`);
  return (
    `${html.slice(0, start.index)}${named}${html.slice(start.index + start[0].length, head)}` +
    `${expect}${html.slice(head, at)}${page}${rest}`
  );
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g;

/**
 * The site's page with its one stylesheet written into it (`read(path)` gives the text of the file it links, `path`
 * as the page names it, under dist/): the first paint then waits for nothing the page must ask for. Returns the page
 * and the file inlined, which scripts/prerender.mjs removes once it has checked that no chunk loads it (vite.config.ts
 * keeps the rules in that one file).
 */
export function inlineStylesheet(html, read) {
  const links = [...html.matchAll(STYLESHEET)];
  if (links.length !== 1) throw new Error(`index.html must link one stylesheet, not ${links.length}`);
  const path = links[0][1];
  const text = read(path);
  if (/<\/style/i.test(text)) throw new Error(`${path} must not hold </style to go inline`);
  // Read from the page, a relative address would resolve beside index.html, no longer beside the stylesheet.
  const relative = /url\(\s*(?!['"]?(?:data:|#))[^)]*\)/i.exec(text);
  if (relative !== null)
    throw new Error(
      `${path} names a file (${relative[0]}), which would not resolve once the rules are inline`,
    );
  // A function, so that a $ in the rules is not read as a pattern.
  return { page: html.replace(STYLESHEET, () => `<style>${text.trim()}</style>`), path };
}
