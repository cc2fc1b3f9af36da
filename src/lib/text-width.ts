let context: CanvasRenderingContext2D | null | undefined;

// The page's font stack, without the vendor keyword that a canvas font string rejects.
const FONT_FAMILY =
  "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** Width of a text in the page's font, measured on a canvas; an estimate where there is no canvas (tests). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  if (context === undefined) {
    try {
      // jsdom has no canvas (and says so on the console): estimate there.
      const real = typeof document !== 'undefined' && !navigator.userAgent.includes('jsdom');
      context = real ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      context = null;
    }
  }
  if (context === null) return text.length * fontSize * (bold ? 0.66 : 0.58);
  context.font = `${bold ? 700 : 400} ${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}
