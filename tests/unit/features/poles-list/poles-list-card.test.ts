import { describe, expect, it } from 'vitest';
import {
  buildPolesListCard,
  compareToggle,
  polesListCard,
} from '../../../../src/features/poles-list/poles-list-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { pole, region, theme } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';
import { cardOptions, EN, FR, FR_OPTIONS } from '../../../fixtures/i18n';

const fr = withFrenchSpaces;
const HOW_TO =
  'Cliquez sur un nom pour ouvrir la fiche du pôle, sur un en-tête pour trier ; cochez jusqu’à 4 pôles pour les comparer côte à côte.';

/** Five poles: three in Énergie, two seated in région Centre, one with a doubt on a fact. */
const POLES = [
  pole({ id: 'cosmetic-valley', name: 'Cosmetic Valley' }),
  pole({ id: 's2e2', name: 'S2E2', theme: 'energie' }),
  pole({
    id: 'tenerrdis',
    name: 'Tenerrdis',
    theme: 'energie',
    region_2013: 'rhone-alpes',
    doubt: 'Siège incertain',
  }),
  pole({ id: 'capenergies', name: 'Capenergies', theme: 'energie', region_2013: 'paca' }),
  pole({ id: 'pole-mer', name: 'Pôle Mer', theme: 'mer', region_2013: 'bretagne' }),
];
const DATA = datasetOf({
  poles: POLES,
  themes: [theme('energie', 'Énergie'), theme('mer', 'Mer')],
  regions: [region('centre', true, false, 'Centre')],
});

const withFilters = (themes: readonly string[], regions: readonly string[] = []): CardView => ({
  ...DEFAULT_VIEW,
  filters: { ...NO_FILTERS, themes, regions },
});

describe('compareToggle', () => {
  it('offers a « Comparer » box per pole, ticked for the compared ones, each toggling its pole', () => {
    const toggle = compareToggle(POLES.slice(0, 2), ['s2e2'], FR);
    expect(toggle.column).toBe('Comparer');
    expect([...toggle.rows]).toEqual([
      [
        'cosmetic-valley',
        {
          label: 'Comparer Cosmetic Valley',
          checked: false,
          disabled: false,
          action: { type: 'toggle-compared', id: 'cosmetic-valley' },
        },
      ],
      [
        's2e2',
        {
          label: 'Comparer S2E2',
          checked: true,
          disabled: false,
          action: { type: 'toggle-compared', id: 's2e2' },
        },
      ],
    ]);
  });

  it('disables the unticked boxes once 4 poles are compared, leaving the ticked ones free to untick', () => {
    const toggle = compareToggle(POLES, ['cosmetic-valley', 's2e2', 'tenerrdis', 'capenergies'], FR);
    expect([...toggle.rows].map(([id, row]) => [id, row.checked, row.disabled])).toEqual([
      ['cosmetic-valley', true, false],
      ['s2e2', true, false],
      ['tenerrdis', true, false],
      ['capenergies', true, false],
      ['pole-mer', false, true],
    ]);
  });

  it('disables nothing while 3 are compared', () => {
    const toggle = compareToggle(POLES, ['cosmetic-valley', 's2e2', 'tenerrdis'], FR);
    expect([...toggle.rows.values()].some((row) => row.disabled)).toBe(false);
  });
});

