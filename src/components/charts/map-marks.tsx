import { useI18n } from '../i18n-context';
import type { MapRegion } from './chart-spec';
import type { MapColors } from './map-colors';
import type { RegionShape } from './map-geometry';
import type { MapLayout, Place } from './map-layout';

/** Where each region is drawn: its shape on the mainland, or its box among the overseas insets. */
export interface MapPlaces {
  readonly layout: MapLayout;
  readonly shapes: ReadonlyMap<string, RegionShape>;
  readonly insets: readonly MapRegion[];
}

/** The transform that puts map units at their place in the chart's pixels. */
export const mapTransform = ({ layout }: MapPlaces): string =>
  `translate(${layout.map.x} ${layout.map.y}) scale(${layout.scale})`;

const insetBox = (places: MapPlaces, region: MapRegion): Place | undefined =>
  places.layout.insets.boxes[places.insets.indexOf(region)];

/** Where a region's count is written, in pixels: its label point, or the middle of its box. */
export function labelPlace(places: MapPlaces, region: MapRegion): Place | null {
  const { layout, shapes } = places;
  const shape = shapes.get(region.id);
  if (shape !== undefined)
    return {
      x: layout.map.x + shape.label[0] * layout.scale,
      y: layout.map.y + shape.label[1] * layout.scale,
    };
  const box = insetBox(places, region);
  const half = layout.insets.box / 2;
  return box === undefined ? null : { x: box.x + half, y: box.y + half };
}

/** A region's border in one colour and width (in pixels, whatever the map's scale). */
export function Outline({
  places,
  region,
  stroke,
  width,
}: {
  readonly places: MapPlaces;
  readonly region: MapRegion;
  readonly stroke: string;
  readonly width: number;
}) {
  const shape = places.shapes.get(region.id);
  if (shape !== undefined)
    return (
      <path
        d={shape.outline}
        transform={mapTransform(places)}
        fill="none"
        stroke={stroke}
        strokeWidth={width / places.layout.scale}
        strokeLinejoin="round"
      />
    );
  const box = insetBox(places, region);
  const size = places.layout.insets.box;
  return box === undefined ? null : (
    <rect x={box.x} y={box.y} width={size} height={size} fill="none" stroke={stroke} strokeWidth={width} />
  );
}

/** The count written on the region, in a colour that reads on its fill, with a halo of that fill. */
export function CountLabel({
  places,
  region,
  colors,
}: {
  readonly places: MapPlaces;
  readonly region: MapRegion;
  readonly colors: MapColors;
}) {
  const { format } = useI18n();
  const at = labelPlace(places, region);
  if (at === null) return null;
  const fill = colors.fill(region.count);
  return (
    <text
      className="map-count"
      data-region-id={region.id}
      x={at.x}
      y={at.y}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={places.layout.labelSize}
      fontWeight={700}
      fill={colors.text(fill)}
      stroke={fill}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {format.integer(region.count)}
    </text>
  );
}

/** « Outre-mer » and the name of each overseas region beside (or under) its box. */
export function InsetNames({ places }: { readonly places: MapPlaces }) {
  const { t } = useI18n();
  const { layout, insets } = places;
  const { boxes, box: size, mode, title } = layout.insets;
  const f = layout.fontSize;
  if (insets.length === 0) return null;
  return (
    <g fontSize={f} fill="currentColor">
      <text x={title.x} y={title.y} textAnchor={mode === 'side' ? 'start' : 'middle'} fontWeight={700}>
        {t('card.map.overseas')}
      </text>
      {insets.map((region, index) => {
        const box = boxes[index];
        if (box === undefined) return null;
        return mode === 'side' ? (
          <text key={region.id} x={box.x + size + f * 0.6} y={box.y + size / 2} dominantBaseline="central">
            {region.label}
          </text>
        ) : (
          <text key={region.id} x={box.x + size / 2} y={box.y + size + f * 1.1} textAnchor="middle">
            {region.label}
          </text>
        );
      })}
    </g>
  );
}
