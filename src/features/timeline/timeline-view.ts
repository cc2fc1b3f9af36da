import type { TimelineEntry } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import type { Milestone, Pole } from '../../data/schemas';
import { formatIsoDate, plural } from '../../lib/format';
import { filterPoles, type Selection } from '../../selectors/filter-poles';

export const when = (milestone: Milestone): string =>
  milestone.date_end === null
    ? formatIsoDate(milestone.date)
    : `${formatIsoDate(milestone.date)} – ${formatIsoDate(milestone.date_end)}`;

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

export const timelineEntries = (milestones: readonly Milestone[]): TimelineEntry[] =>
  milestones.map((m) => ({ id: m.id, when: when(m), label: m.label, aboutPole: m.pole_id !== null }));

export function timelineTable(
  milestones: readonly Milestone[],
  caption: string,
  cite: (id: string) => string,
): TableModel {
  return {
    caption,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'label', label: 'Jalon' },
      { key: 'detail', label: 'Détail' },
      { key: 'source', label: 'Source' },
    ],
    rows: milestones.map((m) => ({
      key: m.id,
      cells: [
        cell(when(m), m.date_end === null ? m.date : `${m.date}/${m.date_end}`),
        cell(m.label),
        cell(m.detail),
        cell(cite(m.source_id)),
      ],
    })),
  };
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** « De … (date) à … (date) : 6 jalons. » */
export function timelineTakeaway(milestones: readonly Milestone[]): string {
  const first = milestones[0];
  const last = milestones[milestones.length - 1];
  if (first === undefined || last === undefined) return 'Aucun jalon à afficher.';
  // French elides « de » before a vowel: « D’appel à projets », « D’évaluation ».
  const from = /^[aeiouyàâéèêîôû]/i.test(first.label) ? 'D’' : 'De ';
  return `${from}${lowerFirst(first.label)} (${when(first)}) à ${lowerFirst(last.label)} (${when(last)}) : ${plural(milestones.length, 'jalon')}.`;
}
