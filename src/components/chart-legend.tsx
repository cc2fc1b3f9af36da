import { markColor } from '../lib/palette';
import type { LegendItem } from './legend';
import { useRenderSettings } from './render-context';

function Swatch({ item }: { readonly item: LegendItem }) {
  const { theme } = useRenderSettings();
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
export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Légende">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch item={item} /> {item.label}
        </li>
      ))}
    </ul>
  );
}
