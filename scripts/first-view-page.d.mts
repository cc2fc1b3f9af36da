/** Where the pre-rendered page keeps the build's reading of its data (scripts/first-view-page.mjs). */
export const SNAPSHOT_ELEMENT_ID: string;
/** The built page with the pre-rendered first view in it, and the data snapshot when given (scripts/first-view-page.mjs). */
export function firstViewPage(html: string, markup: string, snapshot?: string | null): string;
