import { wrapText } from '../../lib/text-measure';

/** What Recharts gives a custom tick that this one reads. */
export interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: string | number };
}

interface WrappedTickProps extends TickProps {
  /** Room for the label, in pixels, left of the axis. */
  readonly maxWidth: number;
  readonly fontSize: number;
}

/** A y-axis tick for horizontal bar charts: right-aligned, wrapped on at most two lines; the table keeps the full text. */
export function WrappedTick({ x = 0, y = 0, payload, maxWidth, fontSize }: WrappedTickProps) {
  // The label ends 6px left of the tick and must start inside the chart: that is the room it has.
  const room = Math.min(maxWidth, Number(x)) - 8;
  const lines = wrapText(String(payload?.value ?? ''), room, fontSize, { maxLines: 2 });
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
        <tspan key={`${index}-${line}`} x={Number(x) - 6} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
