/** Where the page names the themes its first view shows (scripts/first-view-page.mjs). */
export const THEMES_ATTRIBUTE: string;
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
  },
): string;
