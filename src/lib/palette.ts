import { scaleLinear, scaleOrdinal, scaleSequential } from 'd3-scale';
import { readableText } from './contrast';

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

/** Stops of the sequential scale that shades table cells: from near the card's own colour (few) to strong blue (many). */
const SEQUENTIAL_STOPS: Readonly<Record<ColorTheme, readonly string[]>> = {
  light: ['#f1f6fb', '#b9d0e7', '#5f8bb8', '#123a63'],
  dark: ['#18222e', '#23476c', '#4f86bd', '#a6d0ff'],
};

/** Text colours tried first on a shaded cell: the theme's ink, then its opposite. */
const CELL_TEXT: Readonly<Record<ColorTheme, readonly string[]>> = {
  light: ['#1b1f24', '#ffffff'],
  dark: ['#ffffff', '#05070a'],
};

/** A zero is written in the theme's soft ink, so that the counts stand out from the empty cells. */
const ZERO_TEXT: Readonly<Record<ColorTheme, string>> = { light: '#4a5562', dark: '#c9d3de' };

const sequential = (theme: ColorTheme) => {
  const stops = SEQUENTIAL_STOPS[theme];
  const ramp = scaleLinear<string>()
    .domain(stops.map((_, index) => index / (stops.length - 1)))
    .range(stops);
  return scaleSequential(ramp).domain([0, 1]).clamp(true);
};

const shadeScales: Readonly<Record<ColorTheme, (level: number) => string>> = {
  light: sequential('light'),
  dark: sequential('dark'),
};

export interface Shade {
  readonly fill: string;
  /** Reaches 4.5:1 against `fill`. */
  readonly text: string;
}

/** The fill of a cell whose value is `level` (0 to 1) of the largest shown, and a text colour that reads on it (softer for 0). */
export function cellShade(level: number, theme: ColorTheme = 'light'): Shade {
  const fill = shadeScales[theme](level);
  const candidates = level <= 0 ? [ZERO_TEXT[theme], ...CELL_TEXT[theme]] : CELL_TEXT[theme];
  return { fill, text: readableText(fill, candidates) };
}
