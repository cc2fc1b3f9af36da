import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { markColor } from '../../lib/palette';
import { useI18n } from '../i18n-context';
import type { ChartFrame } from './chart-frame';
import type { ColumnsSpec } from './chart-spec';
import { columnLayout } from './column-layout';

interface ColumnTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly index?: number;
  readonly payload?: { readonly value?: string | number };
  readonly values: readonly string[];
  /** A third line under each value (« est. » on narrow charts), or null. */
  readonly notes: readonly (string | null)[];
  readonly fontSize: number;
}

/** The category, and under it the value of that column, so that every column carries its value in words. */
function ColumnTick({ x = 0, y = 0, index = 0, payload, values, notes, fontSize }: ColumnTickProps) {
  const note = notes[index] ?? null;
  return (
    <text x={Number(x)} y={Number(y) + fontSize} textAnchor="middle" fontSize={fontSize} fill="currentColor">
      <tspan x={Number(x)} fontWeight={700}>
        {String(payload?.value ?? '')}
      </tspan>
      <tspan x={Number(x)} dy={fontSize * 1.3}>
        {values[index] ?? ''}
      </tspan>
      {note === null ? null : (
        <tspan x={Number(x)} dy={fontSize * 1.3}>
          {note}
        </tspan>
      )}
    </text>
  );
}

interface Props {
  readonly spec: ColumnsSpec;
  readonly width: number;
  readonly frame: ChartFrame;
  readonly ariaLabel: string;
}

/** Columns (hatched: estimates) and their running sum up to a stated total. */
export function ColumnChart({ spec, width, frame, ariaLabel }: Props) {
  const { format } = useI18n();
  const { fontSize, theme } = frame;
  const layout = columnLayout(spec, width, frame);
  const data = spec.columns.map((column) => ({
    label: column.label,
    value: column.value,
    cumulative: column.cumulative,
    cumulativeLabel: column.cumulativeLabel,
  }));
  const values = spec.columns.map((column) => (layout.narrow ? column.shortValueLabel : column.valueLabel));
  const notes = spec.columns.map((column) => (layout.narrow ? column.shortValueNote : null));
  const patternId = `estimate-hatch-${theme}`;
  return (
    <ComposedChart
      width={width}
      height={layout.height}
      data={data}
      margin={{ top: fontSize * 2, right: fontSize, bottom: 8, left: 0 }}
      title={ariaLabel}
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id={patternId}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill={markColor('estimateFill', theme)} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={markColor('estimate', theme)} strokeWidth="4" />
        </pattern>
      </defs>
      <CartesianGrid vertical={false} stroke={markColor('muted', theme)} strokeOpacity={0.35} />
      <XAxis
        dataKey="label"
        height={layout.axisHeight}
        interval={0}
        tick={<ColumnTick values={values} notes={notes} fontSize={fontSize} />}
        tickLine={false}
        axisLine={{ stroke: markColor('muted', theme) }}
      />
      <YAxis
        domain={[0, layout.top]}
        allowDecimals={false}
        tickCount={layout.top + 1}
        tick={{ fontSize, fill: 'currentColor' }}
        tickFormatter={(value: number) => format.integer(value)}
        width={fontSize * 2.8}
        axisLine={false}
        tickLine={false}
      />
      {spec.total === null ? null : (
        <ReferenceLine
          y={spec.total.value}
          stroke={markColor('total', theme)}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{
            value: spec.total.label,
            position: 'insideTopLeft',
            fontSize,
            fontWeight: 700,
            fill: 'currentColor',
            dy: -fontSize * 1.6,
          }}
        />
      )}
      <Bar
        dataKey="value"
        fill={spec.estimate ? `url(#${patternId})` : markColor('base', theme)}
        stroke={markColor('estimate', theme)}
        strokeWidth={1.5}
        isAnimationActive={false}
        maxBarSize={fontSize * 5}
      />
      <Line
        dataKey="cumulative"
        stroke={markColor('cumulative', theme)}
        strokeWidth={fontSize > 16 ? 5 : 3}
        dot={{ r: fontSize > 16 ? 7 : 4, fill: markColor('cumulative', theme) }}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="cumulativeLabel"
          position="top"
          offset={10}
          fontSize={fontSize}
          fontWeight={700}
          fill={markColor('cumulative', theme)}
        />
      </Line>
    </ComposedChart>
  );
}
