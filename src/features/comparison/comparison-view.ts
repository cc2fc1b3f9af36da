import type { HorizontalBar } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import type { Pole, Source } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { categoryLabel, evaluationLabel } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel } from '../../selectors/member-count';
import { profileHref } from '../../store/url-state';

interface Lookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

type FactValue = [string, string | number | null] | [string, string, string];

const membersYear = (pole: Pole, { t }: I18n) =>
  pole.members_year === null
    ? pole.members === null
      ? '—'
      : t('comparison.table.membersYearUnknown')
    : String(pole.members_year);

/** One column per pole, one row per fact: the side-by-side view evaluators read. */
export function comparisonTable(poles: readonly Pole[], lookups: Lookups, i18n: I18n): TableModel {
  const { t } = i18n;
  const facts: readonly { key: string; label: string; value: (pole: Pole) => FactValue }[] = [
    {
      key: 'theme',
      label: t('comparison.table.theme'),
      value: (p) => [lookups.theme(p.theme), lookups.theme(p.theme)],
    },
    {
      key: 'region_2013',
      label: t('comparison.table.region2013'),
      value: (p) => [lookups.region(p.region_2013), lookups.region(p.region_2013)],
    },
    {
      key: 'region_2016',
      label: t('comparison.table.region2016'),
      value: (p) => [lookups.region(p.region_2016), lookups.region(p.region_2016)],
    },
    {
      key: 'hq_city',
      label: t('comparison.table.city'),
      value: (p) => [p.hq_city ?? t('comparison.table.cityUnknown'), p.hq_city],
    },
    {
      key: 'category',
      label: t('comparison.table.category'),
      value: (p) => [categoryLabel(p.category, i18n), categoryLabel(p.category, i18n)],
    },
    {
      key: 'year_labelled',
      label: t('comparison.table.year'),
      value: (p) => [String(p.year_labelled), p.year_labelled],
    },
    {
      key: 'evaluation',
      label: t('comparison.table.evaluation'),
      value: (p) => [evaluationLabel(p.evaluation_2012, i18n), evaluationLabel(p.evaluation_2012, i18n)],
    },
    {
      key: 'members',
      label: t('comparison.table.members'),
      value: (p) => [memberCount(p, i18n)?.number ?? t('comparison.table.membersUnknown'), p.members],
    },
    {
      key: 'members_qualifier',
      label: t('comparison.table.qualifier'),
      value: (p) => [
        p.members_qualifier === null ? '—' : qualifierLabel(p.members_qualifier, i18n),
        p.members_qualifier,
      ],
    },
    {
      key: 'members_unit',
      label: t('comparison.table.unit'),
      value: (p) => [p.members_unit === null ? '—' : unitLabel(p.members_unit, i18n), p.members_unit],
    },
    {
      key: 'members_wording',
      label: t('comparison.table.wording'),
      value: (p) => [
        p.members_wording ?? (p.members === null ? '—' : t('comparison.table.wordingMissing')),
        p.members_wording,
      ],
    },
    {
      key: 'members_year',
      label: t('comparison.table.membersYear'),
      value: (p) => [membersYear(p, i18n), p.members_year],
    },
    {
      key: 'doubt',
      label: t('comparison.table.doubt'),
      value: (p) => [p.doubt ?? t('comparison.table.noDoubt'), p.doubt],
    },
    {
      key: 'source',
      label: t('comparison.table.source'),
      value: (p) => {
        const source = lookups.source(p.source_id);
        const url = source?.url ?? undefined;
        return url === undefined
          ? [source?.publisher ?? p.source_id, p.source_id]
          : [source?.publisher ?? p.source_id, url, url];
      },
    },
  ];
  return {
    caption: t('comparison.table.caption', { count: poles.length }),
    columns: [
      { key: 'fact', label: t('comparison.table.fact') },
      ...poles.map((pole) => ({ key: pole.id, label: pole.name, href: profileHref(pole.id) })),
    ],
    rows: facts.map((fact) => ({
      key: fact.key,
      cells: [
        cell(fact.label),
        ...poles.map((pole) => {
          const [display, raw, href] = fact.value(pole);
          return cell(display, raw, href);
        }),
      ],
    })),
  };
}

export function comparisonBars(poles: readonly Pole[], i18n: I18n): HorizontalBar[] {
  const { t } = i18n;
  return poles.flatMap((pole) => {
    const count = memberCount(pole, i18n);
    return count === null
      ? []
      : [
          {
            id: pole.id,
            label: pole.name,
            value: count.value,
            valueLabel: t('comparison.bar.value', {
              members: count.label,
              year: pole.members_year === null ? t('comparison.bar.yearUnknown') : String(pole.members_year),
            }),
            tone: 'base' as const,
          },
        ];
  });
}

export function comparisonTakeaway(poles: readonly Pole[], i18n: I18n): string {
  const { t, format } = i18n;
  if (poles.length < 2) return t('comparison.takeaway.fewer');
  const known = poles.filter((pole) => pole.members !== null);
  const top = [...known].sort((a, b) => (b.members ?? 0) - (a.members ?? 0))[0];
  const themes = new Set(poles.map((pole) => pole.theme)).size;
  const compared = {
    count: format.integer(poles.length),
    same: themes === 1 ? 'yes' : 'no',
    themes: format.integer(themes),
  };
  if (top === undefined) return t('comparison.takeaway.noneKnown', compared);
  return t('comparison.takeaway.top', {
    ...compared,
    name: top.name,
    members: memberCount(top, i18n)?.label ?? '',
    year: top.members_year === null ? t('comparison.takeaway.yearUnknown') : String(top.members_year),
  });
}
