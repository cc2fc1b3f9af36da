import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { markColor } from '../lib/palette';
import { horizontalBarChartHeight, rowsThatFit, type HorizontalBar } from './bar-chart-layout';
import { EndLabel } from './end-label';
import { useRenderSettings } from './render-context';
import { WrappedTick, type TickProps } from './wrapped-tick';

interface Props {
  readonly bars: readonly HorizontalBar[];
  readonly width: number;
  readonly ariaLabel: string;
  readonly onBarClick?: (id: string) => void;
}

/** Bars sorted by the caller, one row each, labelled with their value; a click calls `onBarClick` (its keyboard twin lives in the filter bar). */
export function HorizontalBarChart({ bars, width, ariaLabel, onBarClick }: Props) {
  const { fontSize, rowHeight: baseRow, maxChartHeight, theme, slide } = useRenderSettings();
  // On a slide, few bars grow thicker to use the room; many keep the base height and the rest is listed.
  const rowHeight =
    slide && maxChartHeight !== null
      ? Math.min(fontSize * 4, Math.max(baseRow, Math.floor((maxChartHeight - 16) / bars.length)))
      : baseRow;
  const shown = bars.slice(0, rowsThatFit(bars.length, rowHeight, maxChartHeight, fontSize * 2.8));
  const hidden = bars.length - shown.length;
  const axisWidth = Math.min(
    fontSize * 17,
    Math.max(fontSize * 9, Math.round(width * (width < 500 ? 0.4 : 0.34))),
  );
  const longestValueLabel = Math.max(...shown.map((bar) => bar.valueLabel.length), 4);
  // Only what the chart reads: Recharts copies row fields onto the SVG paths as attributes.
  const data = shown.map((bar) => ({ label: bar.label, value: bar.value, valueLabel: bar.valueLabel }));
  return (
    <>
      <BarChart
        width={width}
        height={horizontalBarChartHeight(shown.length, rowHeight)}
        data={data}
        layout="vertical"
        margin={{
          top: 4,
          right: Math.min(longestValueLabel * fontSize * 0.6 + 12, width * 0.3),
          bottom: 4,
          left: 0,
        }}
        barCategoryGap="18%"
        title={ariaLabel}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: markColor('muted', theme) }}
          // A function, not an element: Recharts would merge its own tick props over ours when cloning.
          tick={(tick: TickProps) => (
            <WrappedTick
              x={tick.x}
              y={tick.y}
              payload={tick.payload}
              maxWidth={axisWidth}
              fontSize={fontSize}
            />
          )}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          cursor={onBarClick === undefined ? undefined : 'pointer'}
          onClick={
            onBarClick === undefined
              ? undefined
              : (_entry, index) => {
                  const bar = shown[index];
                  if (bar !== undefined) onBarClick(bar.id);
                }
          }
        >
          {shown.map((bar) => (
            <Cell key={bar.id} fill={markColor(bar.tone, theme)} data-bar-id={bar.id} />
          ))}
          <LabelList dataKey="valueLabel" content={<EndLabel fontSize={fontSize} />} />
        </Bar>
      </BarChart>
      {hidden > 0 ? (
        <p className="more-rows" style={{ fontSize }}>
          + {hidden} autre{hidden > 1 ? 's' : ''} :{' '}
          {bars
            .slice(shown.length, shown.length + 6)
            .map((bar) => `${bar.label} (${bar.valueLabel})`)
            .join(', ')}
          {hidden > 6 ? ', etc. (voir le tableau)' : ''}
        </p>
      ) : null}
    </>
  );
}
