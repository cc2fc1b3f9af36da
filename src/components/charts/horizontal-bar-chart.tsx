import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { markColor } from '../../lib/palette';
import { barLayout, moreRowsText } from './bar-layout';
import type { ChartFrame } from './chart-frame';
import type { BarsSpec } from './chart-spec';
import { EndLabel } from './end-label';
import { WrappedTick, type TickProps } from './wrapped-tick';

interface Props {
  readonly spec: BarsSpec;
  readonly width: number;
  readonly frame: ChartFrame;
  readonly ariaLabel: string;
  /** A click on a bar; its keyboard twin lives in the filter bar. */
  readonly onSelect?: (id: string) => void;
}

/** Bars in the builder's order, one row each, labelled with their value. */
export function HorizontalBarChart({ spec, width, frame, ariaLabel, onSelect }: Props) {
  const { fontSize, theme } = frame;
  const layout = barLayout(spec.bars, width, frame);
  const shown = spec.bars.slice(0, layout.shown);
  const more = moreRowsText(spec.bars, layout.shown);
  // Only what the chart reads: Recharts copies row fields onto the SVG paths as attributes. The value label's lines
  // travel as one string.
  const data = shown.map((bar, index) => ({
    label: bar.label,
    value: bar.value,
    valueLabel: (layout.valueLines[index] ?? [bar.valueLabel]).join('\n'),
  }));
  return (
    <>
      <BarChart
        width={width}
        height={layout.height}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: layout.rightMargin, bottom: 4, left: 0 }}
        barCategoryGap="18%"
        title={ariaLabel}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={layout.axisWidth}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: markColor('muted', theme) }}
          // A function, not an element: Recharts would merge its own tick props over ours when cloning.
          tick={(tick: TickProps) => (
            <WrappedTick
              x={tick.x}
              y={tick.y}
              payload={tick.payload}
              maxWidth={layout.axisWidth}
              fontSize={fontSize}
            />
          )}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          cursor={onSelect === undefined ? undefined : 'pointer'}
          onClick={
            onSelect === undefined
              ? undefined
              : (_entry, index) => {
                  const bar = shown[index];
                  if (bar !== undefined) onSelect(bar.id);
                }
          }
        >
          {shown.map((bar) => (
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- moving to `shape` changes the bars' DOM; due before Recharts 4
            <Cell key={bar.id} fill={markColor(bar.tone, theme)} data-bar-id={bar.id} />
          ))}
          <LabelList dataKey="valueLabel" content={<EndLabel fontSize={fontSize} />} />
        </Bar>
      </BarChart>
      {more === null ? null : (
        <p className="more-rows" style={{ fontSize }}>
          {more}
        </p>
      )}
    </>
  );
}
