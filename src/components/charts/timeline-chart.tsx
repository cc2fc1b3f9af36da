import { markColor } from '../../lib/palette';
import { useI18n } from '../i18n-context';
import type { ChartFrame } from './chart-frame';
import type { TimelineSpec } from './chart-spec';
import { entriesThatFit, timelineLayout } from './timeline-layout';

interface Props {
  readonly spec: TimelineSpec;
  readonly width: number;
  readonly frame: ChartFrame;
}

/** Milestones in order on a vertical line: an SVG, so that it exports like the other charts. */
export function TimelineChart({ spec, width, frame }: Props) {
  const { t } = useI18n();
  const { fontSize, theme } = frame;
  const count = entriesThatFit(spec.entries, width, fontSize, frame.maxHeight);
  const shown = spec.entries.slice(0, count);
  const hidden = spec.entries.slice(count);
  const { rows, height, dateWidth, labelX, lineHeight } = timelineLayout(shown, width, fontSize);
  const axisX = dateWidth + fontSize * 0.9;
  const color = markColor('base', theme);
  return (
    <>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="timeline-chart"
        role="img"
        aria-label={shown
          .map((entry) => t('card.chart.timelineEntry', { when: entry.when, label: entry.label }))
          .join(t('card.chart.timelineSeparator'))}
      >
        <line
          x1={axisX}
          x2={axisX}
          y1={fontSize * 0.4}
          y2={height - fontSize * 0.4}
          stroke={color}
          strokeWidth={3}
        />
        {rows.map(({ entry, y, lines, dates }) => (
          <g key={entry.id}>
            <circle
              cx={axisX}
              cy={y}
              r={fontSize * 0.4}
              fill={entry.aboutPole ? color : markColor('estimateFill', theme)}
              stroke={color}
              strokeWidth={3}
            />
            <text
              x={dateWidth}
              y={y}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={fontSize}
              fontWeight={700}
              fill="currentColor"
            >
              {dates.map((line, index) => (
                <tspan key={line} x={dateWidth} dy={index === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            <text x={labelX} y={y} dominantBaseline="central" fontSize={fontSize} fill="currentColor">
              {lines.map((line, index) => (
                <tspan key={`${index}-${line}`} x={labelX} dy={index === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      {hidden.length > 0 ? (
        <p className="more-rows" style={{ fontSize }}>
          {t('card.chart.timelineMore', { count: hidden.length })}{' '}
          {hidden
            .map((entry) => t('card.chart.timelineHidden', { when: entry.when, label: entry.label }))
            .join(t('card.chart.timelineSeparator'))}
        </p>
      ) : null}
    </>
  );
}
