/** Within this, a chart drawn for one width looks the same at another (scripts/chart-widths.mjs). */
export const WIDTH_TOLERANCE: number;
/** The rules that show, in a figure of about each of `widths`, the drawing made for it (scripts/chart-widths.mjs). */
export function drawnForRules(widths: readonly number[]): string;
