import { cell, type TableCell, type TableModel, type TableRow } from '../../components/table-model';
import { comparePoleNames } from '../../data/poles-index';
import type { Pole, Source } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { categoryLabel, evaluationLabel } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel } from '../../selectors/member-count';
import { profileHref } from '../../store/url-state';

export interface Lookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

const COLUMN_LABELS: readonly (readonly [key: string, id: string, numeric?: true])[] = [
  ['name', 'poles-list.column.name'],
  ['theme', 'poles-list.column.theme'],
  ['region_2013', 'poles-list.column.region2013'],
  ['region_2016', 'poles-list.column.region2016'],
  ['hq_city', 'poles-list.column.hqCity'],
  ['category', 'poles-list.column.category'],
  ['year_labelled', 'poles-list.column.yearLabelled', true],
  ['evaluation_2012', 'poles-list.column.evaluation2012'],
  ['members', 'poles-list.column.members', true],
  ['members_qualifier', 'poles-list.column.membersQualifier'],
  ['members_unit', 'poles-list.column.membersUnit'],
  ['members_year', 'poles-list.column.membersYear', true],
  ['doubt', 'poles-list.column.doubt'],
  ['source', 'poles-list.column.source'],
];

const columnsOf = ({ t }: I18n): TableModel['columns'] =>
  COLUMN_LABELS.map(([key, id, numeric]) =>
    numeric === undefined ? { key, label: t(id) } : { key, label: t(id), numeric },
  );

/** One pole as a row of the list. */
export const poleRow = (pole: Pole, lookups: Lookups, i18n: I18n): TableRow => ({
  key: pole.id,
  cells: poleCells(pole, lookups, i18n),
});

/**
 * The same row, its cells made when first read: when its page is drawn, or the list sorted or exported. A class, not
 * a closure per row, as 100,000 of them are made at once after an import.
 */
export class LazyPoleRow implements TableRow {
  readonly key: string;
  readonly #pole: Pole;
  readonly #lookups: Lookups;
  readonly #i18n: I18n;
  #cells: readonly TableCell[] | undefined;

  constructor(pole: Pole, lookups: Lookups, i18n: I18n) {
    this.key = pole.id;
    this.#pole = pole;
    this.#lookups = lookups;
    this.#i18n = i18n;
  }

  get cells(): readonly TableCell[] {
    this.#cells ??= poleCells(this.#pole, this.#lookups, this.#i18n);
    return this.#cells;
  }
}

function poleCells(pole: Pole, lookups: Lookups, i18n: I18n): readonly TableCell[] {
  const { t } = i18n;
  const source = lookups.source(pole.source_id);
  const doubt = cell(pole.doubt ?? '', pole.doubt);
  return [
    cell(pole.name, pole.name, profileHref(pole.id)),
    cell(lookups.theme(pole.theme)),
    cell(lookups.region(pole.region_2013)),
    cell(lookups.region(pole.region_2016)),
    cell(pole.hq_city ?? t('poles-list.value.cityNotFound'), pole.hq_city),
    cell(categoryLabel(pole.category, i18n)),
    cell(String(pole.year_labelled), pole.year_labelled),
    cell(evaluationLabel(pole.evaluation_2012, i18n)),
    cell(memberCount(pole, i18n)?.label ?? t('poles-list.value.membersUnknown'), pole.members),
    cell(
      pole.members_qualifier === null ? '—' : qualifierLabel(pole.members_qualifier, i18n),
      pole.members_qualifier,
    ),
    cell(pole.members_unit === null ? '—' : unitLabel(pole.members_unit, i18n), pole.members_unit),
    cell(
      pole.members_year === null
        ? pole.members === null
          ? '—'
          : t('poles-list.value.yearNotStated')
        : String(pole.members_year),
      pole.members_year,
    ),
    // The doubt is the data's own French text: marked so, in a page in another language.
    pole.doubt === null || i18n.lang === 'fr' ? doubt : { ...doubt, lang: 'fr' },
    source?.url
      ? cell(source.publisher, source.url, source.url)
      : cell(source?.publisher ?? pole.source_id, pole.source_id),
  ];
}

/** The list's order; the import worker sorts by the same (see nameOrder). */
export const byName = comparePoleNames;

export function polesTable(poles: readonly Pole[], total: number, lookups: Lookups, i18n: I18n): TableModel {
  return {
    caption: polesCaption(poles.length, total, i18n),
    columns: columnsOf(i18n),
    rows: [...poles].sort(byName).map((pole) => poleRow(pole, lookups, i18n)),
  };
}

export const polesCaption = (shown: number, total: number, { t, format }: I18n): string =>
  t('poles-list.table.caption', { shown: format.integer(shown), total: format.integer(total) });

/** The list's table from rows already built and sorted by name (see sortedRows). */
export function polesTableOf(rows: readonly TableRow[], total: number, i18n: I18n): TableModel {
  return { caption: polesCaption(rows.length, total, i18n), columns: columnsOf(i18n), rows };
}
