import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
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

const FONT = 13;
const toMillions = (euros: number) => euros / 1e6;

/** Yearly amounts (hatched: estimates) and their running sum up to the stated total. */
export function FundingChart({ series, width, height }: Props) {
  const data = series.years.map((year) => ({
    year: String(year.year),
    amount: toMillions(year.amount),
    cumulative: toMillions(year.cumulative),
    amountLabel: `≈ ${formatMillions(year.amount)} est.`,
    cumulativeLabel: formatMillions(year.cumulative, 1),
  }));
  const total = series.total === null ? null : toMillions(series.total.amount_eur);
  const top = Math.ceil(Math.max(total ?? 0, ...data.map((d) => d.cumulative)) + 0.5);
  return (
    <>
      <ComposedChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 28, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id="estimate-hatch"
            patternUnits="userSpaceOnUse"
            width="8"
            height="8"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#dfe8f2" />
            <line x1="0" y1="0" x2="0" y2="8" stroke={markColor('estimate')} strokeWidth="4" />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} stroke="#d5dbe1" />
        <XAxis
          dataKey="year"
          height={44}
          interval={0}
          tick={<YearTick amounts={data.map((d) => d.amountLabel)} fontSize={FONT} />}
          tickLine={false}
          axisLine={{ stroke: '#4a5562' }}
        />
        <YAxis
          domain={[0, top]}
          allowDecimals={false}
          tickCount={top + 1}
          tick={{ fontSize: FONT, fill: 'currentColor' }}
          tickFormatter={(value: number) => formatMillions(value * 1e6, 0)}
          width={36}
          axisLine={false}
          tickLine={false}
        />
        {total === null ? null : (
          <ReferenceLine
            y={total}
            stroke={markColor('total')}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{
              value: `Total annoncé : ${series.total?.approximate ? 'près de ' : ''}${formatMillions(total * 1e6)} M€`,
              position: 'insideTopLeft',
              fontSize: FONT,
              fontWeight: 700,
              fill: 'currentColor',
              dy: -20,
            }}
          />
        )}
        <Bar
          dataKey="amount"
          fill="url(#estimate-hatch)"
          stroke={markColor('estimate')}
          strokeWidth={1.5}
          isAnimationActive={false}
          maxBarSize={64}
        />
        <Line
          dataKey="cumulative"
          stroke={markColor('cumulative')}
          strokeWidth={3}
          dot={{ r: 4, fill: markColor('cumulative') }}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="cumulativeLabel"
            position="top"
            offset={10}
            fontSize={FONT}
            fontWeight={700}
            fill={markColor('cumulative')}
          />
        </Line>
      </ComposedChart>
      <ul className="legend" aria-label="Légende">
        <li>
          <span className="swatch swatch-hatch" aria-hidden="true" /> Montant annuel <strong>estimé</strong> :
          total réparti à parts égales (la source ne donne que le total)
        </li>
        <li>
          <span
            className="swatch swatch-line"
            style={{ background: markColor('cumulative') }}
            aria-hidden="true"
          />{' '}
          Cumul estimé
        </li>
        <li>
          <span
            className="swatch swatch-dash"
            style={{ borderColor: markColor('total') }}
            aria-hidden="true"
          />{' '}
          Total annoncé par la source
        </li>
      </ul>
    </>
  );
}
