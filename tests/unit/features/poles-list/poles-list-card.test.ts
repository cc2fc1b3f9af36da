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
import { FR_OPTIONS } from '../../../fixtures/i18n';

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
    const toggle = compareToggle(POLES.slice(0, 2), ['s2e2']);
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
    const toggle = compareToggle(POLES, ['cosmetic-valley', 's2e2', 'tenerrdis', 'capenergies']);
    expect([...toggle.rows].map(([id, row]) => [id, row.checked, row.disabled])).toEqual([
      ['cosmetic-valley', true, false],
      ['s2e2', true, false],
      ['tenerrdis', true, false],
      ['capenergies', true, false],
      ['pole-mer', false, true],
    ]);
  });

  it('disables nothing while 3 are compared', () => {
    const toggle = compareToggle(POLES, ['cosmetic-valley', 's2e2', 'tenerrdis']);
    expect([...toggle.rows.values()].some((row) => row.disabled)).toBe(false);
  });
});

describe('buildPolesListCard', () => {
  const card = buildPolesListCard(DATA, DEFAULT_VIEW);

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
    expect(fr(buildPolesListCard(DATA, withFilters(['mer'])).takeaway)).toBe(
      fr(
        `1\u00a0pôle sur 5 correspond aux filtres, dont 0 avec une réserve sur un fait (colonne « Réserve »). ${HOW_TO}`,
      ),
    );
  });

  it('and in the plural for several', () => {
    expect(buildPolesListCard(DATA, withFilters(['energie'])).takeaway).toMatch(
      /^3\u00a0pôles sur 5 correspondent aux filtres, dont 1 avec une réserve/,
    );
  });

  it('lists the poles in view only, each with its « Comparer » box', () => {
    const centre = buildPolesListCard(DATA, withFilters([], ['centre']));
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
    const keys = (view: CardView) => buildPolesListCard(data, view).table.rows.map((row) => row.key);
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
    const compared = buildPolesListCard(DATA, { ...DEFAULT_VIEW, compared: ['pole-mer'] });
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
    const none = buildPolesListCard(DATA, withFilters(['chimie']));
    expect(none.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
    expect(none.takeaway).toMatch(/^0\u00a0pôle sur 5 correspond aux filtres/);
  });

  it('offers no reset when there is no pole and no filter', () => {
    expect(buildPolesListCard(datasetOf({}), DEFAULT_VIEW).empty).toEqual({
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
