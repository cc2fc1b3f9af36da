import { describe, expect, it } from 'vitest';
import { buildCrossTabCard, crossTabCard } from '../../../../src/features/cross-tab/cross-tab-card';
import { DATA, viewWith } from './fixture';
import { EN, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

describe('buildCrossTabCard', () => {
  it('is a wide card with the shaded table, its takeaway, its plain table and the national sources', () => {
    const card = buildCrossTabCard(DATA, viewWith(), FR_OPTIONS);
    expect(card.id).toBe('croise');
    expect(card.title).toBe('Tableau croisé des pôles');
    expect(card.width).toBe('wide');
    expect(card.takeaway).toBe(
      'Le croisement le plus fréquent\u00a0: Énergie × Performant, 2\u00a0pôles sur 5.',
    );
    expect(card.chart?.kind).toBe('crosstab');
    expect(card.table.rows.at(-1)?.cells.map((cell) => cell.raw)).toEqual(['Total', 1, 3, 1, 5]);
    expect(card.sources[0]).toContain('71 pôles sélectionnés');
    expect(card.exportName).toBe('tableau-croise-theme-evaluation');
    expect(card.empty).toBeNull();
    expect(card.controls.map((control) => control.kind)).toEqual(['select', 'select', 'switch']);
  });

  it('says in a footnote which rows were left out for want of a pole', () => {
    expect(buildCrossTabCard(DATA, viewWith(), FR_OPTIONS).footnote).toEqual({
      label: 'Sans pôle dans la sélection, non affichés\u00a0:',
      text: 'thèmes Chimie.',
    });
    expect(buildCrossTabCard(DATA, viewWith({ rows: 'years' }), FR_OPTIONS).footnote).toBeNull();
  });

  it('names its export after its two facets', () => {
    expect(
      buildCrossTabCard(DATA, viewWith({ rows: 'regions', columns: 'categories' }), FR_OPTIONS).exportName,
    ).toBe('tableau-croise-region-categorie');
  });

  it('is empty, with a reset, when the filters leave no pole', () => {
    const card = buildCrossTabCard(DATA, viewWith({}, { themes: ['chimie'] }), FR_OPTIONS);
    expect(card.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
    expect(card.takeaway).toBe('Aucun pôle ne correspond aux filtres.');
  });
});

describe('crossTabCard', () => {
  it('needs the poles, the themes and the regions, and keeps its title in every view', () => {
    expect(crossTabCard.id).toBe('croise');
    expect(crossTabCard.needs).toEqual(['poles', 'themes', 'regions']);
    expect(crossTabCard.title(viewWith({ rows: 'years' }), FR_OPTIONS)).toBe('Tableau croisé des pôles');
    expect(crossTabCard.build(DATA, viewWith(), FR_OPTIONS).id).toBe('croise');
  });
});

describe('buildCrossTabCard in English', () => {
  it('titles, sums up, captions and heads the table in English, data labels from label_en', () => {
    const card = buildCrossTabCard(DATA, viewWith(), cardOptions(EN));
    expect(card.title).toBe('Cross-tabulation of clusters');
    expect(card.takeaway).toBe(
      'The most frequent combination: Énergie (en) × High-performing, 2 clusters out of 5.',
    );
    expect(card.table.caption).toBe(
      'Clusters by theme (rows) and by 2012 evaluation (columns), as counts (5 clusters)',
    );
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Theme',
      'Very high-performing',
      'High-performing',
      'Less high-performing',
      'Total',
    ]);
    expect(card.footnote).toEqual({
      label: 'No cluster in the selection, not shown:',
      text: 'themes Chimie (en).',
    });
    expect(card.sources[0]).toBe('DIRECCTE Centre, 7 January 2014 (71 clusters selected)');
    expect(card.controls.map((control) => control.label)).toEqual([
      'Rows',
      'Columns',
      'Values of the cross-tabulation',
    ]);
  });

  it('names the shares and the ties in English, and says when no cluster matches', () => {
    const view = viewWith({ rows: 'categories', share: 'row' }, { themes: ['energie'] });
    const card = buildCrossTabCard(DATA, view, cardOptions(EN));
    expect(card.takeaway).toBe(
      '3 combinations share the lead (1 cluster each out of 3): Global × High-performing, National × Very high-performing and National × High-performing.',
    );
    const first = card.chart?.kind === 'crosstab' ? card.chart.rows[0]?.cells[0]?.name : null;
    expect(first).toBe('Global × Very high-performing: 0 clusters, 0% of the row, filter');
    const empty = buildCrossTabCard(DATA, viewWith({}, { themes: ['chimie'] }), cardOptions(EN));
    expect([empty.takeaway, empty.empty?.message]).toEqual([
      'No cluster matches the filters.',
      'No cluster matches the filters.',
    ]);
  });
});
