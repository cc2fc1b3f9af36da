import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useRenderSettings } from '../../components/render-context';
import { formatMillions } from '../../lib/format';
import { markColor } from '../../lib/palette';
import type { FundingSeries } from '../../selectors/funding';

interface YearTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly index?: number;
  readonly payload?: { readonly value?: unknown };
  readonly amounts: readonly string[];
  readonly fontSize: number;
}

/** The year, and under it the estimated amount of that year, so that every bar carries its value in words. */
function YearTick({ x = 0, y = 0, index = 0, payload, amounts, fontSize }: YearTickProps) {
  return (
    <text x={Number(x)} y={Number(y) + fontSize} textAnchor="middle" fontSize={fontSize} fill="currentColor">
      <tspan x={Number(x)} fontWeight={700}>
        {String(payload?.value ?? '')}
      </tspan>
      <tspan x={Number(x)} dy={fontSize * 1.3}>
        {amounts[index] ?? ''}
      </tspan>
    </text>
  );
}

interface Props {
  readonly series: FundingSeries;
  readonly width: number;
  readonly height: number;
}

const toMillions = (euros: number) => euros / 1e6;

/** Yearly amounts (hatched: estimates) and their running sum up to the stated total. */
export function FundingChart({ series, width, height: preferred }: Props) {
  const { fontSize, theme, maxChartHeight } = useRenderSettings();
  const height = maxChartHeight ?? preferred;
  const narrow = width < fontSize * 38;
  const data = series.years.map((year) => ({
    year: String(year.year),
    amount: toMillions(year.amount),
    cumulative: toMillions(year.cumulative),
    amountLabel: narrow ? `≈ ${formatMillions(year.amount, 1)}` : `≈ ${formatMillions(year.amount)} est.`,
    cumulativeLabel: formatMillions(year.cumulative, 1),
  }));
  const total = series.total === null ? null : toMillions(series.total.amount_eur);
  const top = Math.ceil(Math.max(total ?? 0, ...data.map((d) => d.cumulative)) + 0.5);
  const patternId = `estimate-hatch-${theme}`;
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={{ top: fontSize * 2, right: fontSize, bottom: 8, left: 0 }}
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
        dataKey="year"
        height={fontSize * 3.4}
        interval={0}
        tick={<YearTick amounts={data.map((d) => d.amountLabel)} fontSize={fontSize} />}
        tickLine={false}
        axisLine={{ stroke: markColor('muted', theme) }}
      />
      <YAxis
        domain={[0, top]}
        allowDecimals={false}
        tickCount={top + 1}
        tick={{ fontSize, fill: 'currentColor' }}
        tickFormatter={(value: number) => formatMillions(value * 1e6, 0)}
        width={fontSize * 2.8}
        axisLine={false}
        tickLine={false}
      />
      {total === null ? null : (
        <ReferenceLine
          y={total}
          stroke={markColor('total', theme)}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{
            value: `Total annoncé : ${series.total?.approximate ? 'près de ' : ''}${formatMillions(total * 1e6)} M€`,
            position: 'insideTopLeft',
            fontSize,
            fontWeight: 700,
            fill: 'currentColor',
            dy: -fontSize * 1.6,
          }}
        />
      )}
      <Bar
        dataKey="amount"
        fill={`url(#${patternId})`}
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
