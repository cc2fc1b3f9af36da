import type { TimelineEntry } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import type { Milestone, Pole } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { filterPoles, type Selection } from '../../selectors/filter-poles';
import { rowLabel } from '../../selectors/labels';

export const when = (milestone: Milestone, { t, format }: I18n): string =>
  milestone.date_end === null
    ? format.isoDate(milestone.date)
    : t('timeline.range', { start: format.isoDate(milestone.date), end: format.isoDate(milestone.date_end) });

/** A milestone's detail in the reader's language (`detail_en` in English). */
const detailOf = (milestone: Milestone, { lang }: I18n): string =>
  lang === 'en' ? milestone.detail_en : milestone.detail;

/** National milestones always; a milestone about one pole only while that pole is in view; in date order. */
export function visibleMilestones(
  milestones: readonly Milestone[],
  poles: readonly Pole[],
  selection: Selection,
): Milestone[] {
  const inView = new Set(filterPoles(poles, selection).map((pole) => pole.id));
  return milestones
    .filter((milestone) => milestone.pole_id === null || poles.length === 0 || inView.has(milestone.pole_id))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Part `index` of `count` (1-based), for a timeline split over slides. */
export function partOf<T>(items: readonly T[], part: readonly [number, number] | undefined): readonly T[] {
  if (part === undefined) return items;
  const size = Math.ceil(items.length / part[1]);
  return items.slice((part[0] - 1) * size, part[0] * size);
}

export const timelineEntries = (milestones: readonly Milestone[], i18n: I18n): TimelineEntry[] =>
  milestones.map((m) => ({
    id: m.id,
    when: when(m, i18n),
    label: rowLabel(m, i18n.lang),
    aboutPole: m.pole_id !== null,
  }));

export function timelineTable(
  milestones: readonly Milestone[],
  caption: string,
  cite: (id: string) => string,
  i18n: I18n,
): TableModel {
  const { t } = i18n;
  return {
    caption,
    columns: [
      { key: 'date', label: t('timeline.table.date') },
      { key: 'label', label: t('timeline.table.label') },
      { key: 'detail', label: t('timeline.table.detail') },
      { key: 'source', label: t('timeline.table.source') },
    ],
    rows: milestones.map((m) => ({
      key: m.id,
      cells: [
        cell(when(m, i18n), m.date_end === null ? m.date : `${m.date}/${m.date_end}`),
        cell(rowLabel(m, i18n.lang)),
        cell(detailOf(m, i18n)),
        cell(cite(m.source_id)),
      ],
    })),
  };
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** « De … (date) à … (date) : 6 jalons. » */
export function timelineTakeaway(milestones: readonly Milestone[], i18n: I18n): string {
  const { t, lang } = i18n;
  const first = milestones[0];
  const last = milestones[milestones.length - 1];
  if (first === undefined || last === undefined) return t('timeline.takeaway.none');
  // French runs the labels into its sentence in lower case; English quotes them as they are.
  const name = (milestone: Milestone) =>
    lang === 'fr' ? lowerFirst(milestone.label) : rowLabel(milestone, lang);
  const values = {
    first: name(first),
    firstDate: when(first, i18n),
    last: name(last),
    lastDate: when(last, i18n),
    count: milestones.length,
  };
  // French elides « de » before a vowel: « D’appel à projets », « D’évaluation ».
  return /^[aeiouyàâéèêîôû]/i.test(first.label)
    ? t('timeline.takeaway.vowel', values)
    : t('timeline.takeaway.consonant', values);
}
