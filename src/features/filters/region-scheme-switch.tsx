import type { RegionScheme } from '../../model/view';

interface Props {
  readonly scheme: RegionScheme;
  readonly onChange: (scheme: RegionScheme) => void;
}

/** 2013 regions (when the poles were labelled) or today's: the region filter, chart and map follow the choice. */
export function RegionSchemeSwitch({ scheme, onChange }: Props) {
  return (
    <div className="view-switch region-scheme" role="group" aria-label="Découpage régional">
      {(['2013', '2016'] as const).map((option) => (
        <button key={option} type="button" aria-pressed={scheme === option} onClick={() => onChange(option)}>
          {option === '2013' ? 'Régions de 2013' : 'Régions de 2016'}
        </button>
      ))}
    </div>
  );
}
