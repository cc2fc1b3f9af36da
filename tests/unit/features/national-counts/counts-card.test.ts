import { describe, expect, it } from 'vitest';
import {
  buildCountsCard,
  categoriesCard,
  countBars,
  countTable,
  evaluationsCard,
  regionsCard,
  themesCard,
  yearsCard,
} from '../../../../src/features/national-counts/counts-card';
import { DEFAULT_VIEW, type CardView, type Filters } from '../../../../src/model/view';
import type { CategoryCount } from '../../../../src/selectors/facets';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { pole, region, theme } from '../../../fixtures/rows';
import { viewOf } from '../../../fixtures/view';
import { datasetOf } from '../dataset-of';
import { EN, FR, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

// fr-FR puts a no-break space before « % »: U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);
const fr = withFrenchSpaces;

const count = (id: string, label: string, n: number, selected = false): CategoryCount => ({
  id,
  label,
  count: n,
  selected,
});

/**
 * Five poles: three in Énergie (two seated in Centre), one in Biens de consommation, one in Mer; none in Chimie.
 * Statuses: three national, one à vocation mondiale, one mondial; labelled in 2005 (3), 2007 and 2010; classes of
 * 2012: three performant, two très performant.
 */
const DATA = datasetOf({
  poles: [
    pole({ id: 'cosmetic-valley' }),
    pole({ id: 's2e2', theme: 'energie', year_labelled: 2007, evaluation_2012: 'tres-performant' }),
    pole({
      id: 'tenerrdis',
      theme: 'energie',
      region_2013: 'rhone-alpes',
      region_2016: 'auvergne-rhone-alpes',
      category: 'mondial',
      evaluation_2012: 'tres-performant',
    }),
    pole({
      id: 'capenergies',
      theme: 'energie',
      region_2013: 'paca',
      region_2016: 'paca',
      year_labelled: 2010,
    }),
    pole({
      id: 'pole-mer',
      theme: 'mer',
      region_2013: 'bretagne',
      region_2016: 'bretagne',
      category: 'a-vocation-mondiale',
      source_id: 'fiche-mer',
    }),
  ],
  themes: [
    theme('chimie', 'Chimie'),
    theme('mer', 'Mer'),
    theme('energie', 'Énergie'),
    theme('biens-de-consommation', 'Biens de consommation'),
  ],
  regions: [
    region('centre', true, false, 'Centre'),
    region('rhone-alpes', true, false, 'Rhône-Alpes'),
    region('paca', true, true, 'Provence-Alpes-Côte d’Azur'),
    region('bretagne', true, true, 'Bretagne'),
    region('centre-val-de-loire', false, true, 'Centre-Val de Loire'),
    region('auvergne-rhone-alpes', false, true, 'Auvergne-Rhône-Alpes'),
    region('corse', true, true, 'Corse'),
  ],
});

const withFilters = (themes: readonly string[], regions: readonly string[] = []): CardView =>
  viewOf({ themes, regions });
const on = (filters: Partial<Filters>, regionScheme: CardView['regionScheme'] = '2013'): CardView =>
  viewOf(filters, { regionScheme });

const barsOf = (card: ReturnType<typeof buildCountsCard>) =>
  card.chart?.kind === 'bars' ? card.chart.bars : [];

describe('countBars', () => {
  it('draws the categories with a pole, in the order given, labelled with their count, in the base tone', () => {
    expect(
      countBars(
        [count('energie', 'Énergie', 1200), count('mer', 'Mer', 1), count('chimie', 'Chimie', 0)],
        FR,
      ),
    ).toEqual([
      { id: 'energie', label: 'Énergie', value: 1200, valueLabel: '1\u202f200', tone: 'base' },
      { id: 'mer', label: 'Mer', value: 1, valueLabel: '1', tone: 'base' },
    ]);
  });

  it('marks the selected categories with ✓ and mutes the others while a filter is on', () => {
    expect(
      countBars([count('energie', 'Énergie', 3), count('mer', 'Mer', 1, true)], FR).map((bar) => [
        bar.label,
        bar.tone,
      ]),
    ).toEqual([
      ['Énergie', 'muted'],
      ['✓ Mer', 'selected'],
    ]);
  });

  it('keeps a selected category with no pole, so that its filter stays visible and can be removed', () => {
    expect(
      countBars(
        [count('energie', 'Énergie', 3), count('chimie', 'Chimie', 0, true), count('mer', 'Mer', 0)],
        FR,
      ).map((bar) => [bar.id, bar.value, bar.tone]),
    ).toEqual([
      ['energie', 3, 'muted'],
      ['chimie', 0, 'selected'],
    ]);
  });
});

describe('countTable', () => {
  const table = countTable(
    [count('energie', 'Énergie', 3), count('mer', 'Mer', 1, true), count('chimie', 'Chimie', 0)],
    'Pôles par thème',
    'Thème',
    FR,
  );

  it('gives the total in its caption and names the category column', () => {
    expect(table.caption).toBe('Pôles par thème (4\u00a0pôles)');
    expect(table.columns).toEqual([
      { key: 'category', label: 'Thème' },
      { key: 'count', label: 'Nombre de pôles', numeric: true },
      { key: 'share', label: 'Part', numeric: true },
      { key: 'selected', label: 'Filtre actif' },
    ]);
  });

  it('gives every category, even without a pole, with its count, share and whether it is a filter', () => {
    expect(table.rows.map((row) => [row.key, row.cells.map((c) => [c.display, c.raw])])).toEqual([
      [
        'energie',
        [
          ['Énergie', 'Énergie'],
          ['3', 3],
          [percent(0.75), 0.75],
          ['non', 'non'],
        ],
      ],
      [
        'mer',
        [
          ['Mer', 'Mer'],
          ['1', 1],
          [percent(0.25), 0.25],
          ['oui', 'oui'],
        ],
      ],
      [
        'chimie',
        [
          ['Chimie', 'Chimie'],
          ['0', 0],
          [percent(0), 0],
          ['non', 'non'],
        ],
      ],
    ]);
  });

  it('rounds the raw shares to 4 decimals', () => {
    const thirds = countTable([count('a', 'A', 1), count('b', 'B', 2)], 'T', 'C', FR);
    expect(thirds.rows.map((row) => row.cells[2]?.raw)).toEqual([0.3333, 0.6667]);
  });

  it('gives no share when no pole is counted', () => {
    const empty = countTable([count('mer', 'Mer', 0)], 'Pôles par thème', 'Thème', FR);
    expect(empty.caption).toBe('Pôles par thème (0\u00a0pôle)');
    expect(empty.rows[0]?.cells[2]).toEqual({ display: '—', raw: null });
  });
});

describe('buildCountsCard by theme', () => {
  const card = buildCountsCard('themes', DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('names the leading theme with its count', () => {
    expect(card.title).toBe('Pôles par thème');
    expect(fr(card.takeaway)).toBe(fr('Énergie est le thème le plus représenté : 3\u00a0pôles sur 5.'));
  });

  it('draws the themes with a pole, largest first, and a click on a bar filters by theme', () => {
    expect(card.chart).toMatchObject({ kind: 'bars', select: 'themes' });
    expect(barsOf(card).map((bar) => [bar.label, bar.value, bar.tone])).toEqual([
      ['Énergie', 3, 'base'],
      ['Biens de consommation', 1, 'base'],
      ['Mer', 1, 'base'],
    ]);
  });

  it('keeps the theme without a pole in its table', () => {
    expect(card.table.caption).toBe('Pôles par thème (5\u00a0pôles)');
    expect(card.table.rows.map((row) => row.key)).toEqual([
      'energie',
      'biens-de-consommation',
      'mer',
      'chimie',
    ]);
  });

  it('says how to filter, and has no legend, while no theme is selected', () => {
    expect(card.hint).toBe('Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page).');
    expect(card.legend).toEqual([]);
    expect(card.empty).toBeNull();
  });

  it('marks the selected theme, explains ✓ in the hint and the tones in a legend', () => {
    const filtered = buildCountsCard('themes', DATA, withFilters(['chimie']), FR_OPTIONS);
    expect(barsOf(filtered).map((bar) => [bar.label, bar.tone])).toEqual([
      ['Énergie', 'muted'],
      ['Biens de consommation', 'muted'],
      ['Mer', 'muted'],
      ['✓ Chimie', 'selected'],
    ]);
    expect(fr(filtered.hint ?? '')).toBe(
      fr(
        'Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page) ; ✓ marque un filtre actif.',
      ),
    );
    expect(filtered.legend).toEqual([
      { label: 'Filtre actif (✓ devant le nom)', swatch: 'bar', role: 'selected' },
      { label: 'Hors filtre', swatch: 'bar', role: 'muted' },
    ]);
  });

  it('counts the themes under the region filter, with neither legend nor ✓ since no theme is selected', () => {
    const inCentre = buildCountsCard('themes', DATA, withFilters([], ['centre']), FR_OPTIONS);
    expect(barsOf(inCentre).map((bar) => [bar.label, bar.value, bar.tone])).toEqual([
      ['Biens de consommation', 1, 'base'],
      ['Énergie', 1, 'base'],
    ]);
    expect(inCentre.legend).toEqual([]);
  });

  it('shows an empty state with a reset when the filters leave no pole', () => {
    const none = buildCountsCard('themes', DATA, withFilters([], ['corse']), FR_OPTIONS);
    expect(none.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
    expect(none.takeaway).toBe('Aucun pôle ne correspond aux filtres.');
    expect(barsOf(none)).toEqual([]);
  });

  it('offers no reset when there is no pole and no filter', () => {
    expect(
      buildCountsCard('themes', datasetOf({ themes: DATA.themes }), DEFAULT_VIEW, FR_OPTIONS).empty,
    ).toEqual({
      message: 'Aucun pôle ne correspond aux filtres.',
      reset: false,
    });
  });

  it('cites the press release’s count of 71 and the per-pole sources', () => {
    expect(card.sources.map(fr)).toEqual([
      'DIRECCTE Centre, 7 janvier 2014 (71 pôles sélectionnés)',
      fr(
        'liste de référence des pôles, 2\u00a0sources (une par pôle, état 2012-2013 ; détail dans la liste des pôles)',
      ),
    ]);
  });

  it('names its exports', () => {
    expect(card.id).toBe('themes');
    expect(card.exportName).toBe('poles-par-theme');
  });
});

describe('buildCountsCard by region', () => {
  const card = buildCountsCard('regions', DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('names the region with the most seats, among the 2013 regions', () => {
    expect(card.title).toBe('Pôles par région du siège (régions de 2013)');
    expect(fr(card.takeaway)).toBe(fr('Centre accueille le plus de sièges de pôles : 2\u00a0pôles sur 5.'));
    expect(barsOf(card).map((bar) => bar.id)).toEqual(['centre', 'bretagne', 'paca', 'rhone-alpes']);
  });

  it('filters by region on a click, and names its category column and exports', () => {
    expect(card.chart).toMatchObject({ kind: 'bars', select: 'regions' });
    expect(card.table.columns[0]).toEqual({ key: 'category', label: 'Région (2013)' });
    expect(card.id).toBe('regions');
    expect(card.exportName).toBe('poles-par-region');
  });

  it('leaves out the regions where no pole has its seat, even a selected one (its chip still removes it)', () => {
    expect(card.table.rows.map((row) => row.key)).not.toContain('corse');
    const corse = buildCountsCard('regions', DATA, on({ regions: ['corse'] }), FR_OPTIONS);
    expect(barsOf(corse).map((bar) => [bar.id, bar.tone])).toEqual([
      ['centre', 'base'],
      ['bretagne', 'base'],
      ['paca', 'base'],
      ['rhone-alpes', 'base'],
    ]);
  });

  it('counts under the theme filter and mutes nothing while no region is selected', () => {
    const energy = buildCountsCard('regions', DATA, withFilters(['energie']), FR_OPTIONS);
    expect(barsOf(energy).map((bar) => [bar.id, bar.value, bar.tone])).toEqual([
      ['centre', 1, 'base'],
      ['paca', 1, 'base'],
      ['rhone-alpes', 1, 'base'],
    ]);
    expect(energy.legend).toEqual([]);
  });
});

describe('buildCountsCard by region on the 2016 map', () => {
  const card = buildCountsCard('regions', DATA, on({}, '2016'), FR_OPTIONS);

  it('says so in its title and its category column, and counts the poles per 2016 region', () => {
    expect(card.title).toBe('Pôles par région du siège (régions de 2016)');
    expect(card.table.columns[0]).toEqual({ key: 'category', label: 'Région (2016)' });
    expect(card.table.caption).toBe('Pôles par région du siège (régions de 2016) (5\u00a0pôles)');
    expect(barsOf(card).map((bar) => [bar.id, bar.value])).toEqual([
      ['centre-val-de-loire', 2],
      ['auvergne-rhone-alpes', 1],
      ['bretagne', 1],
      ['paca', 1],
    ]);
    expect(fr(card.takeaway)).toBe(
      fr('Centre-Val de Loire accueille le plus de sièges de pôles : 2\u00a0pôles sur 5.'),
    );
  });

  it('marks a selected 2016 region, and never lists a 2013 region', () => {
    const selected = buildCountsCard(
      'regions',
      DATA,
      on({ regions: ['auvergne-rhone-alpes'] }, '2016'),
      FR_OPTIONS,
    );
    expect(barsOf(selected).map((bar) => [bar.label, bar.tone])).toEqual([
      ['Centre-Val de Loire', 'muted'],
      ['✓ Auvergne-Rhône-Alpes', 'selected'],
      ['Bretagne', 'muted'],
      ['Provence-Alpes-Côte d’Azur', 'muted'],
    ]);
    expect(selected.table.rows.map((row) => row.key)).not.toContain('centre');
  });

  it('keeps its id and exports on either map', () => {
    expect([card.id, card.exportName]).toEqual(['regions', 'poles-par-region']);
  });
});

describe('buildCountsCard by status', () => {
  const card = buildCountsCard('categories', DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('counts the poles per status, with its French labels, largest first', () => {
    expect(card.title).toBe('Pôles par statut au label');
    expect(barsOf(card).map((bar) => [bar.id, bar.label, bar.value])).toEqual([
      ['national', 'National', 3],
      ['a-vocation-mondiale', 'À vocation mondiale', 1],
      ['mondial', 'Mondial', 1],
    ]);
    expect(fr(card.takeaway)).toBe(fr('National est le statut le plus fréquent : 3\u00a0pôles sur 5.'));
  });

  it('filters by status on a click, and names its category column and exports', () => {
    expect(card.chart).toMatchObject({ kind: 'bars', select: 'categories' });
    expect(card.table.columns[0]).toEqual({ key: 'category', label: 'Statut au label' });
    expect([card.id, card.exportName]).toEqual(['statuts', 'poles-par-statut']);
  });

  it('counts under the other filters, keeps every status in its table, and marks the selected one', () => {
    const energy = buildCountsCard(
      'categories',
      DATA,
      on({ themes: ['energie'], categories: ['mondial'] }),
      FR_OPTIONS,
    );
    expect(barsOf(energy).map((bar) => [bar.label, bar.value, bar.tone])).toEqual([
      ['National', 2, 'muted'],
      ['✓ Mondial', 1, 'selected'],
    ]);
    expect(energy.table.rows.map((row) => [row.key, row.cells[1]?.raw])).toEqual([
      ['national', 2],
      ['mondial', 1],
      ['a-vocation-mondiale', 0],
    ]);
  });
});

describe('buildCountsCard by year labelled', () => {
  const card = buildCountsCard('years', DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('counts the poles per year of the first label, years taken from the data', () => {
    expect(card.title).toBe('Pôles par année du premier label');
    expect(barsOf(card).map((bar) => [bar.id, bar.value])).toEqual([
      ['2005', 3],
      ['2007', 1],
      ['2010', 1],
    ]);
    expect(fr(card.takeaway)).toBe(
      fr('2005 est l’année où le plus de pôles ont été labellisés : 3\u00a0pôles sur 5.'),
    );
  });

  it('filters by year on a click, and names its category column and exports', () => {
    expect(card.chart).toMatchObject({ kind: 'bars', select: 'years' });
    expect(card.table.columns[0]).toEqual({ key: 'category', label: 'Année du label' });
    expect([card.id, card.exportName]).toEqual(['annees', 'poles-par-annee-de-label']);
  });

  it('counts under the region filter of the chosen map', () => {
    const today = buildCountsCard(
      'years',
      DATA,
      on({ regions: ['centre-val-de-loire'] }, '2016'),
      FR_OPTIONS,
    );
    expect(barsOf(today).map((bar) => [bar.id, bar.value])).toEqual([
      ['2005', 1],
      ['2007', 1],
    ]);
  });
});

describe('buildCountsCard by 2012 class', () => {
  const card = buildCountsCard('evaluations', DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('counts the poles per class of the 2012 evaluation, with its French labels', () => {
    expect(card.title).toBe('Pôles par classe à l’évaluation de 2012');
    expect(barsOf(card).map((bar) => [bar.label, bar.value])).toEqual([
      ['Performant', 3],
      ['Très performant', 2],
    ]);
    expect(card.table.rows.map((row) => row.key)).toEqual([
      'performant',
      'tres-performant',
      'moins-performant',
    ]);
    expect(fr(card.takeaway)).toBe(fr('Performant est la classe la plus fréquente : 3\u00a0pôles sur 5.'));
  });

  it('filters by class on a click, and names its category column and exports', () => {
    expect(card.chart).toMatchObject({ kind: 'bars', select: 'evaluations' });
    expect(card.table.columns[0]).toEqual({ key: 'category', label: 'Évaluation 2012' });
    expect([card.id, card.exportName]).toEqual(['evaluations', 'poles-par-evaluation-2012']);
  });

  it('keeps a selected class with no pole, so that its filter can be removed, and offers a reset when empty', () => {
    const none = buildCountsCard('evaluations', DATA, on({ themes: ['mer'], years: ['2010'] }), FR_OPTIONS);
    expect(none.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
    const kept = buildCountsCard('evaluations', DATA, on({ evaluations: ['moins-performant'] }), FR_OPTIONS);
    expect(barsOf(kept).map((bar) => [bar.label, bar.value, bar.tone])).toEqual([
      ['Performant', 3, 'muted'],
      ['Très performant', 2, 'muted'],
      ['✓ Moins performant', 0, 'selected'],
    ]);
  });
});

describe('the counts cards’ definitions', () => {
  it('title the regions card after the map of the view', () => {
    expect(regionsCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Pôles par région du siège (régions de 2013)');
    expect(regionsCard.title({ ...DEFAULT_VIEW, regionScheme: '2016' }, FR_OPTIONS)).toBe(
      'Pôles par région du siège (régions de 2016)',
    );
  });

  it('give each card its id, title and the card of its facet', () => {
    expect([categoriesCard.id, yearsCard.id, evaluationsCard.id]).toEqual([
      'statuts',
      'annees',
      'evaluations',
    ]);
    expect(categoriesCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Pôles par statut au label');
    expect(yearsCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Pôles par année du premier label');
    expect(evaluationsCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Pôles par classe à l’évaluation de 2012');
    expect(yearsCard.build(DATA, DEFAULT_VIEW, FR_OPTIONS).chart).toMatchObject({
      kind: 'bars',
      select: 'years',
    });
    for (const card of [categoriesCard, yearsCard, evaluationsCard]) expect(card.needs).toContain('poles');
  });
});

describe('themesCard and regionsCard', () => {
  it('need the poles and their dimension, and build the card of that dimension', () => {
    expect(themesCard.needs).toEqual(['poles', 'themes']);
    expect(regionsCard.needs).toEqual(['poles', 'regions']);
    expect(themesCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe('Pôles par thème');
    expect(regionsCard.build(DATA, DEFAULT_VIEW, FR_OPTIONS).title).toBe(
      'Pôles par région du siège (régions de 2013)',
    );
  });
});

describe('buildCountsCard in English', () => {
  const card = buildCountsCard('themes', DATA, DEFAULT_VIEW, cardOptions(EN));

  it('titles and sums up the card in English, themes from their English column', () => {
    expect(card.title).toBe('Clusters by theme');
    // The fixture's English column is the French label followed by « (en) ».
    expect(card.takeaway).toBe('Énergie (en) is the most represented theme: 3 clusters of 5.');
    expect(card.hint).toBe('Click a bar to filter (or use the filters at the top of the page).');
  });

  it('labels its table in English with English plurals', () => {
    expect(card.table.caption).toBe('Clusters by theme (5 clusters)');
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Theme',
      'Number of clusters',
      'Share',
      'Active filter',
    ]);
    expect(card.table.rows[0]?.cells[3]?.display).toBe('no');
  });

  it('names the region scheme and the selected filter in English', () => {
    const regions = buildCountsCard('regions', DATA, on({ regions: ['centre'] }), cardOptions(EN));
    expect(regions.title).toBe('Clusters by headquarters region (2013 regions)');
    expect(regions.table.columns[0]?.label).toBe('Region (2013)');
    expect(regions.hint).toBe(
      'Click a bar to filter (or use the filters at the top of the page); ✓ marks an active filter.',
    );
    expect(regions.legend.map((item) => item.label)).toEqual([
      'Active filter (✓ before the name)',
      'Outside the filter',
    ]);
    expect(yearsCard.title(DEFAULT_VIEW, cardOptions(EN))).toBe('Clusters by year first labelled');
  });
});
