import { beforeAll, describe, expect, it } from 'vitest';
import type { FileState } from '../../src/data/dataset';
import type { DataIssue } from '../../src/data/issue';
import { loadDataset, type FileResult } from '../../src/data/load';
import type { FundingRow, Pole, Region, Source, Theme } from '../../src/data/schemas';
import { leaders, regionCounts, themeCounts, type CategoryCount } from '../../src/selectors/category-counts';
import { filterPoles, hasFilters } from '../../src/selectors/filter-poles';
import { fundingSeries } from '../../src/selectors/funding';
import { headline } from '../../src/selectors/headline';
import { labelIndex } from '../../src/selectors/labels';
import { membership } from '../../src/selectors/membership';
import { nationalSources } from '../../src/selectors/national-sources';
import { readiness } from '../../src/selectors/readiness';
import { citation } from '../../src/selectors/sources';
import { leaderTakeaway } from '../../src/selectors/takeaways';
import type { Filters } from '../../src/store/store';
import { withFrenchSpaces } from '../fixtures/csv';
import { fetcherFromDisk } from '../fixtures/disk';

const NBSP = '\u00a0';
/** A colon as French typography writes it: after a no-break space. */
const COLON = `${NBSP}:`;
const NO_FILTERS: Filters = { themes: [], regions: [] };
const THEME_NOUN = 'thèmes';
const THEME_VERB = 'est le thème le plus représenté';
const REGION_NOUN = 'régions';
const REGION_VERB = 'accueille le plus de sièges de pôles';

function rowsOf<T>(result: FileResult<T>): readonly T[] {
  if ('issues' in result) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.rows;
}

let poles: readonly Pole[] = [];
let themes: readonly Theme[] = [];
let regions: readonly Region[] = [];
let sources: readonly Source[] = [];
let funding: readonly FundingRow[] = [];

beforeAll(async () => {
  const result = await loadDataset(fetcherFromDisk);
  poles = rowsOf(result.poles);
  themes = rowsOf(result.themes);
  regions = rowsOf(result.regions);
  sources = rowsOf(result.sources);
  funding = rowsOf(result.funding);
});

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((entry) => entry.id);
const countsById = (counts: readonly CategoryCount[]): Record<string, number> =>
  Object.fromEntries(counts.map((entry) => [entry.id, entry.count]));

