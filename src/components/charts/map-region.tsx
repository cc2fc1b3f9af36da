import type { KeyboardEvent, ReactNode } from 'react';
import type { I18n } from '../../lib/i18n/i18n';
import { useI18n } from '../i18n-context';
import type { MapRegion } from './chart-spec';
import type { Place } from './map-layout';
import { tooltipPlacement } from './map-tooltip';

/** « Bretagne : 4 pôles »: what a region says to a screen reader, and the tooltip's first line. */
export const regionName = (region: MapRegion, { t }: I18n): string =>
  t('card.map.region', { region: region.label, count: region.count });

export type Reveal = 'hover' | 'focus';

interface ControlProps {
  readonly region: MapRegion;
  /** Absent, the region is a picture with a name, not a control. */
  readonly onToggle?: () => void;
  readonly describedBy?: string;
  readonly onShow: (by: Reveal) => void;
  readonly onHide: (by: Reveal) => void;
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}

/** One region as a toggle button: a click, Enter or Space filters on it; hover and focus show its poles. */
export function MapRegionControl({
  region,
  onToggle,
  describedBy,
  onShow,
  onHide,
  onDismiss,
  children,
}: ControlProps) {
  const i18n = useI18n();
  if (onToggle === undefined) {
    return (
      <g role="img" aria-label={regionName(region, i18n)}>
        {children}
      </g>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) onToggle();
  };
  return (
    <g
      className="map-region"
      data-region-id={region.id}
      role="button"
      tabIndex={0}
      aria-pressed={region.selected}
      aria-label={regionName(region, i18n)}
      aria-describedby={describedBy}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      onFocus={() => onShow('focus')}
      onBlur={() => onHide('focus')}
      onMouseEnter={() => onShow('hover')}
      onMouseLeave={() => onHide('hover')}
    >
      {children}
    </g>
  );
}

interface TooltipProps {
  readonly id: string;
  readonly region: MapRegion;
  readonly place: Place;
  readonly width: number;
  readonly interactive: boolean;
  readonly onEnter: () => void;
  readonly onLeave: () => void;
}

/** The region's poles by name, beside it while it is hovered or focused; the pointer may move onto it. */
export function MapTooltip({ id, region, place, width, interactive, onEnter, onLeave }: TooltipProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const style = tooltipPlacement(place, width);
  return (
    <div
      id={id}
      role="tooltip"
      className="map-tooltip"
      style={style}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
    >
      <p className="map-tooltip-title">{regionName(region, i18n)}</p>
      {region.poles.length > 0 ? (
        <ul>
          {region.poles.map((name) => (
            <li key={name}>{name}</li>
          ))}
          {region.count > region.poles.length ? (
            <li>{t('card.map.more', { count: region.count - region.poles.length })}</li>
          ) : null}
        </ul>
      ) : (
        <p>{t('card.map.noPole')}</p>
      )}
      {interactive ? (
        <p className="map-tooltip-hint">
          {region.selected ? t('card.map.unfilterHint') : t('card.map.filterHint')}
        </p>
      ) : null}
    </div>
  );
}
