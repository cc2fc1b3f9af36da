import type { I18n } from '../../lib/i18n/i18n';
import type { Headline } from '../../selectors/headline';
import { qualifiedSum } from '../../selectors/member-count';

export interface KeyFigureModel {
  readonly id: string;
  readonly value: string;
  readonly label: string;
  readonly note?: string;
  readonly source: string;
}

/** The four headline figures, in words, for the dashboard and the slide alike. */
export function keyFigures(f: Headline, source: string, i18n: I18n): KeyFigureModel[] {
  const { t, format } = i18n;
  const { funding } = f;
  return [
    {
      id: 'poles',
      value: format.integer(f.filtered ? f.polesInView : f.polesTotal),
      label: f.filtered
        ? t('headline.poles.filtered', { count: f.polesInView, total: format.integer(f.polesTotal) })
        : t('headline.poles.all'),
      source: t('headline.poles.source', { source }),
    },
    {
      id: 'centre',
      value: format.integer(f.filtered ? f.centreInView : f.centreTotal),
      label: f.filtered
        ? t('headline.centre.filtered', { count: f.centreInView, total: format.integer(f.centreTotal) })
        : t('headline.centre.all'),
      source,
    },
    {
      id: 'members',
      value: qualifiedSum(f.centreMembers, f.centreMembersQualifier, i18n),
      label: f.filtered ? t('headline.members.filtered') : t('headline.members.all'),
      note: t('headline.members.note'),
      source,
    },
    {
      id: 'funding',
      value:
        funding === null
          ? '—'
          : funding.approximate
            ? t('headline.funding.approximate', { amount: format.millionEuros(funding.amount_eur) })
            : format.millionEuros(funding.amount_eur),
      label:
        funding === null
          ? t('headline.funding.unavailable')
          : t('headline.funding.label', {
              start: String(funding.period_start),
              end: String(funding.period_end),
            }),
      note: f.filtered ? t('headline.funding.noteFiltered') : t('headline.funding.note'),
      source: t('headline.funding.source', { source }),
    },
  ];
}