describe('filterPoles', () => {
  it('keeps every pole without filters', () => {
    expect(filterPoles(poles, NO_FILTERS)).toHaveLength(71);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('keeps the 7 poles of theme « energie »', () => {
    expect(ids(filterPoles(poles, { themes: ['energie'], regions: [] }))).toEqual([
      'avenia',
      'capenergies',
      'derbi',
      'energivie',
      'pnb',
      's2e2',
      'tenerrdis',
    ]);
  });

  it('keeps the 4 poles seated in région Centre (2013)', () => {
    expect(ids(filterPoles(poles, { themes: [], regions: ['centre'] }))).toEqual([
      'cosmetic-valley',
      'dream',
      'elastopole',
      's2e2',
    ]);
  });

  it('does not match 2016 regions', () => {
    expect(filterPoles(poles, { themes: [], regions: ['centre-val-de-loire'] })).toEqual([]);
  });

  it('combines values of one dimension with OR and dimensions with AND', () => {
    expect(filterPoles(poles, { themes: ['energie', 'mer'], regions: [] })).toHaveLength(9);
    expect(
      ids(filterPoles(poles, { themes: ['energie', 'mer'], regions: ['provence-alpes-cote-d-azur'] })),
    ).toEqual(['capenergies', 'mer-paca']);
    expect(hasFilters({ themes: [], regions: ['centre'] })).toBe(true);
  });
});

describe('themeCounts', () => {
  it('counts the 71 poles per theme, largest first, ties in French alphabetical order', () => {
    const counts = themeCounts(poles, themes, NO_FILTERS);
    expect(counts.map((entry) => [entry.label, entry.count])).toEqual([
      ['Agriculture et agroalimentaire', 13],
      ['Chimie et matériaux', 9],
      ['Numérique', 8],
      ['Écotechnologies et environnement', 7],
      ['Énergie', 7],
      ['Biotechnologies et santé', 6],
      ['Transports et mobilité', 6],
      ['Mécanique et production', 4],
      ['Aéronautique et espace', 3],
      ['Biens de consommation', 2],
      ['Mer', 2],
      ['Optique et photonique', 2],
      ['Services', 2],
    ]);
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(71);
    expect(counts.some((entry) => entry.selected)).toBe(false);
  });

  it('ignores the theme filter, so every theme stays visible, and flags the selected ones', () => {
    const counts = themeCounts(poles, themes, { themes: ['energie', 'mer'], regions: [] });
    expect(countsById(counts)).toEqual(countsById(themeCounts(poles, themes, NO_FILTERS)));
    expect(counts.filter((entry) => entry.selected).map((entry) => entry.id)).toEqual(['energie', 'mer']);
  });

  it('applies the region filter, keeping themes with no pole at zero', () => {
    const counts = themeCounts(poles, themes, { themes: [], regions: ['centre'] });
    expect(counts).toHaveLength(13);
    expect(counts.slice(0, 4).map((entry) => [entry.id, entry.count])).toEqual([
      ['biens-de-consommation', 1],
      ['chimie-et-materiaux', 1],
      ['ecotechnologies-et-environnement', 1],
      ['energie', 1],
    ]);
    expect(counts.slice(4).every((entry) => entry.count === 0)).toBe(true);
  });
});

describe('regionCounts', () => {
  it('counts poles per 2013 region, leaving out 2016-only regions', () => {
    const counts = regionCounts(poles, regions, NO_FILTERS);
    expect(counts).toHaveLength(20);
    expect(counts.slice(0, 6).map((entry) => [entry.id, entry.count])).toEqual([
      ['rhone-alpes', 10],
      ['provence-alpes-cote-d-azur', 9],
      ['nord-pas-de-calais', 7],
      ['ile-de-france', 6],
      ['bretagne', 4],
      ['centre', 4],
    ]);
    expect(ids(counts)).not.toContain('centre-val-de-loire');
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(71);
  });

  it('applies the theme filter but ignores the region filter, and flags the selected regions', () => {
    const counts = regionCounts(poles, regions, { themes: ['energie'], regions: ['centre'] });
    expect(counts).toHaveLength(20);
    expect(counts.filter((entry) => entry.count > 0).map((entry) => entry.label)).toEqual([
      'Alsace',
      'Aquitaine',
      'Bourgogne',
      'Centre',
      'Languedoc-Roussillon',
      "Provence-Alpes-Côte d'Azur",
      'Rhône-Alpes',
    ]);
    expect(counts.filter((entry) => entry.count > 0).every((entry) => entry.count === 1)).toBe(true);
    expect(counts.filter((entry) => entry.selected).map((entry) => entry.id)).toEqual(['centre']);
  });

  it('leaves out a 2013 region that has no pole at all', () => {
    const withEmpty = [...regions, { id: 'corse', label: 'Corse', in_2013: true, in_2016: true }];
    expect(ids(regionCounts(poles, withEmpty, NO_FILTERS))).not.toContain('corse');
  });
});

describe('leaders', () => {
  const count = (id: string, n: number): CategoryCount => ({ id, label: id, count: n, selected: false });

  it('gives the single highest count', () => {
    expect(leaders(themeCounts(poles, themes, NO_FILTERS)).map((entry) => [entry.id, entry.count])).toEqual([
      ['agriculture-et-agroalimentaire', 13],
    ]);
  });

  it('gives every entry tied for the highest count', () => {
    expect(ids(leaders([count('a', 7), count('b', 7), count('c', 2)]))).toEqual(['a', 'b']);
    expect(ids(leaders(themeCounts(poles, themes, { themes: [], regions: ['centre'] })))).toEqual([
      'biens-de-consommation',
      'chimie-et-materiaux',
      'ecotechnologies-et-environnement',
      'energie',
    ]);
  });

  it('gives nothing when every count is zero or the list is empty', () => {
    expect(leaders([count('a', 0), count('b', 0)])).toEqual([]);
    expect(leaders([])).toEqual([]);
  });
});

describe('leaderTakeaway', () => {
  const label = (id: string, text: string, n: number): CategoryCount => ({
    id,
    label: text,
    count: n,
    selected: false,
  });
  // Compared up to the kind of space before « : » (see withFrenchSpaces): src writes a plain space there today.
  const takeaway = (...args: Parameters<typeof leaderTakeaway>): string =>
    withFrenchSpaces(leaderTakeaway(...args));

  it('names the most represented theme of the 71 poles', () => {
    expect(takeaway(themeCounts(poles, themes, NO_FILTERS), THEME_NOUN, THEME_VERB)).toBe(
      `Agriculture et agroalimentaire est le thème le plus représenté${COLON} 13${NBSP}pôles sur 71.`,
    );
  });

  it('names the region with the most poles', () => {
    expect(takeaway(regionCounts(poles, regions, NO_FILTERS), REGION_NOUN, REGION_VERB)).toBe(
      `Rhône-Alpes accueille le plus de sièges de pôles${COLON} 10${NBSP}pôles sur 71.`,
    );
  });

  it('lists ties, joining the last two names with « et »', () => {
    expect(
      takeaway(themeCounts(poles, themes, { themes: [], regions: ['centre'] }), THEME_NOUN, THEME_VERB),
    ).toBe(
      `4 thèmes à égalité en tête (1${NBSP}pôle chacun sur 4)${COLON} Biens de consommation, Chimie et matériaux, Écotechnologies et environnement et Énergie.`,
    );
    expect(
      takeaway(
        [label('mer', 'Mer', 2), label('services', 'Services', 2), label('x', 'X', 1)],
        THEME_NOUN,
        THEME_VERB,
      ),
    ).toBe(`2 thèmes à égalité en tête (2${NBSP}pôles chacun sur 5)${COLON} Mer et Services.`);
  });

  it('uses the singular for a single pole', () => {
    expect(takeaway([label('mer', 'Mer', 1), label('x', 'X', 0)], THEME_NOUN, THEME_VERB)).toBe(
      `Mer est le thème le plus représenté${COLON} 1${NBSP}pôle sur 1.`,
    );
  });

  it('says that no pole matches when every count is zero', () => {
    expect(takeaway([label('mer', 'Mer', 0)], THEME_NOUN, THEME_VERB)).toBe(
      'Aucun pôle ne correspond aux filtres.',
    );
  });
});

describe('membership', () => {
  it('gives the 4 Centre poles, largest first, as shares of 620 members from one comparable source', () => {
    const result = membership(poles, NO_FILTERS, 'centre');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.year, bar.centre])).toEqual([
      ['cosmetic-valley', 300, 2014, true],
      ['s2e2', 130, 2014, true],
      ['elastopole', 110, 2014, true],
      ['dream', 80, 2014, true],
    ]);
    expect(result.total).toBe(620);
    expect(result.comparable).toBe(true);
    expect(result.years).toEqual([2014]);
    expect(result.unknown).toEqual([]);
    expect(result.bars.map((bar) => bar.share)).toEqual([300 / 620, 130 / 620, 110 / 620, 80 / 620]);
  });

  it('keeps the Centre scope under a theme filter', () => {
    const result = membership(poles, { themes: ['energie'], regions: [] }, 'centre');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.share])).toEqual([['s2e2', 130, 1]]);
    expect(result.total).toBe(130);
  });

  it('with every pole, marks counts as not comparable, gives no share, and lists unknown counts apart', () => {
    const result = membership(poles, NO_FILTERS, 'all');
    expect(result.comparable).toBe(false);
    expect(result.bars).toHaveLength(44);
    expect(result.bars.every((bar) => bar.share === null)).toBe(true);
    expect(result.bars.every((bar) => bar.members > 0)).toBe(true);
    expect(result.unknown).toHaveLength(27);
    expect(result.bars.length + result.unknown.length).toBe(71);
    expect(result.unknown.every((pole) => pole.members === null)).toBe(true);
    const drawn = new Set(ids(result.bars));
    expect(result.unknown.filter((pole) => drawn.has(pole.id))).toEqual([]);
    expect(result.total).toBe(9226);
    expect(result.years).toEqual([2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(result.bars.slice(0, 3).map((bar) => [bar.id, bar.members])).toEqual([
      ['aerospace-valley', 637],
      ['cap-digital', 600],
      ['systematic', 600],
    ]);
  });

  it('with every pole and a theme filter, sorts the known counts and lists the unknown ones', () => {
    const result = membership(poles, { themes: ['energie'], regions: [] }, 'all');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.centre])).toEqual([
      ['tenerrdis', 200, false],
      ['pnb', 180, false],
      ['derbi', 150, false],
      ['s2e2', 130, true],
      ['energivie', 97, false],
    ]);
    expect(ids(result.unknown)).toEqual(['avenia', 'capenergies']);
    expect(result.total).toBe(757);
    expect(result.comparable).toBe(false);
    expect(result.years).toEqual([2011, 2012, 2014]);
  });

  it('gives an empty, comparable view when no pole matches', () => {
    const result = membership(poles, { themes: ['mer'], regions: ['centre'] }, 'centre');
    expect(result).toEqual({ bars: [], unknown: [], total: 0, comparable: true, years: [] });
  });
});

