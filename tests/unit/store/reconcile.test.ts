import { describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../src/data/dataset';
import type { Pole, Region, Theme } from '../../../src/data/schemas';
import { DEFAULT_VIEW, type CardView, type Filters, type RegionScheme } from '../../../src/model/view';
import { unknownIds, withoutIds } from '../../../src/store/reconcile';
import { pole, region, theme } from '../../fixtures/rows';
import { filtersOf } from '../../fixtures/view';

const THEMES: Theme[] = [theme('energie'), theme('mer')];
const REGIONS: Region[] = [
  region('centre', true, false),
  region('bretagne', true, true),
  region('centre-val-de-loire', false, true),
];
const POLES: Pole[] = [pole({ id: 's2e2', year_labelled: 2005 }), pole({ id: 'dream', year_labelled: 2010 })];

/** Every file loading, except those given, which are ready with their rows. */
function files(ready: { themes?: Theme[]; regions?: Region[]; poles?: Pole[] } = {}): FileStates {
  const loading = perFileState(() => ({ status: 'loading', rows: null }));
  return {
    ...loading,
    ...(ready.themes === undefined ? {} : { themes: { status: 'ready', rows: ready.themes } }),
    ...(ready.regions === undefined ? {} : { regions: { status: 'ready', rows: ready.regions } }),
    ...(ready.poles === undefined ? {} : { poles: { status: 'ready', rows: ready.poles } }),
  };
}

const everything = files({ themes: THEMES, regions: REGIONS, poles: POLES });

const view = (
  themes: string[],
  regions: string[],
  compared: string[] = [],
  regionScheme: RegionScheme = '2013',
): CardView => ({
  ...DEFAULT_VIEW,
  filters: filtersOf({ themes, regions }),
  regionScheme,
  compared,
});
const facets = (some: Partial<Filters>): CardView => ({ ...DEFAULT_VIEW, filters: filtersOf(some) });

describe('unknownIds', () => {
  it('finds nothing while every file is loading', () => {
    expect(unknownIds(files(), view(['inconnu'], ['atlantide'], ['licorne']))).toEqual([]);
  });

  it('finds nothing when every id is known', () => {
    expect(unknownIds(everything, view(['energie', 'mer'], ['bretagne', 'centre'], ['s2e2']))).toEqual([]);
    expect(
      unknownIds(
        everything,
        facets({
          categories: ['mondial', 'a-vocation-mondiale', 'national'],
          years: ['2005', '2010'],
          evaluations: ['tres-performant', 'performant', 'moins-performant'],
        }),
      ),
    ).toEqual([]);
  });

  it('finds unknown themes, 2013 regions and compared poles, in that order', () => {
    expect(
      unknownIds(everything, view(['energie', 'inconnu'], ['atlantide', 'centre'], ['licorne', 's2e2'])),
    ).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'atlantide' },
      { dimension: 'compared', id: 'licorne' },
    ]);
  });

  it('finds an unknown status, 2012 class, and a year in which no pole was labelled', () => {
    expect(
      unknownIds(
        everything,
        facets({
          categories: ['galactique', 'mondial'],
          years: ['2005', '2006', 'deux'],
          evaluations: ['excellent'],
        }),
      ),
    ).toEqual([
      { dimension: 'categories', id: 'galactique' },
      { dimension: 'years', id: '2006' },
      { dimension: 'years', id: 'deux' },
      { dimension: 'evaluations', id: 'excellent' },
    ]);
  });

  it('finds the unknown ids of every facet in the order of the facets, then the compared poles', () => {
    const dirty: CardView = {
      ...DEFAULT_VIEW,
      filters: {
        themes: ['x-theme'],
        regions: ['x-region'],
        categories: ['x-statut'],
        years: ['1999'],
        evaluations: ['x-classe'],
      },
      compared: ['x-pole'],
    };
    expect(unknownIds(everything, dirty).map((entry) => entry.dimension)).toEqual([
      'themes',
      'regions',
      'categories',
      'years',
      'evaluations',
      'compared',
    ]);
  });

  it('judges nothing until the poles, the themes and the regions are all ready', () => {
    const dirty = view(['inconnu'], ['atlantide'], ['licorne']);
    expect(unknownIds(files({ themes: THEMES }), dirty)).toEqual([]);
    expect(unknownIds(files({ regions: REGIONS }), dirty)).toEqual([]);
    expect(unknownIds(files({ poles: POLES }), dirty)).toEqual([]);
    expect(unknownIds(files({ themes: THEMES, regions: REGIONS }), dirty)).toEqual([]);
    expect(unknownIds(files({ themes: THEMES, regions: REGIONS, poles: POLES }), dirty)).toHaveLength(3);
  });

  it('does not judge a file whose load failed', () => {
    const failed: FileStates = {
      ...everything,
      themes: { status: 'error', issues: [], rows: THEMES },
    };
    expect(unknownIds(failed, view(['inconnu'], []))).toEqual([]);
  });

  it('treats a region that exists only since 2016 as unknown on the 2013 map', () => {
    expect(unknownIds(everything, view([], ['centre-val-de-loire']))).toEqual([
      { dimension: 'regions', id: 'centre-val-de-loire' },
    ]);
  });

  it('treats a 2013 region that the 2016 map no longer has as unknown on the 2016 map', () => {
    expect(
      unknownIds(everything, view([], ['centre', 'bretagne', 'centre-val-de-loire'], [], '2016')),
    ).toEqual([{ dimension: 'regions', id: 'centre' }]);
  });

  it('does not take a theme id for a pole id, nor the reverse', () => {
    expect(unknownIds(everything, view(['s2e2'], [], ['energie']))).toEqual([
      { dimension: 'themes', id: 's2e2' },
      { dimension: 'compared', id: 'energie' },
    ]);
  });
});

describe('withoutIds', () => {
  it('drops exactly the ids given, each from its own dimension', () => {
    const start: CardView = {
      ...DEFAULT_VIEW,
      filters: filtersOf({ themes: ['energie', 'inconnu'], regions: ['atlantide', 'centre'] }),
      membersScope: 'all',
      compared: ['licorne', 's2e2'],
    };
    expect(
      withoutIds(start, [
        { dimension: 'themes', id: 'inconnu' },
        { dimension: 'regions', id: 'atlantide' },
        { dimension: 'compared', id: 'licorne' },
      ]),
    ).toEqual({
      ...DEFAULT_VIEW,
      filters: filtersOf({ themes: ['energie'], regions: ['centre'] }),
      membersScope: 'all',
      compared: ['s2e2'],
    });
  });

  it('drops unknown statuses, years and 2012 classes, keeping the map of regions', () => {
    const start: CardView = {
      ...facets({
        categories: ['galactique', 'mondial'],
        years: ['2006', '2005'],
        evaluations: ['excellent'],
      }),
      regionScheme: '2016',
    };
    expect(
      withoutIds(start, [
        { dimension: 'categories', id: 'galactique' },
        { dimension: 'years', id: '2006' },
        { dimension: 'evaluations', id: 'excellent' },
      ]),
    ).toEqual({ ...facets({ categories: ['mondial'], years: ['2005'] }), regionScheme: '2016' });
  });

  it('leaves an id of the same name in another dimension', () => {
    const start = view(['centre'], ['centre'], ['centre']);
    expect(withoutIds(start, [{ dimension: 'regions', id: 'centre' }])).toEqual(
      view(['centre'], [], ['centre']),
    );
  });

  it('changes nothing for an empty list', () => {
    const start = view(['energie'], ['centre'], ['s2e2']);
    expect(withoutIds(start, [])).toEqual(start);
  });
});
