import type { LegendItem } from '../../lib/legend';
import { useI18n } from '../i18n-context';
import { markColor, type ColorTheme } from '../../lib/palette';

function Swatch({ item, theme }: { readonly item: LegendItem; readonly theme: ColorTheme }) {
  const color = markColor(item.role, theme);
  const fill = markColor('estimateFill', theme);
  const style =
    item.swatch === 'hatch'
      ? {
          border: `1.5px solid ${color}`,
          background: `repeating-linear-gradient(45deg, ${color} 0 3px, ${fill} 3px 6px)`,
        }
      : item.swatch === 'line'
        ? { height: 4, background: color }
        : item.swatch === 'dash'
          ? { height: 0, borderTop: `3px dashed ${color}` }
          : { background: color };
  return <span className="swatch" style={style} aria-hidden="true" />;
}

/** The legend under a chart; every entry is text, the swatch only repeats it. */
export function ChartLegend({
  items,
  theme,
}: {
  readonly items: readonly LegendItem[];
  readonly theme: ColorTheme;
}) {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('card.chart.legend')}>
      {items.map((item) => (
        <li key={item.label}>
          <Swatch item={item} theme={theme} /> {item.label}
        </li>
      ))}
    </ul>
  );
}
