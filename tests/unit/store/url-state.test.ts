import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECK,
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../src/store/url-state';

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

  it('falls back to the first slide on a slide that is not a whole number from 1', () => {
    expect(parseUrlState('?present=1&slide=-2').presentation).toEqual({ deck: DEFAULT_DECK, slide: 0 });
    expect(parseUrlState('?present=1&slide=0').presentation?.slide).toBe(0);
    expect(parseUrlState('?present=1&slide=2.5').presentation?.slide).toBe(0);
    expect(parseUrlState('?present=1&slide=deux').presentation?.slide).toBe(0);
  });

  it('opens the current deck when the address names none, or a malformed one', () => {
    expect(DEFAULT_DECK).toBe('courant');
    expect(parseUrlState('?present=1').presentation).toEqual({ deck: DEFAULT_DECK, slide: 0 });
    expect(parseUrlState('?present=1&deck=Centre').presentation?.deck).toBe(DEFAULT_DECK);
    expect(parseUrlState('?present=1&deck=../centre').presentation?.deck).toBe(DEFAULT_DECK);
    expect(parseUrlState(`?present=1&deck=${'x'.repeat(101)}`).presentation?.deck).toBe(DEFAULT_DECK);
  });

  it('keeps a well-formed deck id that no deck has: the presentation checks it against its decks', () => {
    expect(parseUrlState('?present=1&slide=2&deck=licorne').presentation).toEqual({
      deck: 'licorne',
      slide: 1,
    });
  });

  it('opens no presentation unless present=1', () => {
    expect(parseUrlState('?present=0&slide=3').presentation).toBeNull();
    expect(parseUrlState('?slide=3&deck=centre').presentation).toBeNull();
  });

  it('writes the current deck without a deck key', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, presentation: { deck: DEFAULT_DECK, slide: 4 } })).toBe(
      '?present=1&slide=5',
    );
  });

  it('reads the accessibility page, and anything else as the dashboard', () => {
    expect(parseUrlState('?page=accessibilite').page).toBe('accessibilite');
    expect(parseUrlState('?page=ailleurs').page).toBe('dashboard');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, page: 'accessibilite' })).toBe('?page=accessibilite');
  });
});

describe('compared poles in the address', () => {
  it('keeps the poles in the order they were picked, without repeats', () => {
    expect(parseUrlState('?comparer=s2e2,avenia,s2e2,dream').compared).toEqual(['s2e2', 'avenia', 'dream']);
  });

  it('keeps four poles at most, trims them and drops empty or overlong ids', () => {
    expect(parseUrlState('?comparer=a,b,c,d,e').compared).toEqual(['a', 'b', 'c', 'd']);
    expect(parseUrlState(`?comparer= a ,,${'x'.repeat(101)},b`).compared).toEqual(['a', 'b']);
  });

  it('writes them in their order, not sorted', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, compared: ['s2e2', 'avenia'] })).toBe(
      '?comparer=s2e2,avenia',
    );
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
    { ...DEFAULT_URL_STATE, compared: ['s2e2', 'avenia'], presentation: { deck: 'national', slide: 1 } },
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
