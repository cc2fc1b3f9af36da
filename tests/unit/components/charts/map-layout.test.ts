import { describe, expect, it } from 'vitest';
import { dashboardFrame, slideFrame } from '../../../../src/components/card/card-frame';
import { chartHeight } from '../../../../src/components/charts/chart-height';
import type { MapRegion, MapSpec } from '../../../../src/components/charts/chart-spec';
import {
  classCount,
  MAP_FRAME,
  mapLayout,
  type MapLayout,
} from '../../../../src/components/charts/map-layout';

const DASHBOARD = dashboardFrame('light', () => '');
/** 1080 pixels high: the chart gets 780. */
const SLIDE = slideFrame('light', () => '', 1080);
const COUNTS = { insets: 5, classes: 6, selected: false };

/** Everything drawn stays within the chart's width. */
function fitsWidth(layout: MapLayout): boolean {
  const right = Math.max(
    layout.map.x + MAP_FRAME.width * layout.scale,
    ...layout.insets.boxes.map((box) => box.x + layout.insets.box),
    ...layout.legend.entries.map((entry) => entry.x + layout.fontSize * 6.5),
  );
  return (
    right <= layout.width + 0.5 && Math.min(layout.map.x, ...layout.insets.boxes.map((box) => box.x)) >= 0
  );
}

describe('classCount', () => {
  it('counts zero and at most five classes of counts', () => {
    expect(classCount(10)).toBe(6);
    expect(classCount(3)).toBe(4);
    expect(classCount(0)).toBe(2);
  });
});

describe('mapLayout', () => {
  it('puts the overseas boxes in a column beside the mainland on a wide card, the map at most 560 pixels high', () => {
    const layout = mapLayout(880, DASHBOARD, COUNTS);
    expect(layout.insets.mode).toBe('side');
    expect(MAP_FRAME.height * layout.scale).toBeCloseTo(560);
    expect(layout.insets.boxes[0]?.x).toBeGreaterThan(layout.map.x + MAP_FRAME.width * layout.scale);
    expect(fitsWidth(layout)).toBe(true);
  });

  it('puts them in rows under the mainland on a phone, the map as wide as the card', () => {
    const layout = mapLayout(330, DASHBOARD, COUNTS);
    expect(layout.insets.mode).toBe('below');
    expect(MAP_FRAME.width * layout.scale).toBeCloseTo(330);
    const mapBottom = MAP_FRAME.height * layout.scale;
    for (const box of layout.insets.boxes) expect(box.y).toBeGreaterThan(mapBottom);
    // Two rows of boxes, each name under its box.
    expect(new Set(layout.insets.boxes.map((box) => box.y)).size).toBe(2);
    expect(fitsWidth(layout)).toBe(true);
  });

  it('keeps labels at a readable size whatever the width', () => {
    expect(mapLayout(330, DASHBOARD, COUNTS).labelSize).toBe(15);
    expect(mapLayout(1800, SLIDE, COUNTS).labelSize).toBe(28);
  });

  it('leaves room for a long overseas name (« French Guiana »), beside the boxes or under them', () => {
    const f = DASHBOARD.fontSize;
    const long = f * 9;
    const side = mapLayout(880, DASHBOARD, { ...COUNTS, nameWidth: long });
    const box = side.insets.boxes[0];
    expect(side.insets.mode).toBe('side');
    expect((box?.x ?? Infinity) + side.insets.box + f * 0.6 + long).toBeLessThanOrEqual(880);
    const below = mapLayout(330, DASHBOARD, { ...COUNTS, nameWidth: long });
    const row = below.insets.boxes.filter((place) => place.y === below.insets.boxes[0]?.y);
    for (let index = 1; index < row.length; index += 1)
      expect((row[index]?.x ?? 0) - (row[index - 1]?.x ?? 0)).toBeGreaterThanOrEqual(long);
    expect(fitsWidth(below)).toBe(true);
    // Names no longer than « Guadeloupe » keep the layout as it was.
    expect(mapLayout(880, DASHBOARD, { ...COUNTS, nameWidth: f * 5 })).toEqual(
      mapLayout(880, DASHBOARD, COUNTS),
    );
  });

  it('keeps within the room a slide leaves, legend included', () => {
    const layout = mapLayout(1800, SLIDE, COUNTS);
    expect(layout.height).toBeLessThanOrEqual(780);
    expect(fitsWidth(layout)).toBe(true);
  });

  it('wraps the colour key into rows on a narrow card, and adds the outline key when a region is selected', () => {
    const narrow = mapLayout(330, DASHBOARD, COUNTS);
    expect(new Set(narrow.legend.entries.map((entry) => entry.y)).size).toBe(2);
    expect(narrow.legend.outline).toBeNull();
    const selected = mapLayout(330, DASHBOARD, { ...COUNTS, selected: true });
    expect(selected.legend.outline).not.toBeNull();
    expect(selected.height).toBeGreaterThan(narrow.height);
  });

  it('leaves out the overseas block when there is none', () => {
    const layout = mapLayout(330, DASHBOARD, { ...COUNTS, insets: 0 });
    expect(layout.insets.boxes).toEqual([]);
    expect(layout.height).toBeLessThan(mapLayout(330, DASHBOARD, COUNTS).height);
  });
});

describe('chartHeight of a map', () => {
  const region = (id: string, inset: boolean): MapRegion => ({
    id,
    label: id,
    count: 1,
    selected: false,
    poles: [],
    departements: [],
    inset,
  });
  const spec: MapSpec = {
    kind: 'map',
    regions: [region('bretagne', false), region('guyane', true)],
    scheme: '2013',
    max: 1,
    select: 'regions',
  };

  it('is the height of the layout at the card’s width, so that the card reserves it', () => {
    expect(chartHeight(spec, DASHBOARD, 330)).toBe(
      mapLayout(330, DASHBOARD, { insets: 1, classes: 2, selected: false }).height,
    );
    expect(chartHeight(spec, DASHBOARD, 880)).toBeLessThan(chartHeight(spec, DASHBOARD, 600) + 200);
  });
});
