import { cell, type TableModel, type TableRow } from '../../components/table-model';
import type { Pole, Source } from '../../data/schemas';
import { formatInteger } from '../../lib/format';
import { CATEGORY_LABELS, EVALUATION_LABELS } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel } from '../../selectors/member-count';
import { profileHref } from '../../store/url-state';

export interface Lookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

// One collator for the whole sort: localeCompare builds one per call, which takes seconds on 100,000 pôles.
const BY_NAME = new Intl.Collator('fr');

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
export function poleRow(pole: Pole, lookups: Lookups): TableRow {
  const source = lookups.source(pole.source_id);
  return {
    key: pole.id,
    cells: [
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
        pole.members_qualifier === null ? '—' : qualifierLabel(pole.members_qualifier),
        pole.members_qualifier,
      ),
      cell(pole.members_unit === null ? '—' : unitLabel(pole.members_unit), pole.members_unit),
      cell(
        pole.members_year === null
          ? pole.members === null
            ? '—'
            : 'non précisée'
          : String(pole.members_year),
        pole.members_year,
      ),
      cell(pole.doubt ?? '', pole.doubt),
      source?.url
        ? cell(source.publisher, source.url, source.url)
        : cell(source?.publisher ?? pole.source_id, pole.source_id),
    ],
  };
}

export const byName = (a: Pole, b: Pole): number => BY_NAME.compare(a.name, b.name);

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
