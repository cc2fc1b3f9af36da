interface EndLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly value?: string | number;
  readonly fontSize: number;
}

/** The value written just past the end of a horizontal bar, on one line (Recharts' default label wraps it). */
export function EndLabel({ x = 0, y = 0, width = 0, height = 0, value, fontSize }: EndLabelProps) {
  return (
    <text
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dominantBaseline="central"
      fontSize={fontSize}
      fill="currentColor"
    >
      {String(value ?? '')}
    </text>
  );
}
