import { END_LABEL_GAP } from './end-label-layout';

interface EndLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  /** The label's lines, joined by line breaks (see end-label-layout.ts). */
  readonly value?: string | number;
  readonly fontSize: number;
}

/** The value written just past the end of a horizontal bar, on the lines the layout gave it, centred on the bar. */
export function EndLabel({ x = 0, y = 0, width = 0, height = 0, value, fontSize }: EndLabelProps) {
  const lines = String(value ?? '').split('\n');
  const lineHeight = fontSize * 1.15;
  const left = Number(x) + Number(width) + END_LABEL_GAP;
  const top = Number(y) + Number(height) / 2 - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={left} y={top} dominantBaseline="central" fontSize={fontSize} fill="currentColor">
      {lines.map((line, index) => (
        <tspan key={`${index}-${line}`} x={left} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
