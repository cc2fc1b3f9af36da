/** Where the page names the themes its first view shows (scripts/first-view-page.mjs). */
export const THEMES_ATTRIBUTE: string;
/** Where the page names the language of its first view (scripts/first-view-page.mjs). */
export const LANG_ATTRIBUTE: string;
/** Where the page names the page pre-rendered in its other language (scripts/first-view-page.mjs). */
export const OTHER_ATTRIBUTE: string;
/** The built page made a page in `lang`: <html lang>, <title> and description (scripts/first-view-page.mjs). */
export function pageInLanguage(html: string, lang: 'fr' | 'en', title: string): string;
/**
 * The built page with the pre-rendered first view in it, `endOfBody` last in its body, `headStyle` last in its head and
 * the themes it shows named on <html> (scripts/first-view-page.mjs).
 */
export function firstViewPage(
  html: string,
  markup: string,
  options?: {
    readonly endOfBody?: string | null;
    readonly headStyle?: string;
    readonly themes?: readonly ('light' | 'dark')[];
    readonly lang?: 'fr' | 'en';
    readonly other?: { readonly lang: 'fr' | 'en'; readonly href: string } | null;
    readonly drawings?: string | null;
  },
): string;
/** The site's page with its one stylesheet inline, and the file it named (scripts/first-view-page.mjs). */
export function inlineStylesheet(
  html: string,
  read: (path: string) => string,
): { readonly page: string; readonly path: string };
