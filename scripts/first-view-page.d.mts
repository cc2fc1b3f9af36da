/** The built page with the pre-rendered first view in it (scripts/first-view-page.mjs). */
export function firstViewPage(html: string, markup: string): string;
