import { describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../src/data/dataset';
import type { Pole, Region, Theme } from '../../../src/data/schemas';
import { DEFAULT_VIEW, type CardView } from '../../../src/model/view';
import { unknownIds, withoutIds } from '../../../src/store/reconcile';
import { pole, region, theme } from '../../fixtures/rows';

const THEMES: Theme[] = [theme('energie'), theme('mer')];
const REGIONS: Region[] = [
  region('centre', true, false),
  region('bretagne', true, true),
  region('centre-val-de-loire', false, true),
];
const POLES: Pole[] = [pole({ id: 's2e2' }), pole({ id: 'dream' })];

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

const view = (themes: string[], regions: string[], compared: string[] = []): CardView => ({
  ...DEFAULT_VIEW,
  filters: { themes, regions },
  compared,
});

describe('unknownIds', () => {
  it('finds nothing while every file is loading', () => {
    expect(unknownIds(files(), view(['inconnu'], ['atlantide'], ['licorne']))).toEqual([]);
  });

  it('finds nothing when every id is known', () => {
    expect(unknownIds(everything, view(['energie', 'mer'], ['bretagne', 'centre'], ['s2e2']))).toEqual([]);
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

  it('judges each dimension only once the file that defines it is ready', () => {
    const dirty = view(['inconnu'], ['atlantide'], ['licorne']);
    expect(unknownIds(files({ themes: THEMES }), dirty)).toEqual([{ dimension: 'themes', id: 'inconnu' }]);
    expect(unknownIds(files({ regions: REGIONS }), dirty)).toEqual([
      { dimension: 'regions', id: 'atlantide' },
    ]);
    expect(unknownIds(files({ poles: POLES }), dirty)).toEqual([{ dimension: 'compared', id: 'licorne' }]);
  });

  it('does not judge a file whose load failed', () => {
    const failed: FileStates = {
      ...everything,
      themes: { status: 'error', issues: [], rows: THEMES },
    };
    expect(unknownIds(failed, view(['inconnu'], []))).toEqual([]);
  });

  it('treats a region that exists only since 2016 as unknown for the filter (filters use 2013 regions)', () => {
    expect(unknownIds(everything, view([], ['centre-val-de-loire']))).toEqual([
      { dimension: 'regions', id: 'centre-val-de-loire' },
    ]);
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
      filters: { themes: ['energie', 'inconnu'], regions: ['atlantide', 'centre'] },
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
      filters: { themes: ['energie'], regions: ['centre'] },
      membersScope: 'all',
      compared: ['s2e2'],
    });
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
