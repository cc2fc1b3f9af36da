import type { Place } from './map-layout';

// Apart from the layout: the page needs the layout before the map loads, the tooltip only once it has.

/** Where the tooltip of a point goes: above it, or under it near the top; kept inside the chart's width. */
export function tooltipPlacement(
  point: Place,
  width: number,
): { left: number; top: number; transform: string } {
  const shiftX = point.x < width * 0.3 ? '-10%' : point.x > width * 0.7 ? '-90%' : '-50%';
  const below = point.y < 140;
  return {
    left: point.x,
    top: point.y + (below ? 18 : -18),
    transform: `translate(${shiftX}, ${below ? '0' : '-100%'})`,
  };
}
