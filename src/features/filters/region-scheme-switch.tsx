import { useId } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { RegionScheme } from '../../model/view';

interface Props {
  readonly scheme: RegionScheme;
  readonly onChange: (scheme: RegionScheme) => void;
}

/** 2013 regions (when the poles were labelled) or today's: the region filter, chart and map follow the choice. */
export function RegionSchemeSwitch({ scheme, onChange }: Props) {
  const whyId = useId();
  const { t } = useI18n();
  return (
    <div className="region-scheme">
      <div
        className="view-switch"
        role="group"
        aria-label={t('filters.scheme.label')}
        aria-describedby={whyId}
      >
        {(['2013', '2016'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={scheme === option}
            onClick={() => onChange(option)}
          >
            {option === '2013' ? t('filters.scheme.2013') : t('filters.scheme.2016')}
          </button>
        ))}
      </div>
      <p id={whyId} className="region-scheme-why">
        {t('filters.scheme.why')}
      </p>
    </div>
  );
}
