/**
 * The built page with the pre-rendered first view in it, `endOfBody` last in its body and `headStyle` last in its head
 * (scripts/first-view-page.mjs).
 */
export function firstViewPage(
  html: string,
  markup: string,
  options?: { readonly endOfBody?: string | null; readonly headStyle?: string },
): string;