describe('fundingSeries', () => {
  it('gives the stated total and the six yearly estimates with their running sum ending at 5 000 000', () => {
    const series = fundingSeries(funding);
    expect(series.total?.id).toBe('total-2013-2018');
    expect(series.total?.amount_eur).toBe(5000000);
    expect(series.years.map((year) => [year.year, year.amount, year.cumulative, year.estimate])).toEqual([
      [2013, 833333, 833333, true],
      [2014, 833333, 1666666, true],
      [2015, 833333, 2499999, true],
      [2016, 833333, 3333332, true],
      [2017, 833334, 4166666, true],
      [2018, 833334, 5000000, true],
    ]);
  });

  it('sorts the years whatever the file order, without changing the input', () => {
    const reversed = [...funding].reverse();
    const before = ids(reversed);
    expect(fundingSeries(reversed).years.map((year) => year.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018,
    ]);
    expect(ids(reversed)).toEqual(before);
  });

  it('gives no total and no years for no rows', () => {
    expect(fundingSeries([])).toEqual({ total: null, years: [] });
  });
});

describe('headline', () => {
  it('gives 71 poles, 4 in Centre with 620 members, and the 5 M€ total without filters', () => {
    const figures = headline(poles, funding, NO_FILTERS);
    expect({ ...figures, funding: figures.funding?.amount_eur }).toEqual({
      filtered: false,
      polesInView: 71,
      polesTotal: 71,
      centreInView: 4,
      centreTotal: 4,
      centreMembers: 620,
      centreMembersKnown: 4,
      funding: 5000000,
    });
  });

  it('follows the theme filter: 7 energy poles, 1 in Centre (S2E2, 130 members)', () => {
    const figures = headline(poles, funding, { themes: ['energie'], regions: [] });
    expect([
      figures.filtered,
      figures.polesInView,
      figures.polesTotal,
      figures.centreInView,
      figures.centreTotal,
      figures.centreMembers,
      figures.centreMembersKnown,
    ]).toEqual([true, 7, 71, 1, 4, 130, 1]);
  });

  it('gives no Centre pole for another region', () => {
    const figures = headline(poles, funding, { themes: [], regions: ['bretagne'] });
    expect([figures.polesInView, figures.centreInView, figures.centreMembers]).toEqual([4, 0, 0]);
  });

  it('gives no funding when the funding file is missing', () => {
    expect(headline(poles, null, NO_FILTERS).funding).toBeNull();
  });
});

