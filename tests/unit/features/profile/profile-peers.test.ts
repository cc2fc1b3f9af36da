import { describe, expect, it } from 'vitest';
import { EN, FR } from '../../../fixtures/i18n';
import { membersText, ordinal, peerGroup } from '../../../../src/features/profile/profile-peers';
import { pole } from '../../../fixtures/rows';

const NB = '\u00a0';

/** Four energy poles: two counted in 2014 by the press release, one in 2011 elsewhere, one never counted. */
const S2E2 = pole({ id: 's2e2', name: 'S2E2', theme: 'energie', members: 130 });
const TENERRDIS = pole({
  id: 'tenerrdis',
  name: 'Tenerrdis',
  theme: 'energie',
  members: 200,
  members_year: 2011,
  source_id: 'fiche',
});
const CAPENERGIES = pole({ id: 'capenergies', name: 'Capenergies', theme: 'energie', members: 130 });
const DERBI = pole({ id: 'derbi', name: 'Derbi', theme: 'energie', members: null, members_year: null });
const ENERGY = [S2E2, TENERRDIS, CAPENERGIES, DERBI];

const group = (self: typeof S2E2, peers = ENERGY) =>
  peerGroup(self, peers, 'theme', 'du thème Énergie', 'Thème Énergie', FR);

describe('ordinal', () => {
  it('writes French ordinals: 1er, then 2e, 3e…', () => {
    expect([1, 2, 3, 11].map((rank) => ordinal(rank, FR))).toEqual(['1er', '2e', '3e', '11e']);
  });
});

describe('membersText', () => {
  it('gives the count with the year of the figure, or says it is unknown', () => {
    expect(membersText(TENERRDIS, FR)).toBe('200 (unité non précisée, 2011)');
    const counted = { members_unit: 'adherents', members_wording: '1 adhérent', members_year: null } as const;
    expect(membersText(pole({ members: 1, ...counted }), FR)).toBe(`1${NB}adhérent (année non précisée)`);
    expect(
      membersText(
        pole({ members: 100, members_qualifier: 'plus-de', members_unit: 'adherents', members_year: 2009 }),
        FR,
      ),
    ).toBe('plus de 100 adhérents (2009)');
    expect(
      membersText(
        pole({ members: 200, members_qualifier: 'plus-de', members_unit: 'acteurs', members_year: 2011 }),
        FR,
      ),
    ).toBe('plus de 200 acteurs (2011)');
    expect(membersText(DERBI, FR)).toBe('effectif inconnu');
  });
});

describe('peerGroup', () => {
  it('ranks the pole among the poles with a known count, says ties and how many have none', () => {
    const energy = group(S2E2);
    expect(energy.heading).toBe('Thème Énergie');
    expect(energy.ranking).toBe(
      `2e ex æquo sur 3${NB}pôles du thème Énergie par le nombre d’adhérents (chiffres d’années différentes, à comparer avec prudence). 1${NB}pôle du thème Énergie n’a pas d’effectif connu et n’est pas classé.`,
    );
  });

  it('lists the known counts most members first (ties by name), then the unknown ones by name', () => {
    const energy = group(S2E2);
    expect(energy.ranked.map((peer) => [peer.name, peer.self])).toEqual([
      ['Tenerrdis', false],
      ['Capenergies', false],
      ['S2E2', true],
    ]);
    expect(energy.unranked).toEqual([
      { id: 'derbi', name: 'Derbi', membersText: 'effectif inconnu', self: false },
    ]);
  });

  it('says when every count is of the same year and source', () => {
    const sameSource = { ...TENERRDIS, members_year: 2014, source_id: 'direccte' };
    expect(group(S2E2, [S2E2, sameSource]).ranking).toBe(
      `2e sur 2${NB}pôles du thème Énergie par le nombre d’adhérents (chiffres de 2014, tous de la même source).`,
    );
    expect(group(S2E2, [S2E2, { ...TENERRDIS, members_year: 2014 }]).ranking).toBe(
      `2e sur 2${NB}pôles du thème Énergie par le nombre d’adhérents (chiffres de 2014 mais de sources différentes, à comparer avec prudence).`,
    );
  });

  it('does not rank a pole whose count is unknown, and counts the others without one', () => {
    const other = { ...DERBI, id: 'autre', name: 'Autre' };
    expect(group(DERBI, [...ENERGY, other]).ranking).toBe(
      `Effectif inconnu${NB}: Derbi n’est pas classé parmi les 3${NB}pôles du thème Énergie dont l’effectif est connu. 1${NB}autre pôle du thème Énergie n’a pas d’effectif connu non plus et n’est pas classé.`,
    );
    expect(group(DERBI, [DERBI]).ranking).toBe(
      `Effectif inconnu${NB}: aucun pôle du thème Énergie n’a d’effectif connu.`,
    );
  });

  it('says when the pole is the only one with a known count', () => {
    expect(group(S2E2, [S2E2]).ranking).toBe('Seul pôle du thème Énergie dont l’effectif est connu.');
    expect(group(S2E2, [S2E2, DERBI]).ranking).toBe(
      `Seul pôle du thème Énergie dont l’effectif est connu. 1${NB}pôle du thème Énergie n’a pas d’effectif connu et n’est pas classé.`,
    );
  });

  it('ranks the largest pole first', () => {
    expect(group(TENERRDIS).ranking).toMatch(/^1er sur 3\u00a0pôles du thème Énergie/);
  });
});

describe('peers in English', () => {
  const english = (self: typeof S2E2, peers = ENERGY) =>
    peerGroup(self, peers, 'theme', 'in the Energy theme', 'Theme Energy: 4 clusters', EN);

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((rank) => ordinal(rank, EN))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });

  it('gives counts and years in English', () => {
    expect(membersText(TENERRDIS, EN)).toBe('200 (unit not stated, 2011)');
    const counted = { members_unit: 'adherents', members_wording: '1 adhérent', members_year: null } as const;
    expect(membersText(pole({ members: 1, ...counted }), EN)).toBe('1 member (year not stated)');
    expect(membersText(pole({ members: 1200, ...counted, members_year: 2012 }), EN)).toBe(
      '1,200 members (2012)',
    );
    expect(
      membersText(
        pole({ members: 200, members_qualifier: 'plus-de', members_unit: 'acteurs', members_year: 2011 }),
        EN,
      ),
    ).toBe('more than 200 stakeholders (2011)');
    expect(membersText(DERBI, EN)).toBe('member count unknown');
  });

  it('ranks the cluster and says, in English, who has no known count', () => {
    expect(english(TENERRDIS).ranking).toMatch(
      /^1st of 3 clusters in the Energy theme by number of members \(/,
    );
    expect(english(DERBI, [DERBI]).ranking).toBe(
      'Member count unknown: no cluster in the Energy theme has a known member count.',
    );
    expect(english(S2E2, [S2E2]).ranking).toBe(
      'The only cluster in the Energy theme whose member count is known.',
    );
    const other = { ...DERBI, id: 'autre', name: 'Autre' };
    expect(english(DERBI, [...ENERGY, other]).ranking).toBe(
      'Member count unknown: Derbi is not ranked among the 3 clusters in the Energy theme whose member count is known. 1 other cluster in the Energy theme has no known member count either and is not ranked.',
    );
    expect(english(S2E2, [S2E2, DERBI, other]).ranking).toBe(
      'The only cluster in the Energy theme whose member count is known. 2 clusters in the Energy theme have no known member count and are not ranked.',
    );
  });
});
