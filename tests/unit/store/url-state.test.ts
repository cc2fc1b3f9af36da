import { describe, expect, it } from 'vitest';
import type { Filters } from '../../../src/model/view';
import {
  DEFAULT_DECK,
  DEFAULT_URL_STATE,
  FACET_PARAMS,
  parseUrlState,
  profileHref,
  serializeUrlState,
  type UrlState,
} from '../../../src/store/url-state';
import { filtersOf } from '../../fixtures/view';

/** The default address state with these filters, and any other part replaced. */
const stateOf = (filters: Partial<Filters>, rest: Partial<Omit<UrlState, 'filters'>> = {}): UrlState => ({
  ...DEFAULT_URL_STATE,
  ...rest,
  filters: filtersOf(filters),
});

describe('parseUrlState', () => {
  it('reads an empty address as the default view', () => {
    expect(parseUrlState('')).toEqual({
      filters: { themes: [], regions: [], categories: [], years: [], evaluations: [] },
      regionScheme: '2013',
      membersScope: 'centre',
      presentation: null,
      page: 'dashboard',
      compared: [],
      crossTab: { rows: 'themes', columns: 'evaluations' },
      profile: null,
      embed: null,
      lang: null,
    });
    expect(parseUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });

  it('reads the language, in any case, and leaves it unsaid when absent or unknown', () => {
    expect(parseUrlState('?lang=en').lang).toBe('en');
    expect(parseUrlState('?lang=EN').lang).toBe('en');
    expect(parseUrlState('?lang=fr').lang).toBe('fr');
    expect(parseUrlState('?lang=de').lang).toBeNull();
    expect(parseUrlState('?theme=mer').lang).toBeNull();
  });

  it('writes English as lang=en and French not at all', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'en' })).toBe('?lang=en');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'fr' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: null })).toBe('');
  });

  it('reads themes, regions and the member scope', () => {
    expect(parseUrlState('?adherents=tous&region=centre&theme=energie,mer')).toEqual(
      stateOf({ themes: ['energie', 'mer'], regions: ['centre'] }, { membersScope: 'all' }),
    );
  });

  it('accepts the query with or without its leading question mark', () => {
    expect(parseUrlState('theme=energie')).toEqual(stateOf({ themes: ['energie'] }));
  });

  it('maps « adherents=tous » to the scope « all » and anything else to « centre »', () => {
    expect(parseUrlState('?adherents=tous').membersScope).toBe('all');
    expect(parseUrlState('?adherents=centre').membersScope).toBe('centre');
    expect(parseUrlState('?adherents=TOUS').membersScope).toBe('centre');
    expect(parseUrlState('?adherents=').membersScope).toBe('centre');
  });

  it('sorts and deduplicates ids', () => {
    expect(parseUrlState('?theme=mer,energie,mer,energie&region=centre,bretagne,centre')).toEqual(
      stateOf({ themes: ['energie', 'mer'], regions: ['bretagne', 'centre'] }),
    );
  });

  it('trims ids and drops empty ones', () => {
    expect(parseUrlState('?theme=, energie ,,mer,').filters.themes).toEqual(['energie', 'mer']);
    expect(parseUrlState('?theme=&region=,,,').filters.themes).toEqual([]);
    expect(parseUrlState('?theme=&region=,,,').filters.regions).toEqual([]);
  });

  it('decodes percent-encoded commas and ignores a repeated key after the first', () => {
    expect(parseUrlState('?theme=energie%2Cmer').filters.themes).toEqual(['energie', 'mer']);
    expect(parseUrlState('?theme=mer&theme=energie').filters.themes).toEqual(['mer']);
  });

  it('drops ids longer than 100 characters', () => {
    const long = 'x'.repeat(101);
    expect(parseUrlState(`?theme=${long},mer,${'y'.repeat(100)}`).filters.themes).toEqual([
      'mer',
      'y'.repeat(100),
    ]);
  });

  it('falls back to defaults on garbage, keeping only what parses', () => {
    expect(parseUrlState('?%%%=&&==&foo=bar&adherents')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('#theme=energie')).toEqual(DEFAULT_URL_STATE);
  });

  it('leaves the check of ids against the data to later: unknown ids are kept here', () => {
    expect(parseUrlState('?theme=inconnu').filters.themes).toEqual(['inconnu']);
  });
});

