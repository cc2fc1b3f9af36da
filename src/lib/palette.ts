import { scaleOrdinal } from 'd3-scale';

export type MarkRole =
  'base' | 'selected' | 'muted' | 'centre' | 'estimate' | 'cumulative' | 'total' | 'estimateFill';
export type ColorTheme = 'light' | 'dark';

const ROLES: readonly MarkRole[] = [
  'base',
  'selected',
  'muted',
  'centre',
  'estimate',
  'cumulative',
  'total',
  'estimateFill',
];

/** The dashboard's one ordinal palette, in each theme; every mark colour comes from here. Marks reach 3:1 against the card. */
const palettes: Readonly<Record<ColorTheme, (role: MarkRole) => string>> = {
  light: scaleOrdinal<MarkRole, string>()
    .domain(ROLES)
    .range(['#2f5d8a', '#123a63', '#7a8a9c', '#a34400', '#2f5d8a', '#6a3d9a', '#1f2933', '#dfe8f2']),
  dark: scaleOrdinal<MarkRole, string>()
    .domain(ROLES)
    .range(['#8cc4ff', '#e3f1ff', '#8e9aa8', '#ffae70', '#8cc4ff', '#d7b8ff', '#ffffff', '#1d3550']),
};

export function markColor(role: MarkRole, theme: ColorTheme = 'light'): string {
  return palettes[theme](role);
}
