import { textWidth } from '../lib/text-width';

/** What Recharts gives a custom tick that this one reads. */
export interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

interface WrappedTickProps extends TickProps {
  /** Room for the label, in pixels, left of the axis. */
  readonly maxWidth: number;
  readonly fontSize: number;
}

/** Splits a label into at most two lines at word boundaries; the table keeps the full text. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  // A compound too long for a line may break after its hyphens ("Languedoc-" / "Roussillon").
  const words = label
    .split(' ')
    .flatMap((word) => (word.length > maxChars && word.includes('-') ? word.split(/(?<=-)/) : [word]));
  for (const word of words) {
    const candidate =
      current === '' ? word : current.endsWith('-') ? `${current}${word}` : `${current} ${word}`;
    if (candidate.length <= maxChars || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0] ?? '', `${second.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`];
}

/** A y-axis tick for horizontal bar charts: right-aligned, wrapped on two lines. */
export function WrappedTick({ x = 0, y = 0, payload, maxWidth, fontSize }: WrappedTickProps) {
  const label = String(payload?.value ?? '');
  // Characters per line from this label's own measured width, so that wide glyphs wrap sooner.
  const perChar = label.length === 0 ? fontSize * 0.55 : textWidth(label, fontSize) / label.length;
  // The label ends 6px left of the tick and must start inside the chart: that is the room it has.
  const room = Math.min(maxWidth, Number(x)) - 8;
  let chars = Math.max(6, Math.floor(room / perChar));
  let lines = wrapLabel(label, chars);
  // The average width is an estimate: shorten until every line really fits.
  while (chars > 6 && lines.some((line) => textWidth(line, fontSize) > room)) {
    chars -= 1;
    lines = wrapLabel(label, chars);
  }
  const lineHeight = fontSize * 1.15;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={Number(x) - 6}
      y={top}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={fontSize}
      fill="currentColor"
    >
      {lines.map((line, index) => (
        <tspan key={line} x={Number(x) - 6} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
