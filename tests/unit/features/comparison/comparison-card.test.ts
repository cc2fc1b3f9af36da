import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../src/data/schemas';
import { buildComparisonCard, comparisonCard } from '../../../../src/features/comparison/comparison-card';
import { DEFAULT_VIEW, type CardView } from '../../../../src/model/view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { pole, region, source, theme } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';
import { EN, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

const fr = withFrenchSpaces;

const PRESS_RELEASE: Source = {
  ...source('direccte'),
  publisher: 'DIRECCTE Centre',
  title: 'Pôles de compétitivité',
  date: '2014-01-07',
};
const PRESS_RELEASE_CITATION = 'DIRECCTE Centre, «\u00a0Pôles de compétitivité\u00a0», 7 janvier 2014';

const DATA = datasetOf({
  poles: [
    pole(),
    pole({ id: 's2e2', name: 'S2E2', theme: 'energie', members: 130 }),
    pole({ id: 'dream', name: 'DREAM', theme: 'ecotechnologies', members: null, members_year: null }),
    pole({
      id: 'tenerrdis',
      name: 'Tenerrdis',
      theme: 'energie',
      region_2013: 'rhone-alpes',
      members: 200,
      members_year: 2011,
      source_id: 'fiche-tenerrdis',
    }),
    pole({ id: 'pole-mer', name: 'Pôle Mer', theme: 'mer', region_2013: 'bretagne', members: 350 }),
  ],
  themes: [theme('energie', 'Énergie'), theme('biens-de-consommation', 'Biens de consommation')],
  regions: [region('centre', true, false, 'Centre'), region('rhone-alpes', true, false, 'Rhône-Alpes')],
  sources: [PRESS_RELEASE, source('fiche-tenerrdis')],
});

const comparing = (...compared: string[]): CardView => ({ ...DEFAULT_VIEW, compared });

describe('buildComparisonCard with nothing compared', () => {
  const card = buildComparisonCard(DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('is a placeholder whose takeaway says how to pick poles', () => {
    expect(card.placeholder).toBe(true);
    expect(card.title).toBe('Comparaison côte à côte');
    expect(fr(card.takeaway)).toBe(
      fr(
        'Cochez jusqu’à 4 pôles dans la colonne « Comparer » de la liste ci-dessous pour les voir côte à côte.',
      ),
    );
  });

  it('has no pole column, no chip and no bar', () => {
    expect(card.table.columns).toEqual([{ key: 'fact', label: 'Critère' }]);
    expect(card.controls[0]?.kind === 'chips' ? card.controls[0].items : null).toEqual([]);
    expect(card.chart).toEqual({ kind: 'bars', bars: [], select: null });
  });
});

describe('buildComparisonCard with poles compared', () => {
  const card = buildComparisonCard(DATA, comparing('s2e2', 'cosmetic-valley'), FR_OPTIONS);

  it('is no longer a placeholder, and compares them in its takeaway', () => {
    expect(card.placeholder).toBe(false);
    expect(fr(card.takeaway)).toBe(
      fr(
        '2 pôles de 2 thèmes comparés : Cosmetic Valley compte le plus d’adhérents (300, 2014) ; les effectifs peuvent dater d’années différentes et ne pas compter la même chose.',
      ),
    );
  });

  it('gives one table column per pole, in the order they were picked, its name a link to its profile', () => {
    expect(card.table.columns).toEqual([
      { key: 'fact', label: 'Critère' },
      { key: 's2e2', label: 'S2E2', href: '?pole=s2e2' },
      { key: 'cosmetic-valley', label: 'Cosmetic Valley', href: '?pole=cosmetic-valley' },
    ]);
    expect(card.table.rows[0]?.cells.map((c) => c.display)).toEqual([
      'Thème',
      'Énergie',
      'Biens de consommation',
    ]);
  });

  it('offers a chip per pole that removes it, and a button that clears them all', () => {
    expect(card.controls).toEqual([
      {
        kind: 'chips',
        label: 'Pôles comparés',
        items: [
          {
            id: 's2e2',
            label: 'S2E2',
            removeLabel: 'Retirer S2E2 de la comparaison',
            action: { type: 'toggle-compared', id: 's2e2' },
          },
          {
            id: 'cosmetic-valley',
            label: 'Cosmetic Valley',
            removeLabel: 'Retirer Cosmetic Valley de la comparaison',
            action: { type: 'toggle-compared', id: 'cosmetic-valley' },
          },
        ],
        clear: { label: 'Vider la comparaison', action: { type: 'clear-compared' } },
      },
    ]);
  });

  it('draws the members of each pole in the order they were picked', () => {
    expect(card.chart?.kind === 'bars' ? card.chart.bars.map((bar) => [bar.id, bar.value]) : []).toEqual([
      ['s2e2', 130],
      ['cosmetic-valley', 300],
    ]);
  });

  it('shows the table first, across the page, and has no footnote when every count is known', () => {
    expect(card.defaultView).toBe('table');
    expect(card.width).toBe('wide');
    expect(card.footnote).toBeNull();
  });

  it('cites each source of the compared poles once', () => {
    expect(card.sources).toEqual([PRESS_RELEASE_CITATION]);
    expect(
      buildComparisonCard(DATA, comparing('tenerrdis', 's2e2', 'cosmetic-valley'), FR_OPTIONS).sources,
    ).toEqual(['Éditeur, «\u00a0Titre fiche-tenerrdis\u00a0», non daté', PRESS_RELEASE_CITATION]);
  });

  it('names its exports', () => {
    expect(card.id).toBe('comparaison');
    expect(card.exportName).toBe('comparaison-poles');
  });
});

describe('buildComparisonCard with a pole of unknown count', () => {
  const card = buildComparisonCard(DATA, comparing('dream', 's2e2', 'pole-mer'), FR_OPTIONS);

  it('names it in a footnote and does not draw it', () => {
    expect([fr(card.footnote?.label ?? ''), card.footnote?.text]).toEqual([
      fr('Effectif inconnu :'),
      'DREAM (non dessiné).',
    ]);
    expect(card.chart?.kind === 'bars' ? card.chart.bars.map((bar) => bar.id) : []).toEqual([
      's2e2',
      'pole-mer',
    ]);
  });

  it('keeps it in the table', () => {
    expect(card.table.columns.map((column) => column.key)).toEqual(['fact', 'dream', 's2e2', 'pole-mer']);
  });
});

describe('buildComparisonCard with an id the data does not know', () => {
  it('skips it', () => {
    const card = buildComparisonCard(DATA, comparing('ancien-pole', 's2e2'), FR_OPTIONS);
    expect(card.table.columns.map((column) => column.key)).toEqual(['fact', 's2e2']);
    expect(card.controls[0]?.kind === 'chips' ? card.controls[0].items.map((item) => item.id) : []).toEqual([
      's2e2',
    ]);
  });
});

describe('comparisonCard', () => {
  it('needs the poles, themes and regions, and has one title', () => {
    expect(comparisonCard.needs).toEqual(['poles', 'themes', 'regions']);
    expect(comparisonCard.title(comparing('s2e2'), FR_OPTIONS)).toBe('Comparaison côte à côte');
  });
});

describe('buildComparisonCard in English', () => {
  it('says how to pick clusters while empty', () => {
    const card = buildComparisonCard(DATA, DEFAULT_VIEW, cardOptions(EN));
    expect([card.title, card.takeaway]).toEqual([
      'Side-by-side comparison',
      'Tick up to 4 clusters in the “Compare” column of the list below to see them side by side.',
    ]);
    expect(card.table.columns).toEqual([{ key: 'fact', label: 'Criterion' }]);
  });

  it('names the chips, their buttons, the unknown counts and the themes in English', () => {
    const card = buildComparisonCard(DATA, comparing('dream', 's2e2', 'pole-mer'), cardOptions(EN));
    const chips = card.controls[0];
    expect(chips?.label).toBe('Clusters compared');
    expect(chips?.kind === 'chips' ? [chips.items[0]?.removeLabel, chips.clear.label] : null).toEqual([
      'Remove DREAM from the comparison',
      'Clear the comparison',
    ]);
    expect(card.footnote).toEqual({ label: 'Membership unknown:', text: 'DREAM (not drawn).' });
    // Theme labels come from the label_en column.
    expect(card.table.rows[0]?.cells[2]?.display).toBe('Énergie (en)');
    expect(card.takeaway).toMatch(/^3 clusters from \d themes compared/);
  });
});
