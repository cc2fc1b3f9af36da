import { describe, expect, it } from 'vitest';
import { crossTabulate } from '../../../../src/features/cross-tab/cross-tab-matrix';
import {
  crossTabCaption,
  crossTabSpec,
  crossTabTable,
  crossTabTakeaway,
  dimensionLabel,
  droppedNote,
} from '../../../../src/features/cross-tab/cross-tab-view';
import type { CardView } from '../../../../src/model/view';
import { FR } from '../../../fixtures/i18n';
import { DATA, viewWith } from './fixture';

// fr-FR puts a no-break space before « % »: U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

const specOf = (view: CardView) =>
  crossTabSpec(crossTabulate(DATA, view, FR), view.crossTab, view.regionScheme, FR);
const tableOf = (view: CardView) =>
  crossTabTable(crossTabulate(DATA, view, FR), view.crossTab, view.regionScheme, FR);
const labels = (view: CardView) => specOf(view).rows.map((row) => row.cells.map((cell) => cell.label));

describe('dimensionLabel', () => {
  it('names each facet, the region with its map', () => {
    expect(dimensionLabel('themes', '2013', FR)).toBe('Thème');
    expect(dimensionLabel('regions', '2016', FR)).toBe('Région du siège (2016)');
    expect(dimensionLabel('evaluations', '2013', FR)).toBe('Évaluation 2012');
  });
});

describe('crossTabSpec', () => {
  it('writes the counts, the row totals, the column totals and the grand total', () => {
    const spec = specOf(viewWith());
    expect(spec.rowsLabel).toBe('Thème');
    expect(spec.columnsLabel).toBe('Évaluation 2012');
    expect(spec.columns.map((column) => column.label)).toEqual([
      'Très performant',
      'Performant',
      'Moins performant',
    ]);
    expect(spec.rows.map((row) => row.label)).toEqual(['Énergie', 'Mer', 'Numérique']);
    expect(labels(viewWith())).toEqual([
      ['1', '2', '0'],
      ['0', '0', '1'],
      ['0', '1', '0'],
    ]);
    expect(spec.rows.map((row) => row.total)).toEqual(['3', '1', '1']);
    expect(spec.columnTotals).toEqual(['1', '3', '1']);
    expect(spec.total).toBe('5');
  });

  it('names each cell by its row, its column and its count, and filters on both when clicked', () => {
    const [energie] = specOf(viewWith()).rows;
    expect(energie?.cells[1]).toEqual({
      label: '2',
      level: 1,
      name: 'Énergie × Performant\u00a0: 2\u00a0pôles, filtrer',
      action: {
        type: 'select',
        values: [
          { dimension: 'themes', id: 'energie' },
          { dimension: 'evaluations', id: 'performant' },
        ],
      },
    });
    expect(energie?.cells[0]?.level).toBe(0.5);
    expect(energie?.cells[2]?.name).toBe('Énergie × Moins performant\u00a0: 0\u00a0pôle, filtrer');
  });

  it('shows the shares of each row, each row adding up to 100 %', () => {
    const view = viewWith({ share: 'row' });
    expect(labels(view)[0]).toEqual([percent(1 / 3), percent(2 / 3), percent(0)]);
    const spec = specOf(view);
    expect(spec.rows.map((row) => row.total)).toEqual([percent(1), percent(1), percent(1)]);
    expect(spec.columnTotals).toEqual([percent(0.2), percent(0.6), percent(0.2)]);
    expect(spec.total).toBe(percent(1));
    expect(spec.rows[0]?.cells[1]?.name).toBe(
      `Énergie × Performant\u00a0: 2\u00a0pôles, ${percent(2 / 3)} de la ligne, filtrer`,
    );
  });

  it('shows the shares of each column, each column adding up to 100 %, and shades by the share', () => {
    const view = viewWith({ share: 'column' });
    expect(labels(view)).toEqual([
      [percent(1), percent(2 / 3), percent(0)],
      [percent(0), percent(0), percent(1)],
      [percent(0), percent(1 / 3), percent(0)],
    ]);
    const spec = specOf(view);
    expect(spec.rows.map((row) => row.total)).toEqual([percent(0.6), percent(0.2), percent(0.2)]);
    expect(spec.columnTotals).toEqual([percent(1), percent(1), percent(1)]);
    expect(spec.rows[0]?.cells.map((cell) => cell.level)).toEqual([1, 2 / 3, 0]);
    expect(spec.rows[0]?.cells[0]?.name).toContain(`, ${percent(1)} de la colonne, filtrer`);
  });
});

