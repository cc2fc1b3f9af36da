import { describe, expect, it } from 'vitest';
import {
  membersValue,
  profileCsv,
  profileFacts,
  shortSource,
} from '../../../../src/features/profile/profile-facts';
import { pole, source } from '../../../fixtures/rows';

const DATED = { ...source('direccte'), publisher: 'DIRECCTE Centre', date: '2014-01' };
const LOOKUPS = {
  theme: (id: string) => `Thème ${id}`,
  region: (id: string) => `Région ${id}`,
  source: (id: string) => (id === 'direccte' ? DATED : undefined),
};

describe('shortSource', () => {
  it('names the publisher and the date, or says the source is undated, or gives the id it lacks', () => {
    expect(shortSource('direccte', DATED)).toBe('DIRECCTE Centre, janvier 2014');
    expect(shortSource('x', source('x'))).toBe('Éditeur, non daté');
    expect(shortSource('inconnue', undefined)).toBe('inconnue');
  });
});

describe('membersValue', () => {
  it('gives the count with the year of its figure, or « inconnu »', () => {
    expect(membersValue(pole({ members: 1200, members_year: 2011 }))).toBe(
      '1\u202f200, unité non précisée (chiffre de 2011)',
    );
    expect(membersValue(pole({ members: 637, members_year: null }))).toBe(
      '637, unité non précisée (année du chiffre non précisée)',
    );
    expect(membersValue(pole({ members: null, members_year: null }))).toBe('inconnu');
  });
});

describe('profileFacts', () => {
  const facts = profileFacts(pole({ hq_city: null, website: null }), LOOKUPS);

  it('cites every fact to the row’s source with its date', () => {
    expect(new Set(facts.map((fact) => `${fact.source} | ${fact.sourceDate ?? ''}`))).toEqual(
      new Set(['DIRECCTE Centre, janvier 2014 | 2014-01']),
    );
  });

  it('says what is missing, keeps raw values for the CSV, and leaves the member year to the CSV', () => {
    const byKey = new Map(facts.map((fact) => [fact.key, fact]));
    expect(byKey.get('hq_city')).toMatchObject({ value: 'non trouvée', raw: null, inTable: true });
    expect(byKey.get('website')).toMatchObject({ value: 'non renseigné', raw: null });
    expect(byKey.get('year_labelled')).toMatchObject({ value: '2005', raw: 2005 });
    expect(byKey.get('members_year')).toMatchObject({ raw: 2014, inTable: false });
  });
});

describe('profileCsv', () => {
  it('starts with the id and the name, then one line per fact', () => {
    const csv = profileCsv(pole(), profileFacts(pole(), LOOKUPS).slice(0, 1));
    expect(csv).toEqual({
      columns: ['Fait', 'Valeur', 'Source', 'Date de la source'],
      rows: [
        ['Identifiant', 'cosmetic-valley', null, null],
        ['Nom', 'Cosmetic Valley', null, null],
        ['Thème', 'biens-de-consommation', 'DIRECCTE Centre, janvier 2014', '2014-01'],
      ],
    });
  });
});