describe('labels and sources', () => {
  it('finds a label by id and falls back to the id', () => {
    const label = labelIndex(themes);
    expect(label('energie')).toBe('Énergie');
    expect(label('inconnu')).toBe('inconnu');
    expect(labelIndex(null)('energie')).toBe('energie');
  });

  it('cites a source with publisher, quoted title and French date', () => {
    const primary = sources.find((entry) => entry.id === 'direccte-centre-2014-01-07');
    if (primary === undefined) throw new Error('missing source');
    expect(citation(primary)).toBe(
      `DIRECCTE Centre, «${NBSP}Pôles de compétitivité : nouvelle phase 2013-2018${NBSP}», 7 janvier 2014`,
    );
  });

  it('keeps a bracketed description unquoted and says « non daté » without a date', () => {
    expect(
      citation({
        id: 'x',
        title: '[Page consultée]',
        publisher: 'reussir.fr',
        date: null,
        url: null,
        kind: 'secondaire',
      }),
    ).toBe('reussir.fr, [Page consultée], non daté');
    expect(
      citation({
        id: 'x',
        title: 'Titre',
        publisher: 'Éditeur',
        date: '2007',
        url: null,
        kind: 'secondaire',
      }),
    ).toBe(`Éditeur, «${NBSP}Titre${NBSP}», 2007`);
  });

  it('lists the national sources: the press release, then the count of per-pole sources', () => {
    // Compared up to the kind of space before « ; » and « : » (see withFrenchSpaces).
    expect(nationalSources(poles, sources).map(withFrenchSpaces)).toEqual([
      `DIRECCTE Centre, «${NBSP}Pôles de compétitivité${NBSP}: nouvelle phase 2013-2018${NBSP}», 7 janvier 2014 (71 pôles sélectionnés)`,
      `liste de référence des pôles, 68${NBSP}sources (une par pôle, état 2012-2013${NBSP}; détail dans la liste des pôles)`,
    ]);
    expect(nationalSources(poles, null)[0]).toBe('DIRECCTE Centre, 7 janvier 2014 (71 pôles sélectionnés)');
  });
});

