/** The built page with the pre-rendered first view in it, and `endOfBody` last in its body (scripts/first-view-page.mjs). */
export function firstViewPage(html: string, markup: string, endOfBody?: string | null): string;
