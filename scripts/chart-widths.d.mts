/** The screens besides a laptop's whose charts the build draws for their columns too (scripts/chart-widths.mjs). */
export const OTHER_VIEWPORTS: readonly { readonly width: number; readonly height: number }[];
/** How far below the viewport a chart counts as near (scripts/chart-widths.mjs). */
export const NEAR_MARGIN: number;
/** Within this, a chart drawn for one width looks the same at another (scripts/chart-widths.mjs). */
export const WIDTH_TOLERANCE: number;
/** How far the rules choosing a drawing reach around its width (scripts/chart-widths.mjs). */
export const RULE_MARGIN: number;
/**
 * The rules that show, in each figure drawn for the widths of one of `figures`, the drawing made for about its width
 * (scripts/chart-widths.mjs).
 */
export function drawnForRules(figures: readonly (readonly number[])[]): string;