describe('buildPolesListCard', () => {
  const card = buildPolesListCard(DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('is a sortable table across the page, without a chart', () => {
    expect(card.title).toBe('Liste des pôles');
    expect(card.sortable).toBe(true);
    expect(card.chart).toBeNull();
    expect(card.width).toBe('wide');
    expect(card.exportName).toBe('liste-poles');
  });

  it('counts the poles and the doubts, and says how to sort and compare', () => {
    expect(fr(card.takeaway)).toBe(
      fr(`5\u00a0pôles sur 5, dont 1 avec une réserve sur un fait (colonne « Réserve »). ${HOW_TO}`),
    );
  });

  it('says how many poles correspond to the filters, in the singular for one', () => {
    expect(fr(buildPolesListCard(DATA, withFilters(['mer']), FR_OPTIONS).takeaway)).toBe(
      fr(
        `1\u00a0pôle sur 5 correspond aux filtres, dont 0 avec une réserve sur un fait (colonne « Réserve »). ${HOW_TO}`,
      ),
    );
  });

  it('and in the plural for several', () => {
    expect(buildPolesListCard(DATA, withFilters(['energie']), FR_OPTIONS).takeaway).toMatch(
      /^3\u00a0pôles sur 5 correspondent aux filtres, dont 1 avec une réserve/,
    );
  });

  it('lists the poles in view only, each with its « Comparer » box', () => {
    const centre = buildPolesListCard(DATA, withFilters([], ['centre']), FR_OPTIONS);
    expect(centre.table.rows.map((row) => row.key)).toEqual(['cosmetic-valley', 's2e2']);
    expect(centre.table.caption).toBe('Liste des pôles en vue (2 sur 5)');
    expect([...(centre.rowToggle?.rows.keys() ?? [])]).toEqual(['cosmetic-valley', 's2e2']);
  });

  it('lists only the poles of the status, year labelled, 2012 class or 2016 region filtered on', () => {
    const data = datasetOf({
      ...DATA,
      poles: [
        ...POLES.slice(0, 2),
        pole({
          id: 'tenerrdis',
          category: 'mondial',
          year_labelled: 2007,
          evaluation_2012: 'tres-performant',
        }),
        pole({ id: 'pole-mer', region_2013: 'bretagne', region_2016: 'bretagne' }),
      ],
    });
    const keys = (view: CardView) =>
      buildPolesListCard(data, view, FR_OPTIONS).table.rows.map((row) => row.key);
    expect(keys({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, categories: ['mondial'] } })).toEqual([
      'tenerrdis',
    ]);
    expect(keys({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, years: ['2005'] } })).toHaveLength(3);
    expect(keys({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, evaluations: ['tres-performant'] } })).toEqual([
      'tenerrdis',
    ]);
    expect(
      keys({ ...DEFAULT_VIEW, regionScheme: '2016', filters: { ...NO_FILTERS, regions: ['bretagne'] } }),
    ).toEqual(['pole-mer']);
  });

  it('ticks the compared poles', () => {
    const compared = buildPolesListCard(DATA, { ...DEFAULT_VIEW, compared: ['pole-mer'] }, FR_OPTIONS);
    expect(compared.rowToggle?.rows.get('pole-mer')?.checked).toBe(true);
    expect(compared.rowToggle?.rows.get('s2e2')?.checked).toBe(false);
  });

  it('gives labels in its table', () => {
    expect(
      card.table.rows
        .find((row) => row.key === 's2e2')
        ?.cells.slice(0, 3)
        .map((c) => c.display),
    ).toEqual(['S2E2', 'Énergie', 'Centre']);
  });

  it('has no empty state while poles match', () => {
    expect(card.empty).toBeNull();
  });

  it('shows an empty state with a reset when the filters leave no pole', () => {
    const none = buildPolesListCard(DATA, withFilters(['chimie']), FR_OPTIONS);
    expect(none.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
    expect(none.takeaway).toMatch(/^0\u00a0pôle sur 5 correspond aux filtres/);
  });

  it('offers no reset when there is no pole and no filter', () => {
    expect(buildPolesListCard(datasetOf({}), DEFAULT_VIEW, FR_OPTIONS).empty).toEqual({
      message: 'Aucun pôle ne correspond aux filtres.',
      reset: false,
    });
  });

  it('cites the press release’s count of 71 and the per-pole sources', () => {
    expect(card.sources[0]).toBe('DIRECCTE Centre, 7 janvier 2014 (71 pôles sélectionnés)');
    expect(card.sources[1]).toMatch(/^liste de référence des pôles, 1\u00a0source /);
  });
});

describe('polesListCard', () => {
  it('needs the poles, themes and regions', () => {
    expect(polesListCard.needs).toEqual(['poles', 'themes', 'regions']);
    expect(polesListCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Liste des pôles');
  });
});

describe('the list in English', () => {
  const card = buildPolesListCard(DATA, DEFAULT_VIEW, cardOptions(EN));
  const HOW_TO_EN =
    'Click a name to open the cluster’s profile, a column heading to sort; tick up to 4 clusters to compare them side by side.';

  it('counts the clusters and the caveats, and says how to sort and compare', () => {
    expect(card.title).toBe('List of clusters');
    expect(polesListCard.title(DEFAULT_VIEW, cardOptions(EN))).toBe('List of clusters');
    expect(card.takeaway).toBe(
      `5 clusters of 5, including 1 with a caveat on a fact (“Caveat” column). ${HOW_TO_EN}`,
    );
    expect(buildPolesListCard(DATA, withFilters(['mer']), cardOptions(EN)).takeaway).toBe(
      `1 cluster of 5 matches the filters, including 0 with a caveat on a fact (“Caveat” column). ${HOW_TO_EN}`,
    );
    expect(buildPolesListCard(DATA, withFilters(['energie']), cardOptions(EN)).takeaway).toMatch(
      /^3 clusters of 5 match the filters, including 1 with a caveat/,
    );
  });

  it('offers « Compare » boxes and says in English that no cluster matches', () => {
    expect(card.rowToggle?.column).toBe('Compare');
    expect(card.rowToggle?.rows.get('s2e2')?.label).toBe('Compare S2E2');
    expect(card.table.caption).toBe('Clusters in view (5 of 5)');
    expect(buildPolesListCard(DATA, withFilters(['chimie']), cardOptions(EN)).empty).toEqual({
      message: 'No cluster matches the filters.',
      reset: true,
    });
  });

  it('builds its rows again in the other language, then back: theme labels from their English column', () => {
    const theme = (model: typeof card) =>
      model.table.rows.find((row) => row.key === 's2e2')?.cells[1]?.display;
    expect(theme(buildPolesListCard(DATA, DEFAULT_VIEW, FR_OPTIONS))).toBe('Énergie');
    expect(theme(buildPolesListCard(DATA, DEFAULT_VIEW, cardOptions(EN)))).toBe('Énergie (en)');
    expect(theme(buildPolesListCard(DATA, DEFAULT_VIEW, FR_OPTIONS))).toBe('Énergie');
  });
});
