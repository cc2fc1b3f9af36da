import { useI18n } from '../i18n-context';
import type { MapColors } from './map-colors';
import type { MapLayout } from './map-layout';

/** The colour key, inside the map's SVG so that exported images keep it: one swatch per class, each labelled. */
export function MapKey({ layout, colors }: { readonly layout: MapLayout; readonly colors: MapColors }) {
  const { t } = useI18n();
  const { legend, fontSize } = layout;
  const size = legend.swatch;
  return (
    <g className="map-key" aria-hidden="true" fontSize={fontSize} fill="currentColor">
      <text x={legend.title.x} y={legend.title.y} textAnchor="middle" fontWeight={700}>
        {t('card.map.keyTitle')}
      </text>
      {colors.classes.map((entry, index) => {
        const place = legend.entries[index];
        if (place === undefined) return null;
        return (
          <g key={entry.label}>
            <rect
              x={place.x}
              y={place.y}
              width={size}
              height={size}
              fill={entry.fill}
              stroke={colors.border}
              strokeWidth={1}
            />
            <text x={place.x + size + fontSize * 0.4} y={place.y + size / 2} dominantBaseline="central">
              {entry.label}
            </text>
          </g>
        );
      })}
      {legend.outline === null ? null : (
        <g>
          <rect
            x={legend.outline.x + 1.5}
            y={legend.outline.y + 1.5}
            width={size - 3}
            height={size - 3}
            fill="none"
            stroke={colors.outline.ink}
            strokeWidth={3}
          />
          <text
            x={legend.outline.x + size + fontSize * 0.4}
            y={legend.outline.y + size / 2}
            dominantBaseline="central"
          >
            {t('card.map.keyOutline')}
          </text>
        </g>
      )}
    </g>
  );
}
