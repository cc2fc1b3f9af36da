import { scaleQuantize } from 'd3-scale';
import type { I18n } from '../../lib/i18n/i18n';
import { readableText } from '../../lib/contrast';
import { cellShade, type ColorTheme } from '../../lib/palette';
import { MAX_CLASSES } from './map-layout';

// A region with no pole: a grey, not the lightest blue, so that « none » never reads as « few ».
const ZERO_FILL: Readonly<Record<ColorTheme, string>> = { light: '#eceef1', dark: '#232a33' };
// Region borders: 3:1 against the card and against the zero fill.
const BORDER: Readonly<Record<ColorTheme, string>> = { light: '#66717e', dark: '#9aa6b4' };
const INK: Readonly<Record<ColorTheme, readonly string[]>> = {
  light: ['#1b1f24', '#ffffff'],
  dark: ['#ffffff', '#05070a'],
};
// A selected region's outline: ink over a halo of the card's colour, which shows on any fill.
const OUTLINE: Readonly<Record<ColorTheme, { readonly ink: string; readonly halo: string }>> = {
  light: { ink: '#1b1f24', halo: '#ffffff' },
  dark: { ink: '#ffffff', halo: '#05070a' },
};
// The page's focus colour (--focus in styles.css).
const FOCUS: Readonly<Record<ColorTheme, string>> = { light: '#b34700', dark: '#ffd54f' };

export interface ColorClass {
  readonly from: number;
  readonly to: number;
  /** « 0 », « 1 », « 2 à 3 »… */
  readonly label: string;
  readonly fill: string;
}

export interface MapColors {
  readonly fill: (count: number) => string;
  /** Text that reaches 4.5:1 on a fill. */
  readonly text: (fill: string) => string;
  readonly border: string;
  readonly outline: { readonly ink: string; readonly halo: string };
  readonly focus: string;
  /** Zero first, then each class of counts, lightest to darkest (in the dark theme, darkest to lightest). */
  readonly classes: readonly ColorClass[];
}

const rangeLabel = (from: number, to: number, { t, format }: I18n): string =>
  from === to
    ? format.integer(from)
    : t('card.map.range', { from: format.integer(from), to: format.integer(to) });

/**
 * Counts from 1 to `max` cut into equal classes (d3 scaleQuantize), each shaded along the palette's sequential
 * blues, from few (close to the card's colour) to many (strong); zero has its own grey.
 */
export function mapColors(max: number, theme: ColorTheme, i18n: I18n): MapColors {
  const top = Math.max(1, Math.round(max));
  const count = Math.min(MAX_CLASSES, top);
  const levels = Array.from({ length: count }, (_, index) => (index + 1) / count);
  // Integers from 1 to top fall in [1, top + 1): each class holds at least one of them.
  const quantize = scaleQuantize()
    .domain([1, top + 1])
    .range(levels);
  const shade = (level: number) => cellShade(0.15 + level * 0.85, theme).fill;
  const zero = ZERO_FILL[theme];
  const classes: ColorClass[] = [
    { from: 0, to: 0, label: i18n.format.integer(0), fill: zero },
    ...levels.map((level) => {
      const [low, high] = quantize.invertExtent(level);
      // With a single class, d3 gives no bound: the class is the whole domain.
      const from = Number.isFinite(low) ? Math.ceil(low) : 1;
      const to = Number.isFinite(high) ? Math.ceil(high) - 1 : top;
      return { from, to, label: rangeLabel(from, to, i18n), fill: shade(level) };
    }),
  ];
  return {
    fill: (value) => (value <= 0 ? zero : shade(quantize(Math.min(value, top)))),
    text: (fill) => readableText(fill, INK[theme]),
    border: BORDER[theme],
    outline: OUTLINE[theme],
    focus: FOCUS[theme],
    classes,
  };
}
