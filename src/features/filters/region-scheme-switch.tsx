import { useId } from 'react';
import type { RegionScheme } from '../../model/view';

interface Props {
  readonly scheme: RegionScheme;
  readonly onChange: (scheme: RegionScheme) => void;
}

/** 2013 regions (when the poles were labelled) or today's: the region filter, chart and map follow the choice. */
export function RegionSchemeSwitch({ scheme, onChange }: Props) {
  const whyId = useId();
  return (
    <div className="region-scheme">
      <div className="view-switch" role="group" aria-label="Découpage régional" aria-describedby={whyId}>
        {(['2013', '2016'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={scheme === option}
            onClick={() => onChange(option)}
          >
            {option === '2013' ? 'Régions de 2013' : 'Régions de 2016'}
          </button>
        ))}
      </div>
      <p id={whyId} className="region-scheme-why">
        Les pôles ont été labellisés dans les 22 régions d’avant 2016 ; les 13 régions d’aujourd’hui datent de
        la réforme de 2016.
      </p>
    </div>
  );
}
