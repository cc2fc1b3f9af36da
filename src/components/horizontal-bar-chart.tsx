import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { markColor } from '../lib/palette';
import { horizontalBarChartHeight, type HorizontalBar } from './bar-chart-layout';
import { EndLabel } from './end-label';
import { WrappedTick } from './wrapped-tick';

interface Props {
  readonly bars: readonly HorizontalBar[];
  readonly width: number;
  readonly ariaLabel: string;
  readonly onBarClick?: (id: string) => void;
}

const AXIS_FONT = 13;

/** Bars sorted by the caller, one row each, labelled with their value; a click calls `onBarClick` (its keyboard twin lives in the filter bar). */
export function HorizontalBarChart({ bars, width, ariaLabel, onBarClick }: Props) {
  const axisWidth = Math.min(220, Math.max(120, Math.round(width * 0.34)));
  const maxChars = Math.floor(axisWidth / (AXIS_FONT * 0.55));
  const longestValueLabel = Math.max(...bars.map((bar) => bar.valueLabel.length), 4);
  // Only what the chart reads: Recharts copies row fields onto the SVG paths as attributes.
  const data = bars.map((bar) => ({ label: bar.label, value: bar.value, valueLabel: bar.valueLabel }));
  return (
    <BarChart
      width={width}
      height={horizontalBarChartHeight(bars.length)}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: Math.min(longestValueLabel * 7.5 + 12, width * 0.3), bottom: 4, left: 0 }}
      barCategoryGap={6}
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
        axisLine={{ stroke: '#4a5562' }}
        tick={<WrappedTick maxChars={maxChars} fontSize={AXIS_FONT} />}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        cursor={onBarClick === undefined ? undefined : 'pointer'}
        onClick={
          onBarClick === undefined
            ? undefined
            : (_entry, index) => {
                const bar = bars[index];
                if (bar !== undefined) onBarClick(bar.id);
              }
        }
      >
        {bars.map((bar) => (
          <Cell key={bar.id} fill={markColor(bar.tone)} data-bar-id={bar.id} />
        ))}
        <LabelList dataKey="valueLabel" content={<EndLabel fontSize={AXIS_FONT} />} />
      </Bar>
    </BarChart>
  );
}
