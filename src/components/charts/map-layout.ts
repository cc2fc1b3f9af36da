import { textWidth } from '../../lib/text-measure';
import type { ChartFrame } from './chart-frame';

/** The map package's frame (its viewBox): mainland France and Corsica, in map units. */
export const MAP_FRAME = { width: 613, height: 585 } as const;
/** Classes of counts shaded in blue; fewer when the largest count is small, so that no class is empty. */
export const MAX_CLASSES = 5;

// On the dashboard the map stops growing here: a wide card would otherwise make it taller than the screen.
const DASHBOARD_MAP_HEIGHT = 560;

export interface Place {
  readonly x: number;
  readonly y: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Size of the count written on a region. */
  readonly labelSize: number;
  /** Pixels per map unit, and where the mainland's frame starts. */
  readonly scale: number;
  readonly map: Place;
  /** Overseas regions: one square box each, its name beside it (side) or under it (below). */
  readonly insets: {
    readonly mode: 'side' | 'below';
    readonly box: number;
    readonly title: Place;
    readonly boxes: readonly Place[];
  };
  /** The colour key: its title, then one swatch per class; the outline key when a region is selected. */
  readonly legend: {
    readonly title: Place;
    readonly entries: readonly Place[];
    readonly outline: Place | null;
    readonly swatch: number;
  };
}

interface Counts {
  readonly insets: number;
  /** Colour classes, zero included. */
  readonly classes: number;
  readonly selected: boolean;
  /** Width of the longest overseas name at the frame's type size (see insetNamesWidth); estimated when absent. */
  readonly nameWidth?: number;
}

/** Width of the longest of the overseas regions' names, as drawn beside or under their boxes. */
export const insetNamesWidth = (labels: readonly string[], fontSize: number): number =>
  Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));

/** How many colour classes a map whose largest count is `max` has, zero included. */
export const classCount = (max: number): number => Math.min(MAX_CLASSES, Math.max(1, Math.round(max))) + 1;

/** Where everything goes, from the width and the type size alone (text widths are estimated as the bars do without a canvas). */
export function mapLayout(width: number, frame: ChartFrame, counts: Counts): MapLayout {
  const f = frame.fontSize;
  const line = f * 1.9;
  const swatch = Math.round(f * 1.3);
  const slot = f * 6.5;
  const perRow = Math.max(1, Math.floor(width / slot));
  const legendRows = Math.ceil(counts.classes / perRow);
  const legendHeight = f * 1.6 + legendRows * line + (counts.selected ? line : 0);

  const box = Math.round(f * 3);
  const gap = f * 1.2;
  // « Guadeloupe », the longest French name, is about six font sizes wide; a longer one (« French Guiana ») widens it.
  const nameWidth = Math.max(f * 6.6, counts.nameWidth ?? 0);
  const insetTitle = f * 1.6;
  const sideWidth = counts.insets === 0 ? 0 : box + f * 0.6 + nameWidth;
  const sideHeight = insetTitle + counts.insets * box + Math.max(0, counts.insets - 1) * f * 0.6;
  const belowSlot = Math.max(box, nameWidth) + f * 0.6;
  const belowColumns = Math.max(1, Math.min(counts.insets, Math.floor(width / belowSlot)));
  const belowRows = Math.ceil(counts.insets / belowColumns);
  const belowHeight = counts.insets === 0 ? 0 : insetTitle + belowRows * (box + f * 1.9);

  const roomHeight = (reserved: number) =>
    (frame.maxHeight === null ? DASHBOARD_MAP_HEIGHT : frame.maxHeight - legendHeight - gap - reserved) /
    MAP_FRAME.height;
  const sideScale = Math.min((width - sideWidth - gap) / MAP_FRAME.width, roomHeight(0));
  const belowScale = Math.min(width / MAP_FRAME.width, roomHeight(belowHeight + gap));
  // Beside the mainland when that keeps it at least 70 % of the size it would have above a row of boxes.
  const side = counts.insets > 0 && sideScale >= Math.min(belowScale, 0.7) * 0.999 && sideScale > 0;
  const scale = Math.max(0.1, side ? sideScale : belowScale);
  const mapWidth = MAP_FRAME.width * scale;
  const mapHeight = MAP_FRAME.height * scale;
  const contentWidth = side ? mapWidth + gap + sideWidth : mapWidth;
  const left = Math.max(0, (width - contentWidth) / 2);

  const insetsTop = side ? 0 : mapHeight + gap;
  const insetsLeft = side ? left + mapWidth + gap : Math.max(0, (width - belowColumns * belowSlot) / 2);
  const boxes = Array.from({ length: counts.insets }, (_, index) =>
    side
      ? { x: insetsLeft, y: insetsTop + insetTitle + index * (box + f * 0.6) }
      : {
          x: insetsLeft + (index % belowColumns) * belowSlot + (belowSlot - box) / 2,
          y: insetsTop + insetTitle + Math.floor(index / belowColumns) * (box + f * 1.9),
        },
  );
  const bodyHeight = side
    ? Math.max(mapHeight, sideHeight)
    : mapHeight + (belowHeight > 0 ? gap + belowHeight : 0);
  const legendTop = bodyHeight + gap;
  const legendLeft = Math.max(0, (width - Math.min(counts.classes, perRow) * slot) / 2);
  const entries = Array.from({ length: counts.classes }, (_, index) => ({
    x: legendLeft + (index % perRow) * slot,
    y: legendTop + f * 1.6 + Math.floor(index / perRow) * line,
  }));
  return {
    width,
    height: Math.ceil(legendTop + legendHeight),
    fontSize: f,
    labelSize: Math.round(f * 1.15),
    scale,
    map: { x: left, y: 0 },
    insets: {
      mode: side ? 'side' : 'below',
      box,
      title: side ? { x: insetsLeft, y: insetsTop + f } : { x: width / 2, y: insetsTop + f },
      boxes,
    },
    legend: {
      title: { x: width / 2, y: legendTop + f },
      entries,
      outline: counts.selected ? { x: legendLeft, y: legendTop + f * 1.6 + legendRows * line } : null,
      swatch,
    },
  };
}
