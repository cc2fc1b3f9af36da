import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/store/url-state';

describe('parseUrlState', () => {
  it('reads an empty address as the default view', () => {
    expect(parseUrlState('')).toEqual({
      ...DEFAULT_URL_STATE,
      themes: [],
      regions: [],
      membersScope: 'centre',
    });
    expect(parseUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });

  it('reads themes, regions and the member scope', () => {
    expect(parseUrlState('?adherents=tous&region=centre&theme=energie,mer')).toEqual({
      ...DEFAULT_URL_STATE,
      themes: ['energie', 'mer'],
      regions: ['centre'],
      membersScope: 'all',
    });
  });

  it('accepts the query with or without its leading question mark', () => {
    expect(parseUrlState('theme=energie')).toEqual({
      ...DEFAULT_URL_STATE,
      themes: ['energie'],
      regions: [],
      membersScope: 'centre',
    });
  });

  it('maps « adherents=tous » to the scope « all » and anything else to « centre »', () => {
    expect(parseUrlState('?adherents=tous').membersScope).toBe('all');
    expect(parseUrlState('?adherents=centre').membersScope).toBe('centre');
    expect(parseUrlState('?adherents=TOUS').membersScope).toBe('centre');
    expect(parseUrlState('?adherents=').membersScope).toBe('centre');
  });

  it('sorts and deduplicates ids', () => {
    expect(parseUrlState('?theme=mer,energie,mer,energie&region=centre,bretagne,centre')).toEqual({
      ...DEFAULT_URL_STATE,
      themes: ['energie', 'mer'],
      regions: ['bretagne', 'centre'],
      membersScope: 'centre',
    });
  });

  it('trims ids and drops empty ones', () => {
    expect(parseUrlState('?theme=, energie ,,mer,').themes).toEqual(['energie', 'mer']);
    expect(parseUrlState('?theme=&region=,,,').themes).toEqual([]);
    expect(parseUrlState('?theme=&region=,,,').regions).toEqual([]);
  });

  it('decodes percent-encoded commas and ignores a repeated key after the first', () => {
    expect(parseUrlState('?theme=energie%2Cmer').themes).toEqual(['energie', 'mer']);
    expect(parseUrlState('?theme=mer&theme=energie').themes).toEqual(['mer']);
  });

  it('drops ids longer than 100 characters', () => {
    const long = 'x'.repeat(101);
    expect(parseUrlState(`?theme=${long},mer,${'y'.repeat(100)}`).themes).toEqual(['mer', 'y'.repeat(100)]);
  });

  it('falls back to defaults on garbage, keeping only what parses', () => {
    expect(parseUrlState('?%%%=&&==&foo=bar&adherents')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('#theme=energie')).toEqual(DEFAULT_URL_STATE);
  });

  it('leaves the check of ids against the data to later: unknown ids are kept here', () => {
    expect(parseUrlState('?theme=inconnu').themes).toEqual(['inconnu']);
  });
});

describe('serializeUrlState', () => {
  it('gives an empty string for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, themes: [], regions: [], membersScope: 'centre' })).toBe(
      '',
    );
  });

  it('omits each default part', () => {
    expect(
      serializeUrlState({ ...DEFAULT_URL_STATE, themes: ['energie'], regions: [], membersScope: 'centre' }),
    ).toBe('?theme=energie');
    expect(
      serializeUrlState({ ...DEFAULT_URL_STATE, themes: [], regions: ['centre'], membersScope: 'centre' }),
    ).toBe('?region=centre');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, themes: [], regions: [], membersScope: 'all' })).toBe(
      '?adherents=tous',
    );
  });

  it('sorts keys alphabetically and ids within a key, and keeps commas readable', () => {
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        themes: ['mer', 'energie'],
        regions: ['centre', 'bretagne'],
        membersScope: 'all',
      }),
    ).toBe('?adherents=tous&region=bretagne,centre&theme=energie,mer');
  });

  it('does not change the arrays it is given', () => {
    const themes = ['mer', 'energie'];
    serializeUrlState({ ...DEFAULT_URL_STATE, themes, regions: [], membersScope: 'centre' });
    expect(themes).toEqual(['mer', 'energie']);
  });

  it('percent-encodes characters that would break the query', () => {
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        themes: ['a&b=c', 'd e'],
        regions: [],
        membersScope: 'centre',
      }),
    ).toBe('?theme=a%26b%3Dc,d%20e');
  });
});

describe('presentation and page in the address', () => {
  it('opens a deck at a 1-based slide, filters kept', () => {
    expect(parseUrlState('?present=1&slide=3&theme=energie')).toEqual({
      ...DEFAULT_URL_STATE,
      themes: ['energie'],
      presentation: { deck: 'courant', slide: 2 },
    });
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, presentation: { deck: 'national', slide: 0 } })).toBe(
      '?deck=national&present=1&slide=1',
    );
  });

  it('falls back to the first slide and the current deck on garbage', () => {
    expect(parseUrlState('?present=1&slide=-2&deck=licorne').presentation).toEqual({
      deck: 'courant',
      slide: 0,
    });
    expect(parseUrlState('?present=0&slide=3').presentation).toBeNull();
  });
});

describe('parseUrlState and serializeUrlState together', () => {
  const states: UrlState[] = [
    DEFAULT_URL_STATE,
    { ...DEFAULT_URL_STATE, themes: ['energie'] },
    { ...DEFAULT_URL_STATE, regions: ['centre'], membersScope: 'all' },
    {
      ...DEFAULT_URL_STATE,
      themes: ['ecotechnologies-et-environnement', 'energie'],
      regions: ['bretagne', 'centre'],
      membersScope: 'all',
    },
    { ...DEFAULT_URL_STATE, themes: ['a&b=c', 'd e'] },
    { ...DEFAULT_URL_STATE, themes: ['energie'], presentation: { deck: 'courant', slide: 2 } },
    { ...DEFAULT_URL_STATE, presentation: { deck: 'centre', slide: 0 } },
    { ...DEFAULT_URL_STATE, page: 'accessibilite' },
  ];

  it.each(states.map((state) => [serializeUrlState(state), state] as const))(
    'round-trips %j',
    (search, state) => {
      expect(parseUrlState(search)).toEqual(state);
    },
  );

  it('gives one address per view, whatever the order and repetitions of the original address', () => {
    const canonical = '?adherents=tous&region=bretagne,centre&theme=energie,mer';
    const variants = [
      '?theme=mer,energie&region=centre,bretagne&adherents=tous',
      '?region=bretagne,centre,centre&adherents=tous&theme=energie,mer,mer',
      '?theme=energie%2Cmer&adherents=tous&region=centre,bretagne',
    ];
    expect(variants.map((search) => serializeUrlState(parseUrlState(search)))).toEqual([
      canonical,
      canonical,
      canonical,
    ]);
  });
});
