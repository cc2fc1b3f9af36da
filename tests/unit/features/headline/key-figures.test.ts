import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../../src/features/headline/key-figures';
import type { Headline } from '../../../../src/selectors/headline';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { EN, FR } from '../../../fixtures/i18n';
import { fundingRow } from '../../../fixtures/rows';

const fr = withFrenchSpaces;
const SOURCE = 'DIRECCTE Centre, 7 janvier 2014';

/** The whole picture: 71 poles, 4 of them in région Centre with 620 members, and « près de 5 M€ » for 2013-2018. */
const ALL: Headline = {
  filtered: false,
  polesInView: 71,
  polesTotal: 71,
  centreInView: 4,
  centreTotal: 4,
  centreMembers: 620,
  centreMembersQualifier: 'aucun',
  centreMembersKnown: 4,
  funding: fundingRow(),
};

const figure = (headline: Headline, id: string) => keyFigures(headline, SOURCE, FR).find((f) => f.id === id);

describe('keyFigures without filters', () => {
  it('gives the four figures in order, in French', () => {
    expect(keyFigures(ALL, SOURCE, FR).map((f) => [f.id, f.value, f.label])).toEqual([
      ['poles', '71', 'pôles de compétitivité nationaux'],
      ['centre', '4', 'pôles dont le siège est en région Centre'],
      ['members', '620', 'adhésions au total aux 4 pôles du Centre'],
      ['funding', 'près de 5\u00a0M€', 'de l’État pour les pôles du Centre, 2013-2018'],
    ]);
  });

  it('says where the members come from and that the funding is not split by pole', () => {
    expect(figure(ALL, 'members')?.note).toBe(
      'somme calculée ici des chiffres du communiqué de janvier 2014 ; une entreprise peut adhérer à plusieurs pôles',
    );
    expect(figure(ALL, 'funding')?.note).toBe('montant global, non ventilé par pôle');
    expect(figure(ALL, 'poles')?.note).toBeUndefined();
  });

  it('cites the source of each figure, quoting the press release where it gives the figure', () => {
    const [poles, centre, members, funding] = keyFigures(ALL, SOURCE, FR).map((f) => fr(f.source));
    expect([poles, centre, members]).toEqual([
      fr(`${SOURCE} (« 71 pôles ont été sélectionnés au niveau national ») ; liste de référence des pôles`),
      SOURCE,
      SOURCE,
    ]);
    // The quoted « 5 M€ » is written with a plain space today; a no-break space there is right too.
    expect(funding).toMatch(
      /^DIRECCTE Centre, 7 janvier 2014 \(«\u00a0à hauteur de près de 5[ \u00a0]M€ sur 6 ans\u00a0»\)$/,
    );
  });

  it('groups thousands with a narrow no-break space', () => {
    expect(figure({ ...ALL, centreMembers: 1234 }, 'members')?.value).toBe('1\u202f234');
  });

  it('drops « près de » for an exact amount, and says when the funding is unavailable', () => {
    expect(figure({ ...ALL, funding: fundingRow({ approximate: false }) }, 'funding')?.value).toBe(
      '5\u00a0M€',
    );
    const none = figure({ ...ALL, funding: null }, 'funding');
    expect([none?.value, none?.label]).toEqual(['—', 'financement indisponible']);
  });
});

describe('keyFigures with filters', () => {
  /** Three poles in view, one of them in région Centre with 130 members. */
  const FILTERED: Headline = { ...ALL, filtered: true, polesInView: 3, centreInView: 1, centreMembers: 130 };

  it('counts what is in the selection out of the totals', () => {
    expect(keyFigures(FILTERED, SOURCE, FR).map((f) => [f.id, f.value, f.label])).toEqual([
      ['poles', '3', 'pôles sur 71 dans la sélection'],
      ['centre', '1', 'pôle du Centre sur 4 dans la sélection'],
      ['members', '130', 'adhésions au total aux pôles du Centre de la sélection'],
      ['funding', 'près de 5\u00a0M€', 'de l’État pour les pôles du Centre, 2013-2018'],
    ]);
  });

  it('agrees in number: one pole, several Centre poles, none', () => {
    const one = { ...FILTERED, polesInView: 1, centreInView: 2 };
    expect(figure(one, 'poles')?.label).toBe('pôle sur 71 dans la sélection');
    expect(figure(one, 'centre')?.label).toBe('pôles du Centre sur 4 dans la sélection');
    expect(figure({ ...FILTERED, polesInView: 0 }, 'poles')?.label).toBe('pôle sur 71 dans la sélection');
  });

  it('warns that the funding does not follow the filters', () => {
    expect(figure(FILTERED, 'funding')?.note).toBe(
      'montant global : non ventilé par pôle, ne suit pas les filtres',
    );
  });
});

describe('keyFigures in English', () => {
  const english = (headline: Headline) => keyFigures(headline, 'DIRECCTE Centre, 7 January 2014', EN);

  it('gives the four figures in English, the amount as « nearly €5 million »', () => {
    expect(english(ALL).map((f) => [f.id, f.value, f.label])).toEqual([
      ['poles', '71', 'clusters selected nationally'],
      ['centre', '4', 'clusters headquartered in the Centre region'],
      ['members', '620', 'total memberships of the 4 Centre clusters'],
      ['funding', 'nearly €5 million', 'from the State for the Centre clusters, 2013–2018'],
    ]);
    expect(english({ ...ALL, centreMembers: 1234, centreMembersQualifier: 'plus-de' })[2]?.value).toBe(
      'more than 1,234',
    );
  });

  it('says the 620 is a sum worked out here, and translates the quotes of the press release', () => {
    const [poles, , members, funding] = english(ALL);
    expect(members?.note).toBe(
      'a sum worked out here from the figures in the January 2014 press release; a firm may belong to several clusters',
    );
    expect(poles?.source).toBe(
      'DIRECCTE Centre, 7 January 2014 (“71 clusters were selected at national level”, our translation); reference list of clusters',
    );
    expect(funding?.source).toBe(
      'DIRECCTE Centre, 7 January 2014 (“up to nearly €5 million over 6 years”, our translation)',
    );
    expect(funding?.note).toBe('overall amount, not broken down by cluster');
  });

  it('counts the selection with an English plural: 1 cluster, 0 clusters', () => {
    const filtered: Headline = { ...ALL, filtered: true, polesInView: 1, centreInView: 0, centreMembers: 0 };
    expect(english(filtered).map((f) => f.label)).toEqual([
      'cluster of 71 in the selection',
      'Centre clusters of 4 in the selection',
      'total memberships of the Centre clusters in the selection',
      'from the State for the Centre clusters, 2013–2018',
    ]);
    expect(english(filtered)[3]?.note).toBe(
      'overall amount: not broken down by cluster, does not follow the filters',
    );
    expect(english({ ...ALL, funding: null })[3]?.label).toBe('funding unavailable');
  });
});