describe('readiness', () => {
  const issue: DataIssue = {
    file: 'data/poles.csv',
    line: 3,
    column: 'members',
    value: '12a',
    expected: 'un nombre entier',
  };
  const loading: FileState<number> = { status: 'loading', rows: null };
  const reloading: FileState<number> = { status: 'loading', rows: [1] };
  const ready: FileState<number> = { status: 'ready', rows: [1, 2] };
  const failed: FileState<number> = { status: 'error', issues: [issue], rows: null };
  const failedKeepingRows: FileState<number> = { status: 'error', issues: [issue], rows: [1] };

  it('is ready, without issues, when every file is ready', () => {
    expect(readiness([ready, ready])).toEqual({ status: 'ready', issues: [] });
  });

  it('is ready when no file is needed', () => {
    expect(readiness([])).toEqual({ status: 'ready', issues: [] });
  });

  it('is loading while a file has no rows yet', () => {
    expect(readiness([ready, loading])).toEqual({ status: 'loading' });
  });

  it('stays ready during a reload that keeps the earlier rows', () => {
    expect(readiness([ready, reloading])).toEqual({ status: 'ready', issues: [] });
  });

  it('is in error, with the issues, when a file failed and has no rows', () => {
    expect(readiness([ready, failed])).toEqual({ status: 'error', issues: [issue] });
  });

  it('prefers error to loading', () => {
    expect(readiness([loading, failed])).toEqual({ status: 'error', issues: [issue] });
  });

  it('is ready but carries the issues when a failed reload kept the earlier rows', () => {
    expect(readiness([ready, failedKeepingRows])).toEqual({ status: 'ready', issues: [issue] });
  });

  it('gathers the issues of every failed file, in order', () => {
    const other: DataIssue = { ...issue, file: 'data/themes.csv' };
    expect(readiness([{ status: 'error', issues: [other], rows: [1] }, failed])).toEqual({
      status: 'error',
      issues: [other, issue],
    });
  });
});
