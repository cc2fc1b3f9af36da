import { cell, type TableCell, type TableModel, type TableRow } from '../../components/table-model';
import { comparePoleNames } from '../../data/poles-index';
import type { Pole, Source } from '../../data/schemas';
import { formatInteger } from '../../lib/format';
import { CATEGORY_LABELS, EVALUATION_LABELS } from '../../selectors/labels';
import { memberCount, QUALIFIER_LABELS, UNIT_LABELS } from '../../selectors/member-count';
import { profileHref } from '../../store/url-state';

export interface Lookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

const COLUMNS: TableModel['columns'] = [
  { key: 'name', label: 'Pôle' },
  { key: 'theme', label: 'Thème' },
  { key: 'region_2013', label: 'Région (2013)' },
  { key: 'region_2016', label: 'Région (2016)' },
  { key: 'hq_city', label: 'Siège' },
  { key: 'category', label: 'Statut au label' },
  { key: 'year_labelled', label: 'Année du label', numeric: true },
  { key: 'evaluation_2012', label: 'Évaluation 2012' },
  { key: 'members', label: 'Adhérents', numeric: true },
  { key: 'members_qualifier', label: 'Qualificatif (adhérents)' },
  { key: 'members_unit', label: 'Unité (adhérents)' },
  { key: 'members_year', label: 'Année (adhérents)', numeric: true },
  { key: 'doubt', label: 'Réserve' },
  { key: 'source', label: 'Source' },
];

/** One pole as a row of the list. */
export const poleRow = (pole: Pole, lookups: Lookups): TableRow => ({
  key: pole.id,
  cells: poleCells(pole, lookups),
});

/**
 * The same row, its cells made when first read: when its page is drawn, or the list sorted or exported. A class, not
 * a closure per row, as 100,000 of them are made at once after an import.
 */
export class LazyPoleRow implements TableRow {
  readonly key: string;
  readonly #pole: Pole;
  readonly #lookups: Lookups;
  #cells: readonly TableCell[] | undefined;

  constructor(pole: Pole, lookups: Lookups) {
    this.key = pole.id;
    this.#pole = pole;
    this.#lookups = lookups;
  }

  get cells(): readonly TableCell[] {
    this.#cells ??= poleCells(this.#pole, this.#lookups);
    return this.#cells;
  }
}

function poleCells(pole: Pole, lookups: Lookups): readonly TableCell[] {
  const source = lookups.source(pole.source_id);
  return [
    cell(pole.name, pole.name, profileHref(pole.id)),
    cell(lookups.theme(pole.theme)),
    cell(lookups.region(pole.region_2013)),
    cell(lookups.region(pole.region_2016)),
    cell(pole.hq_city ?? 'non trouvé', pole.hq_city),
    cell(CATEGORY_LABELS[pole.category]),
    cell(String(pole.year_labelled), pole.year_labelled),
    cell(EVALUATION_LABELS[pole.evaluation_2012]),
    cell(memberCount(pole)?.label ?? 'inconnu', pole.members),
    cell(
      pole.members_qualifier === null ? '—' : QUALIFIER_LABELS[pole.members_qualifier],
      pole.members_qualifier,
    ),
    cell(pole.members_unit === null ? '—' : UNIT_LABELS[pole.members_unit], pole.members_unit),
    cell(
      pole.members_year === null ? (pole.members === null ? '—' : 'non précisée') : String(pole.members_year),
      pole.members_year,
    ),
    cell(pole.doubt ?? '', pole.doubt),
    source?.url
      ? cell(source.publisher, source.url, source.url)
      : cell(source?.publisher ?? pole.source_id, pole.source_id),
  ];
}

/** The list's order; the import worker sorts by the same (see nameOrder). */
export const byName = comparePoleNames;

export function polesTable(poles: readonly Pole[], total: number, lookups: Lookups): TableModel {
  return {
    caption: polesCaption(poles.length, total),
    columns: COLUMNS,
    rows: [...poles].sort(byName).map((pole) => poleRow(pole, lookups)),
  };
}

export const polesCaption = (shown: number, total: number): string =>
  `Liste des pôles en vue (${formatInteger(shown)} sur ${formatInteger(total)})`;

/** The list's table from rows already built and sorted by name (see sortedRows). */
export function polesTableOf(rows: readonly TableRow[], total: number): TableModel {
  return { caption: polesCaption(rows.length, total), columns: COLUMNS, rows };
}
