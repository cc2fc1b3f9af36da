import type { CrossTabSpec } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import { formatInteger, plural } from '../../lib/format';
import type { CrossTab, Dimension, RegionScheme } from '../../model/view';
import { formatShown, rawShown, shownValue, type CrossTabMatrix } from './cross-tab-matrix';

const NAMES: Readonly<Record<Dimension, string>> = {
  themes: 'Thème',
  regions: 'Région du siège',
  categories: 'Statut au label',
  years: 'Année du label',
  evaluations: 'Évaluation 2012',
};

/** A facet's name on the selects and the headers; the region's says which map it follows. */
export const dimensionLabel = (dimension: Dimension, scheme: RegionScheme): string =>
  dimension === 'regions' ? `${NAMES.regions} (${scheme})` : NAMES[dimension];

const lower = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

const SHARE_WORDS: Readonly<Record<CrossTab['share'], string>> = {
  count: 'en effectifs',
  row: 'en % de chaque ligne',
  column: 'en % de chaque colonne',
};

/** Every figure the table shows, in the order it shows them: cells, row totals, column totals, grand total. */
function figures(matrix: CrossTabMatrix, share: CrossTab['share']) {
  const { counts, rowTotals, columnTotals, total } = matrix;
  return {
    cells: counts.map((line, row) =>
      line.map((count, column) => shownValue(count, rowTotals[row] ?? 0, columnTotals[column] ?? 0, share)),
    ),
    rowTotals: rowTotals.map((count) => shownValue(count, count, total, share)),
    columnTotals: columnTotals.map((count) => shownValue(count, total, count, share)),
    total: shownValue(total, total, total, share),
  };
}

export function crossTabCaption(matrix: CrossTabMatrix, crossTab: CrossTab, scheme: RegionScheme): string {
  const rows = lower(dimensionLabel(crossTab.rows, scheme));
  const columns = lower(dimensionLabel(crossTab.columns, scheme));
  return `Pôles par ${rows} (lignes) et par ${columns} (colonnes), ${SHARE_WORDS[crossTab.share]} (${plural(matrix.total, 'pôle')})`;
}

/** The shaded table: each cell names its row, its column and its count, and filters on both when clicked. */
export function crossTabSpec(matrix: CrossTabMatrix, crossTab: CrossTab, scheme: RegionScheme): CrossTabSpec {
  const { share } = crossTab;
  const shown = figures(matrix, share);
  const largest = Math.max(0, ...shown.cells.flat().map((value) => value ?? 0));
  const where = share === 'row' ? 'de la ligne' : 'de la colonne';
  return {
    kind: 'crosstab',
    caption: crossTabCaption(matrix, crossTab, scheme),
    rowsLabel: dimensionLabel(crossTab.rows, scheme),
    columnsLabel: dimensionLabel(crossTab.columns, scheme),
    columns: matrix.columns.map(({ id, label }) => ({ id, label })),
    rows: matrix.rows.map((row, r) => ({
      id: row.id,
      label: row.label,
      cells: matrix.columns.map((column, c) => {
        const value = shown.cells[r]?.[c] ?? null;
        const label = formatShown(value, share);
        const count = plural(matrix.counts[r]?.[c] ?? 0, 'pôle');
        return {
          label,
          level: largest === 0 ? 0 : (value ?? 0) / largest,
          name: `${row.label} × ${column.label}\u00a0: ${count}${share === 'count' ? '' : `, ${label} ${where}`}, filtrer`,
          action: {
            type: 'select',
            values: [
              { dimension: crossTab.rows, id: row.id },
              { dimension: crossTab.columns, id: column.id },
            ],
          },
        };
      }),
      total: formatShown(shown.rowTotals[r] ?? null, share),
    })),
    columnTotals: shown.columnTotals.map((value) => formatShown(value, share)),
    total: formatShown(shown.total, share),
  };
}

/** The same figures as a plain table (and its CSV): a row per option, a « Total » column and a « Total » row. */
export function crossTabTable(matrix: CrossTabMatrix, crossTab: CrossTab, scheme: RegionScheme): TableModel {
  const { share } = crossTab;
  const shown = figures(matrix, share);
  const figure = (value: number | null) => cell(formatShown(value, share), rawShown(value, share));
  const kind = share === 'count' ? ('number' as const) : ('percent' as const);
  return {
    caption: crossTabCaption(matrix, crossTab, scheme),
    columns: [
      { key: 'row', label: dimensionLabel(crossTab.rows, scheme) },
      ...matrix.columns.map((column) => ({
        key: `col-${column.id}`,
        label: column.label,
        numeric: true,
        kind,
      })),
      { key: 'total', label: 'Total', numeric: true, kind },
    ],
    rows: [
      ...matrix.rows.map((row, r) => ({
        key: row.id,
        cells: [cell(row.label), ...(shown.cells[r] ?? []).map(figure), figure(shown.rowTotals[r] ?? null)],
      })),
      { key: 'total', cells: [cell('Total'), ...shown.columnTotals.map(figure), figure(shown.total)] },
    ],
  };
}

/** « Le croisement le plus fréquent : Énergie × Performant, 4 pôles sur 71. », or the ties. */
export function crossTabTakeaway(matrix: CrossTabMatrix): string {
  const top = Math.max(0, ...matrix.counts.flat());
  if (top === 0) return 'Aucun pôle ne correspond aux filtres.';
  const names = matrix.rows.flatMap((row, r) =>
    matrix.columns
      .filter((_, c) => matrix.counts[r]?.[c] === top)
      .map((column) => `${row.label} × ${column.label}`),
  );
  const of = `sur ${formatInteger(matrix.total)}`;
  const [first] = names;
  if (names.length === 1)
    return `Le croisement le plus fréquent\u00a0: ${first ?? ''}, ${plural(top, 'pôle')} ${of}.`;
  const shown = names.slice(0, 3);
  const others = names.length - shown.length;
  const list =
    others > 0
      ? `${shown.join(', ')} et ${plural(others, 'autre')}`
      : `${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1] ?? ''}`;
  return `${formatInteger(names.length)} croisements à égalité en tête (${plural(top, 'pôle')} chacun ${of})\u00a0: ${list}.`;
}

const PLURALS: Readonly<Record<Dimension, string>> = {
  themes: 'thèmes',
  regions: 'régions',
  categories: 'statuts',
  years: 'années',
  evaluations: 'classes',
};

/** Names the rows and columns left out because no pole of the selection has them; null when none was. */
export function droppedNote(matrix: CrossTabMatrix, crossTab: CrossTab): string | null {
  const parts = [
    { dimension: crossTab.rows, options: matrix.droppedRows },
    { dimension: crossTab.columns, options: matrix.droppedColumns },
  ]
    .filter(({ options }) => options.length > 0)
    .map(({ dimension, options }) => `${PLURALS[dimension]} ${options.map((o) => o.label).join(', ')}`);
  return parts.length === 0 ? null : `${parts.join('\u00a0; ')}.`;
}
