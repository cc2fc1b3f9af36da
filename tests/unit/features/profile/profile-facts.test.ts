import { describe, expect, it } from 'vitest';
import { EN, FR } from '../../../fixtures/i18n';
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
  source: (id: string) =>
    id === 'direccte'
      ? DATED
      : id === 'fiche'
        ? { ...source('fiche'), publisher: 'Fiche du pôle' }
        : undefined,
};

describe('shortSource', () => {
  it('names the publisher and the date, or says the source is undated, or gives the id it lacks', () => {
    expect(shortSource('direccte', DATED, FR)).toBe('DIRECCTE Centre, janvier 2014');
    expect(shortSource('x', source('x'), FR)).toBe('Éditeur, non daté');
    expect(shortSource('inconnue', undefined, FR)).toBe('inconnue');
  });
});

describe('membersValue', () => {
  it('gives the count with the year of its figure, or « inconnu »', () => {
    expect(membersValue(pole({ members: 1200, members_year: 2011 }), FR)).toBe(
      '1\u202f200, unité non précisée (chiffre de 2011)',
    );
    expect(membersValue(pole({ members: 637, members_year: null }), FR)).toBe(
      '637, unité non précisée (année du chiffre non précisée)',
    );
    expect(membersValue(pole({ members: null, members_year: null }), FR)).toBe('inconnu');
  });
});

describe('profileFacts', () => {
  const facts = profileFacts(pole({ hq_city: null, website: null }), LOOKUPS, FR);

  it('cites every fact to the row’s source with its date, but the theme and the 2016 region, which no source gives', () => {
    const cited = new Map(facts.map((fact) => [fact.key, `${fact.source} | ${fact.sourceDate ?? ''}`]));
    expect(cited.get('theme')).toBe('Regroupement propre à ce tableau de bord (non officiel) | ');
    expect(cited.get('region_2016')).toBe('Déduite de la région de 2013 (fusion des régions de 2016) | ');
    cited.delete('theme');
    cited.delete('region_2016');
    expect(new Set(cited.values())).toEqual(new Set(['DIRECCTE Centre, janvier 2014 | 2014-01']));
  });

  it('cites a fact to the source `fact_sources` names for it, the member year with its count', () => {
    const sourced = profileFacts(
      pole({
        fact_sources: [
          { column: 'members', sourceId: 'fiche' },
          { column: 'hq_city', sourceId: 'fiche' },
        ],
      }),
      LOOKUPS,
      FR,
    );
    const cited = new Map(sourced.map((fact) => [fact.key, fact.source]));
    expect(cited.get('members')).toBe('Fiche du pôle, non daté');
    expect(cited.get('members_year')).toBe('Fiche du pôle, non daté');
    expect(cited.get('hq_city')).toBe('Fiche du pôle, non daté');
    expect(cited.get('category')).toBe('DIRECCTE Centre, janvier 2014');
  });

  it('gives the source’s wording of the count, its qualifier and its unit, as facts of their own for the CSV', () => {
    const byKey = new Map(
      profileFacts(
        pole({
          members: 100,
          members_qualifier: 'plus-de',
          members_unit: 'adherents',
          members_wording: 'plus de 100 adhérents',
          members_year: 2009,
        }),
        LOOKUPS,
        FR,
      ).map((fact) => [fact.key, fact]),
    );
    expect(byKey.get('members')).toMatchObject({
      value: 'plus de 100 adhérents (chiffre de 2009)',
      raw: 100,
    });
    expect(byKey.get('members_qualifier')).toMatchObject({
      value: 'plus de',
      raw: 'plus-de',
      inTable: false,
    });
    expect(byKey.get('members_unit')).toMatchObject({ value: 'adhérents', raw: 'adherents', inTable: false });
    expect(byKey.get('members_wording')).toMatchObject({ raw: 'plus de 100 adhérents', inTable: false });
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
    const csv = profileCsv(pole(), profileFacts(pole(), LOOKUPS, FR).slice(0, 1), FR);
    expect(csv).toEqual({
      columns: ['Fait', 'Valeur', 'Source', 'Date de la source'],
      rows: [
        ['Identifiant', 'cosmetic-valley', null, null],
        ['Nom', 'Cosmetic Valley', null, null],
        [
          'Thème (regroupement du tableau de bord)',
          'biens-de-consommation',
          'Regroupement propre à ce tableau de bord (non officiel)',
          null,
        ],
      ],
    });
  });
});

describe('facts in English', () => {
  it('dates a source in English and says when it is undated', () => {
    expect(shortSource('direccte', DATED, EN)).toBe('DIRECCTE Centre, January 2014');
    expect(shortSource('x', source('x'), EN)).toBe('Éditeur, undated');
  });

  it('gives the count in English words, not the source’s French wording', () => {
    expect(membersValue(pole({ members: 1200, members_year: 2011 }), EN)).toBe(
      '1,200, unit not stated (2011 figure)',
    );
    expect(
      membersValue(
        pole({
          members: 100,
          members_qualifier: 'plus-de',
          members_unit: 'adherents',
          members_wording: 'plus de 100 adhérents',
          members_year: null,
        }),
        EN,
      ),
    ).toBe('more than 100 members (year of the figure not stated)');
    expect(
      membersValue(
        pole({
          members: 97,
          members_unit: 'entreprises-et-etablissements',
          members_wording: '83 entreprises et 14 établissements',
          members_year: 2014,
        }),
        EN,
      ),
    ).toBe('83 firms and 14 establishments (2014 figure)');
    expect(membersValue(pole({ members: null, members_year: null }), EN)).toBe('unknown');
  });

  it('labels every fact and the CSV columns in English', () => {
    const facts = profileFacts(pole({ hq_city: null, website: null }), LOOKUPS, EN);
    expect(facts.map((fact) => fact.label)).toEqual([
      'Theme (this dashboard’s grouping)',
      'Head office city',
      'Head office region (2013 regions)',
      'Head office region (2016 regions)',
      'Label status',
      'Year first labelled',
      'Class at the 2012 evaluation',
      'Number of members',
      'Year of the member count',
      'Qualifier of the member count',
      'Unit of the member count',
      'Wording of the member count',
      'Website (2012-2013)',
    ]);
    const byKey = new Map(facts.map((fact) => [fact.key, fact]));
    expect(byKey.get('theme')?.source).toBe('This dashboard’s own grouping (not official)');
    expect(byKey.get('hq_city')?.value).toBe('not found');
    expect(byKey.get('website')?.value).toBe('not given');
    expect(byKey.get('category')?.value).toBe('National');
    const csv = profileCsv(pole(), facts.slice(0, 1), EN);
    expect(csv.columns).toEqual(['Fact', 'Value', 'Source', 'Date of the source']);
    expect(csv.rows.slice(0, 2).map((row) => row[0])).toEqual(['Identifier', 'Name']);
  });
});
