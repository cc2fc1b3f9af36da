interface WrappedTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  readonly maxChars: number;
  readonly fontSize: number;
}

/** Splits a label into at most two lines at word boundaries; the table keeps the full text. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
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
export function WrappedTick({ x = 0, y = 0, payload, maxChars, fontSize }: WrappedTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
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
