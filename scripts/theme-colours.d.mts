/**
 * An element as `elementsOf` reads it: its tag, its own text, then its attributes as [name, value] pairs
 * (scripts/theme-colours.mjs).
 */
export type ElementEntry = [string, string, ...(readonly [string, string])[]];
export interface ThemeColour {
  readonly light: string;
  readonly dark: string;
}
export interface ColourEdit {
  readonly element: number;
  readonly tag: string;
  readonly property: string;
  readonly value: string;
}
export type ThemeComparison =
  | { readonly colours: ThemeColour[]; readonly edits: ColourEdit[]; readonly problem?: undefined }
  | { readonly problem: string; readonly colours?: undefined; readonly edits?: undefined };
/** The elements of `root` in document order, each its tag, its own text and its attributes (scripts/theme-colours.mjs). */
export function elementsOf(root: ParentNode): ElementEntry[];
/** The custom property of the colour `index` (scripts/theme-colours.mjs). */
export function colourProperty(index: number): string;
/** A pair of colours as themeColours tells pairs apart (scripts/theme-colours.mjs). */
export function colourPairKey(colour: ThemeColour): string;
/** The colours that differ between the light and the dark first views, or where they differ otherwise (scripts/theme-colours.mjs). */
export function themeColours(light: readonly ElementEntry[], dark: readonly ElementEntry[]): ThemeComparison;
/** Sets on the elements of `root` what `themeColours` found for them (scripts/theme-colours.mjs). */
export function applyThemeColours(root: ParentNode, edits: readonly ColourEdit[]): void;
/** The rule that gives each colour its value in the dark theme (scripts/theme-colours.mjs). */
export function themeColourRules(colours: readonly ThemeColour[]): string;
