// WCAG 2 contrast, for text drawn on a computed fill (a shaded table cell).

/** The red, green and blue channels (0-255) of `#rrggbb` or `rgb(r, g, b)`; null for anything else. */
export function channels(color: string): readonly [number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  const parts = hex === null ? rgb?.slice(1, 4) : hex.slice(1, 4).map((part) => String(parseInt(part, 16)));
  if (parts === undefined) return null;
  const [r = 0, g = 0, b = 0] = parts.map(Number);
  return [r, g, b];
}

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
export function luminance(color: string): number {
  const rgb = channels(color);
  if (rgb === null) throw new Error(`not a colour: ${color}`);
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light = 0, dark = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Text for normal-size type on `fill`: the first candidate that reaches 4.5:1, else black or white, whichever reads better. */
export function readableText(fill: string, candidates: readonly string[]): string {
  const enough = candidates.find((text) => contrastRatio(fill, text) >= 4.5);
  if (enough !== undefined) return enough;
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
