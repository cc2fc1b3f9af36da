import { describe, expect, it } from 'vitest';
import { buildCrossTabCard, crossTabCard } from '../../../../src/features/cross-tab/cross-tab-card';
import { DATA, viewWith } from './fixture';
import { FR_OPTIONS } from '../../../fixtures/i18n';

describe('buildCrossTabCard', () => {
  it('is a wide card with the shaded table, its takeaway, its plain table and the national sources', () => {
    const card = buildCrossTabCard(DATA, viewWith());
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
    expect(buildCrossTabCard(DATA, viewWith()).footnote).toEqual({
      label: 'Sans pôle dans la sélection, non affichés\u00a0:',
      text: 'thèmes Chimie.',
    });
    expect(buildCrossTabCard(DATA, viewWith({ rows: 'years' })).footnote).toBeNull();
  });

  it('names its export after its two facets', () => {
    expect(buildCrossTabCard(DATA, viewWith({ rows: 'regions', columns: 'categories' })).exportName).toBe(
      'tableau-croise-region-categorie',
    );
  });

  it('is empty, with a reset, when the filters leave no pole', () => {
    const card = buildCrossTabCard(DATA, viewWith({}, { themes: ['chimie'] }));
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
