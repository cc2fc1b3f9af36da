import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n-context';
import type { ChartFrame } from './chart-frame';
import type { MapRegion, MapSpec } from './chart-spec';
import { mapColors } from './map-colors';
import { regionShapes } from './map-geometry';
import { MapKey } from './map-key';
import { classCount, insetNamesWidth, mapLayout } from './map-layout';
import { CountLabel, InsetNames, labelPlace, mapTransform, Outline, type MapPlaces } from './map-marks';
import { MapRegionControl, MapTooltip, type Reveal } from './map-region';

interface Props {
  readonly spec: MapSpec;
  readonly width: number;
  readonly frame: ChartFrame;
  readonly ariaLabel: string;
  /** A click, Enter or Space on a region. */
  readonly onSelect?: (id: string) => void;
}

interface Shown {
  readonly id: string;
  readonly by: Reveal;
}

/** Which region's tooltip is open and why; the pointer leaving waits a moment, so that it can reach the tooltip (WCAG 1.4.13). */
function useShownRegion() {
  const [shown, setShown] = useState<Shown | null>(null);
  // The focus ring stays when Escape closes the tooltip.
  const [focused, setFocused] = useState<string | null>(null);
  const leaving = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(leaving.current), []);
  useEffect(() => {
    if (shown === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShown(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);
  const show = (id: string, by: Reveal) => {
    window.clearTimeout(leaving.current);
    setShown({ id, by });
    if (by === 'focus') setFocused(id);
  };
  const hide = (id: string, by: Reveal) => {
    window.clearTimeout(leaving.current);
    const gone = (current: Shown | null) =>
      current?.id === id && (by === 'focus' || current.by === 'hover') ? null : current;
    if (by === 'focus') {
      setShown(gone);
      setFocused((current) => (current === id ? null : current));
    } else leaving.current = window.setTimeout(() => setShown(gone), 200);
  };
  const keep = () => window.clearTimeout(leaving.current);
  return { shown, focused, show, hide, keep, dismiss: () => setShown(null) };
}

/** The regions of one map shaded by their count of poles, each count written on its region; one SVG, colours inline. */
export function MapChart({ spec, width, frame, ariaLabel, onSelect }: Props) {
  const i18n = useI18n();
  const tooltipId = useId();
  const { shown, focused, show, hide, keep, dismiss } = useShownRegion();
  const mainland = useMemo(() => spec.regions.filter((region) => !region.inset), [spec.regions]);
  const shapes = useMemo(() => regionShapes(mainland), [mainland]);
  const insets = spec.regions.filter((region) => !shapes.has(region.id));
  const colors = mapColors(spec.max, frame.theme, i18n);
  const layout = mapLayout(width, frame, {
    insets: insets.length,
    classes: classCount(spec.max),
    selected: spec.regions.some((region) => region.selected),
    nameWidth: insetNamesWidth(
      insets.map((region) => region.label),
      frame.fontSize,
    ),
  });
  const places: MapPlaces = { layout, shapes, insets };
  const drawn = [...mainland.filter((region) => shapes.has(region.id)), ...insets];

  const shape = (region: MapRegion) => {
    const fill = colors.fill(region.count);
    const mainlandShape = shapes.get(region.id);
    if (mainlandShape !== undefined)
      return (
        <path
          d={mainlandShape.path}
          transform={mapTransform(places)}
          fill={fill}
          fillRule="evenodd"
          // The fill's own colour over the seams between a region's departments.
          stroke={fill}
          strokeWidth={0.6 / layout.scale}
        />
      );
    const box = layout.insets.boxes[insets.indexOf(region)];
    const size = layout.insets.box;
    return box === undefined ? null : <rect x={box.x} y={box.y} width={size} height={size} fill={fill} />;
  };
  const active = drawn.find((region) => region.id === shown?.id);
  const activePlace = active === undefined ? null : labelPlace(places, active);

  return (
    <div className="map-chart" style={{ maxWidth: layout.width }}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={ariaLabel}
        className="map-svg"
      >
        <g>
          {drawn.map((region) => (
            <MapRegionControl
              key={region.id}
              region={region}
              onToggle={onSelect === undefined ? undefined : () => onSelect(region.id)}
              describedBy={shown?.id === region.id ? tooltipId : undefined}
              onShow={(by) => show(region.id, by)}
              onHide={(by) => hide(region.id, by)}
              onDismiss={dismiss}
            >
              {shape(region)}
            </MapRegionControl>
          ))}
        </g>
        <g aria-hidden="true" pointerEvents="none">
          {drawn.map((region) => (
            <Outline key={region.id} places={places} region={region} stroke={colors.border} width={1} />
          ))}
          {drawn
            .filter((region) => region.selected)
            .map((region) => (
              <g key={region.id}>
                <Outline places={places} region={region} stroke={colors.outline.halo} width={6} />
                <Outline places={places} region={region} stroke={colors.outline.ink} width={3} />
              </g>
            ))}
          {drawn
            .filter((region) => region.id === focused)
            .map((region) => (
              <Outline key={region.id} places={places} region={region} stroke={colors.focus} width={4} />
            ))}
          {drawn.map((region) => (
            <CountLabel key={region.id} places={places} region={region} colors={colors} />
          ))}
          <InsetNames places={places} />
        </g>
        <MapKey layout={layout} colors={colors} />
      </svg>
      {active === undefined || activePlace === null ? null : (
        <MapTooltip
          id={tooltipId}
          region={active}
          place={activePlace}
          width={layout.width}
          interactive={onSelect !== undefined}
          onEnter={keep}
          onLeave={dismiss}
        />
      )}
    </div>
  );
}