describe('crossTabTable', () => {
  it('has a header per column, the row names first and a Total column and row', () => {
    const table = tableOf(viewWith());
    expect(table.columns.map((column) => column.label)).toEqual([
      'Thème',
      'Très performant',
      'Performant',
      'Moins performant',
      'Total',
    ]);
    expect(table.columns.slice(1).every((column) => column.numeric === true)).toBe(true);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.raw))).toEqual([
      ['Énergie', 1, 2, 0, 3],
      ['Mer', 0, 0, 1, 1],
      ['Numérique', 0, 1, 0, 1],
      ['Total', 1, 3, 1, 5],
    ]);
  });

  it('gives the CSV the shares with four decimals, and shows them as percentages', () => {
    const table = tableOf(viewWith({ share: 'row' }));
    expect(table.rows[0]?.cells.map((cell) => cell.raw)).toEqual(['Énergie', 0.3333, 0.6667, 0, 1]);
    expect(table.rows[0]?.cells.map((cell) => cell.display)).toEqual([
      'Énergie',
      percent(1 / 3),
      percent(2 / 3),
      percent(0),
      percent(1),
    ]);
  });

  it('says in its caption what is in the rows, in the columns, what the cells show and how many poles', () => {
    const view = viewWith({ rows: 'regions', columns: 'years', share: 'column' });
    expect(tableOf(view).caption).toBe(
      'Pôles par région du siège (2013) (lignes) et par année du label (colonnes), en % de chaque colonne (5\u00a0pôles)',
    );
    expect(crossTabCaption(crossTabulate(DATA, viewWith(), FR), viewWith().crossTab, '2013', FR)).toBe(
      'Pôles par thème (lignes) et par évaluation 2012 (colonnes), en effectifs (5\u00a0pôles)',
    );
  });
});

describe('crossTabTakeaway', () => {
  it('names the largest cell and its count out of the total', () => {
    expect(crossTabTakeaway(crossTabulate(DATA, viewWith(), FR), FR)).toBe(
      'Le croisement le plus fréquent\u00a0: Énergie × Performant, 2\u00a0pôles sur 5.',
    );
  });

  it('names the ties', () => {
    expect(
      crossTabTakeaway(
        crossTabulate(DATA, viewWith({ rows: 'categories' }, { themes: ['energie'] }), FR),
        FR,
      ),
    ).toBe(
      '3 croisements à égalité en tête (1\u00a0pôle chacun sur 3)\u00a0: Mondial × Performant, National × Très performant et National × Performant.',
    );
  });

  it('names three ties and counts the others', () => {
    const view = viewWith({ rows: 'categories', columns: 'evaluations' });
    expect(crossTabTakeaway(crossTabulate(DATA, view, FR), FR)).toBe(
      '5 croisements à égalité en tête (1\u00a0pôle chacun sur 5)\u00a0: Mondial × Performant, À vocation mondiale × Performant, National × Très performant et 2\u00a0autres.',
    );
  });

  it('says when no pole is selected', () => {
    expect(crossTabTakeaway(crossTabulate(DATA, viewWith({}, { themes: ['chimie'] }), FR), FR)).toBe(
      'Aucun pôle ne correspond aux filtres.',
    );
  });
});

describe('droppedNote', () => {
  it('names the rows and columns left out, by facet', () => {
    const view = viewWith({ rows: 'regions', columns: 'themes' });
    expect(droppedNote(crossTabulate(DATA, view, FR), view.crossTab, FR)).toBe(
      'régions Limousin\u00a0; thèmes Chimie.',
    );
  });

  it('is null when nothing was left out', () => {
    const view = viewWith({ rows: 'categories', columns: 'years' });
    expect(droppedNote(crossTabulate(DATA, view, FR), view.crossTab, FR)).toBeNull();
  });
});