describe('serializeUrlState', () => {
  it('gives an empty string for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(serializeUrlState(stateOf({}))).toBe('');
  });

  it('omits each default part', () => {
    expect(serializeUrlState(stateOf({ themes: ['energie'] }))).toBe('?theme=energie');
    expect(serializeUrlState(stateOf({ regions: ['centre'] }))).toBe('?region=centre');
    expect(serializeUrlState(stateOf({}, { membersScope: 'all' }))).toBe('?adherents=tous');
  });

  it('sorts keys alphabetically and ids within a key, and keeps commas readable', () => {
    expect(
      serializeUrlState(
        stateOf({ themes: ['mer', 'energie'], regions: ['centre', 'bretagne'] }, { membersScope: 'all' }),
      ),
    ).toBe('?adherents=tous&region=bretagne,centre&theme=energie,mer');
  });

  it('does not change the arrays it is given', () => {
    const themes = ['mer', 'energie'];
    serializeUrlState(stateOf({ themes }));
    expect(themes).toEqual(['mer', 'energie']);
  });

  it('percent-encodes characters that would break the query', () => {
    expect(serializeUrlState(stateOf({ themes: ['a&b=c', 'd e'] }))).toBe('?theme=a%26b%3Dc,d%20e');
  });
});

describe('presentation and page in the address', () => {
  it('opens a deck at a 1-based slide, filters kept', () => {
    expect(parseUrlState('?present=1&slide=3&theme=energie')).toEqual(
      stateOf({ themes: ['energie'] }, { presentation: { deck: 'courant', slide: 2 } }),
    );
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

  it('opens the presenter’s window with vue=presentateur, and only within a presentation', () => {
    expect(parseUrlState('?deck=centre&present=1&slide=2&vue=presentateur').presentation).toEqual({
      deck: 'centre',
      slide: 1,
      presenter: true,
    });
    expect(parseUrlState('?present=1&vue=public').presentation).toEqual({ deck: DEFAULT_DECK, slide: 0 });
    expect(parseUrlState('?vue=presentateur').presentation).toBeNull();
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        presentation: { deck: 'national', slide: 2, presenter: true },
      }),
    ).toBe('?deck=national&present=1&slide=3&vue=presentateur');
    expect(serializeUrlState(parseUrlState('?present=1&slide=4&theme=mer&vue=presentateur'))).toBe(
      '?present=1&slide=4&theme=mer&vue=presentateur',
    );
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

describe('the facets in the address', () => {
  it('names each facet with its own French word', () => {
    expect(FACET_PARAMS).toEqual({
      themes: 'theme',
      regions: 'region',
      categories: 'categorie',
      years: 'annee',
      evaluations: 'evaluation',
    });
  });

  it('reads a status, years labelled and a 2012 class, sorted and without repeats', () => {
    expect(
      parseUrlState('?categorie=national,mondial,national&annee=2007,2005&evaluation=tres-performant'),
    ).toEqual(
      stateOf({
        categories: ['mondial', 'national'],
        years: ['2005', '2007'],
        evaluations: ['tres-performant'],
      }),
    );
  });

  it('trims those ids, drops empty and overlong ones, and keeps unknown ones for the data to judge', () => {
    expect(parseUrlState(`?annee= 2005 ,,${'9'.repeat(101)}`).filters.years).toEqual(['2005']);
    expect(parseUrlState('?categorie=galactique').filters.categories).toEqual(['galactique']);
    expect(parseUrlState('?evaluation=&annee=,').filters).toEqual(filtersOf());
  });

  it('writes every facet under its key, keys sorted and ids sorted within each', () => {
    expect(
      serializeUrlState(
        stateOf({
          themes: ['mer'],
          regions: ['centre'],
          categories: ['national', 'mondial'],
          years: ['2007', '2005'],
          evaluations: ['performant'],
        }),
      ),
    ).toBe('?annee=2005,2007&categorie=mondial,national&evaluation=performant&region=centre&theme=mer');
  });
});

describe('the map of regions in the address', () => {
  it('reads « decoupage=2016 » as the 2016 map, and anything else as the 2013 map', () => {
    expect(parseUrlState('?decoupage=2016').regionScheme).toBe('2016');
    expect(parseUrlState('?decoupage=2013').regionScheme).toBe('2013');
    expect(parseUrlState('?decoupage=2017').regionScheme).toBe('2013');
    expect(parseUrlState('?decoupage=').regionScheme).toBe('2013');
    expect(parseUrlState('').regionScheme).toBe('2013');
  });

  it('writes the 2016 map only, the 2013 map being the default', () => {
    expect(serializeUrlState(stateOf({}, { regionScheme: '2016' }))).toBe('?decoupage=2016');
    expect(serializeUrlState(stateOf({ regions: ['centre-val-de-loire'] }, { regionScheme: '2016' }))).toBe(
      '?decoupage=2016&region=centre-val-de-loire',
    );
    expect(serializeUrlState(stateOf({}, { regionScheme: '2013' }))).toBe('');
  });
});

describe('the cross-tab in the address', () => {
  it('reads its rows and columns by the facets’ words', () => {
    expect(parseUrlState('?croise=region,annee').crossTab).toEqual({ rows: 'regions', columns: 'years' });
    expect(parseUrlState('?croise=evaluation,theme').crossTab).toEqual({
      rows: 'evaluations',
      columns: 'themes',
    });
  });

  it('falls back to themes × evaluations on the same facet twice, an unknown word or a missing half', () => {
    for (const croise of ['theme,theme', 'theme,couleur', 'themes,evaluations', 'theme', ',evaluation', ''])
      expect(parseUrlState(`?croise=${croise}`).crossTab).toEqual(DEFAULT_URL_STATE.crossTab);
  });

  it('writes anything but the default, with the facets’ words', () => {
    expect(serializeUrlState(stateOf({}, { crossTab: { rows: 'categories', columns: 'regions' } }))).toBe(
      '?croise=categorie,region',
    );
    expect(serializeUrlState(stateOf({}, { crossTab: { rows: 'themes', columns: 'evaluations' } }))).toBe('');
    expect(serializeUrlState(stateOf({}, { crossTab: { rows: 'evaluations', columns: 'themes' } }))).toBe(
      '?croise=evaluation,theme',
    );
  });
});

describe('the open profile in the address', () => {
  it('reads a well-formed pole id, whether or not the data knows it', () => {
    expect(parseUrlState('?pole=s2e2').profile).toBe('s2e2');
    expect(parseUrlState('?pole=licorne').profile).toBe('licorne');
    expect(parseUrlState(`?pole=${'x'.repeat(100)}`).profile).toBe('x'.repeat(100));
  });

  it('opens no profile for a malformed id', () => {
    for (const pole of ['', 'S2E2', '-s2e2', '../s2e2', 's2e2,dream', 'dé', 'x'.repeat(101)])
      expect(parseUrlState(`?pole=${encodeURIComponent(pole)}`).profile).toBeNull();
    expect(parseUrlState('').profile).toBeNull();
  });

  it('writes the open profile, and nothing when none is open', () => {
    expect(serializeUrlState(stateOf({ themes: ['mer'] }, { profile: 's2e2' }))).toBe('?pole=s2e2&theme=mer');
    expect(serializeUrlState(stateOf({}, { profile: null }))).toBe('');
  });

  it('gives the link to a profile, which reads back as that profile', () => {
    expect(profileHref('s2e2')).toBe('?pole=s2e2');
    expect(parseUrlState(profileHref('cosmetic-valley')).profile).toBe('cosmetic-valley');
  });
});

describe('parseUrlState and serializeUrlState together', () => {
  const states: UrlState[] = [
    DEFAULT_URL_STATE,
    stateOf({ themes: ['energie'] }),
    stateOf({ regions: ['centre'] }, { membersScope: 'all' }),
    stateOf(
      { themes: ['ecotechnologies-et-environnement', 'energie'], regions: ['bretagne', 'centre'] },
      { membersScope: 'all' },
    ),
    stateOf({ themes: ['a&b=c', 'd e'] }),
    stateOf({ themes: ['energie'] }, { presentation: { deck: 'courant', slide: 2 } }),
    { ...DEFAULT_URL_STATE, presentation: { deck: 'centre', slide: 0 } },
    { ...DEFAULT_URL_STATE, page: 'accessibilite' },
    { ...DEFAULT_URL_STATE, compared: ['s2e2', 'avenia'], presentation: { deck: 'national', slide: 1 } },
    stateOf({ categories: ['a-vocation-mondiale', 'mondial'] }),
    stateOf({ years: ['2005', '2007'] }),
    stateOf({ evaluations: ['moins-performant', 'tres-performant'] }),
    stateOf({ regions: ['centre-val-de-loire'] }, { regionScheme: '2016' }),
    stateOf({}, { crossTab: { rows: 'years', columns: 'categories' } }),
    stateOf({}, { profile: 'cosmetic-valley' }),
    stateOf({ themes: ['energie'] }, { embed: 'adherents' }),
    stateOf(
      {
        themes: ['energie'],
        regions: ['auvergne-rhone-alpes'],
        categories: ['national'],
        years: ['2010'],
        evaluations: ['performant'],
      },
      {
        regionScheme: '2016',
        membersScope: 'all',
        compared: ['tenerrdis', 'dream'],
        crossTab: { rows: 'regions', columns: 'evaluations' },
        profile: 'tenerrdis',
        presentation: { deck: 'national', slide: 3 },
      },
    ),
  ];

  it.each(states.map((state) => [serializeUrlState(state), state] as const))(
    'round-trips %j',
    (search, state) => {
      expect(parseUrlState(search)).toEqual(state);
    },
  );

  it('gives one address per view for the new facets too', () => {
    expect(
      serializeUrlState(
        parseUrlState('?evaluation=performant&decoupage=2016&annee=2007,2005,2005&categorie=mondial'),
      ),
    ).toBe('?annee=2005,2007&categorie=mondial&decoupage=2016&evaluation=performant');
  });

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

describe('a card alone for an iframe in the address', () => {
  it('reads the card id of « embed », filters kept', () => {
    expect(parseUrlState('?embed=adherents&theme=energie')).toEqual(
      stateOf({ themes: ['energie'] }, { embed: 'adherents' }),
    );
  });

  it('draws no card alone without « embed »', () => {
    expect(parseUrlState('?theme=energie').embed).toBeNull();
  });

  it('keeps an id that names no card, or an empty one, trimmed, for the page to say that it does not exist', () => {
    expect(parseUrlState('?embed=%20graphique-inconnu%20').embed).toBe('graphique-inconnu');
    expect(parseUrlState('?embed=').embed).toBe('');
    expect(parseUrlState(`?embed=${'x'.repeat(150)}`).embed).toBe('x'.repeat(100));
  });

  it('writes « embed » among the sorted keys', () => {
    expect(serializeUrlState(stateOf({ themes: ['energie'], regions: ['centre'] }, { embed: 'carte' }))).toBe(
      '?embed=carte&region=centre&theme=energie',
    );
  });

  it('percent-encodes an id that would break the query', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, embed: 'a&b=c' })).toBe('?embed=a%26b%3Dc');
  });
});
