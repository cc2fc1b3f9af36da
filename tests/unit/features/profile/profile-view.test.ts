import { describe, expect, it } from 'vitest';
import { EN, FR } from '../../../fixtures/i18n';
import type { Source } from '../../../../src/data/schemas';
import { buildProfile } from '../../../../src/features/profile/profile-view';
import { pole, region, source, theme } from '../../../fixtures/rows';

const NB = '\u00a0';

const RELEASE: Source = {
  ...source('direccte-centre-2014-01-07'),
  publisher: 'DIRECCTE Centre',
  title: 'Pôles de compétitivité : nouvelle phase 2013-2018',
  date: '2014-01-07',
  url: 'https://example.org/communique',
};
const FICHE: Source = { ...source('fiche-tenerrdis'), publisher: 'tenerrdis.fr' };

const ELASTOPOLE = pole({
  id: 'elastopole',
  name: 'Elastopôle',
  theme: 'chimie',
  hq_city: 'Orléans',
  year_labelled: 2007,
  evaluation_2012: 'moins-performant',
  members: 110,
  members_unit: 'adherents',
  members_wording: '110 adhérents',
  website: 'www.elastopole.com',
  source_id: 'direccte-centre-2014-01-07',
  notes: 'Fusionné dans Polymeris (2020).',
  release_field: 'les caoutchoucs et polymères',
});
const S2E2 = pole({ id: 's2e2', name: 'S2E2', theme: 'energie', members: 130, source_id: RELEASE.id });
const TENERRDIS = pole({
  id: 'tenerrdis',
  name: 'Tenerrdis',
  theme: 'chimie',
  region_2013: 'rhone-alpes',
  region_2016: 'auvergne-rhone-alpes',
  hq_city: null,
  members: null,
  members_year: null,
  source_id: 'fiche-tenerrdis',
  doubt: 'Effectif introuvable',
});

const DATA = {
  poles: [ELASTOPOLE, S2E2, TENERRDIS],
  themes: [theme('chimie', 'Chimie et matériaux'), theme('energie', 'Énergie')],
  regions: [
    region('centre', true, false, 'Centre'),
    region('centre-val-de-loire', false, true, 'Centre-Val de Loire'),
    region('rhone-alpes', true, false, 'Rhône-Alpes'),
    region('auvergne-rhone-alpes', false, true, 'Auvergne-Rhône-Alpes'),
  ],
  sources: [RELEASE, FICHE],
};
const VIEW = { regionScheme: '2013', compared: [] } as const;

const profileOf = (
  id: string,
  view: { regionScheme: '2013' | '2016'; compared: readonly string[] } = VIEW,
) => {
  const model = buildProfile(DATA, id, view, FR);
  if (model.kind !== 'pole') throw new Error(`no profile for ${id}`);
  return model;
};

describe('buildProfile', () => {
  it('titles the profile with the pole’s name and sums it up in a line', () => {
    const model = profileOf('elastopole');
    expect(model.title).toBe(`Fiche du pôle${NB}: Elastopôle`);
    expect(model.summary).toBe('Chimie et matériaux · Orléans, Centre · labellisé en 2007');
    expect(model.exportName).toBe('fiche-elastopole');
  });

  it('shows every attribute with the row’s source and its date', () => {
    expect(profileOf('elastopole').facts.map((fact) => [fact.label, fact.value, fact.source])).toEqual([
      [
        'Thème (regroupement du tableau de bord)',
        'Chimie et matériaux',
        'Regroupement propre à ce tableau de bord (non officiel)',
      ],
      ['Ville du siège', 'Orléans', 'DIRECCTE Centre, 7 janvier 2014'],
      ['Région du siège (régions de 2013)', 'Centre', 'DIRECCTE Centre, 7 janvier 2014'],
      [
        'Région du siège (régions de 2016)',
        'Centre-Val de Loire',
        'Déduite de la région de 2013 (fusion des régions de 2016)',
      ],
      ['Statut au label', 'National', 'DIRECCTE Centre, 7 janvier 2014'],
      ['Année du premier label', '2007', 'DIRECCTE Centre, 7 janvier 2014'],
      ['Classe à l’évaluation de 2012', 'Moins performant', 'DIRECCTE Centre, 7 janvier 2014'],
      ['Nombre d’adhérents', '110 adhérents (chiffre de 2014)', 'DIRECCTE Centre, 7 janvier 2014'],
      ['Site web (2012-2013)', 'www.elastopole.com', 'DIRECCTE Centre, 7 janvier 2014'],
    ]);
    expect(profileOf('tenerrdis').facts.find((fact) => fact.key === 'members')?.value).toBe('inconnu');
    expect(profileOf('tenerrdis').facts[1]?.source).toBe('tenerrdis.fr, non daté');
  });

  it('quotes the press release’s wording of a Centre pole’s field, cited to the release', () => {
    expect(profileOf('elastopole').quote).toEqual({
      text: 'les caoutchoucs et polymères',
      citation: `DIRECCTE Centre, «${NB}Pôles de compétitivité : nouvelle phase 2013-2018${NB}», 7 janvier 2014`,
      url: 'https://example.org/communique',
    });
    expect(profileOf('s2e2').quote).toBeNull();
  });

  it('keeps the doubt, the notes and the source with its address', () => {
    const elastopole = profileOf('elastopole');
    expect([elastopole.doubt, elastopole.notes]).toEqual([null, 'Fusionné dans Polymeris (2020).']);
    expect(elastopole.source.url).toBe('https://example.org/communique');
    const tenerrdis = profileOf('tenerrdis');
    expect([tenerrdis.doubt, tenerrdis.source]).toEqual([
      'Effectif introuvable',
      { citation: `tenerrdis.fr, «${NB}Titre fiche-tenerrdis${NB}», non daté`, url: null },
    ]);
  });

  it('places the pole among the poles of its theme and of its region on the map in use', () => {
    const [byTheme, byRegion] = profileOf('elastopole').peers;
    expect(byTheme?.heading).toBe(`Thème Chimie et matériaux${NB}: 2${NB}pôles`);
    expect(byTheme?.ranking).toMatch(
      /^Seul pôle du thème Chimie et matériaux dont l’effectif est connu\. 1\u00a0pôle/,
    );
    expect(byRegion?.heading).toBe(`Région Centre (régions de 2013)${NB}: 2${NB}pôles`);
    expect(byRegion?.ranking).toMatch(/^2e sur 2\u00a0pôles de la région Centre \(régions de 2013\)/);
    const today = profileOf('elastopole', { regionScheme: '2016', compared: [] }).peers[1];
    expect(today?.heading).toBe(`Région Centre-Val de Loire (régions de 2016)${NB}: 2${NB}pôles`);
  });

  it('offers to add the pole to the comparison, to remove it, or says why it cannot be added', () => {
    expect(profileOf('elastopole').compare).toEqual({
      label: 'Ajouter à la comparaison',
      disabled: false,
      reason: null,
      status: 'Aucun pôle dans la comparaison.',
      action: { type: 'toggle-compared', id: 'elastopole' },
    });
    const added = profileOf('elastopole', { regionScheme: '2013', compared: ['s2e2', 'elastopole'] });
    expect([added.compare.label, added.compare.status]).toEqual([
      'Retirer de la comparaison',
      `2${NB}pôles dans la comparaison (4 au plus), dont celui-ci.`,
    ]);
    const full = profileOf('elastopole', { regionScheme: '2013', compared: ['a', 'b', 'c', 'd'] });
    expect(full.compare).toMatchObject({
      label: 'Ajouter à la comparaison',
      disabled: true,
      reason: `La comparaison compte déjà 4${NB}pôles, le maximum${NB}: retirez-en un pour ajouter celui-ci.`,
    });
  });

  it('exports every fact with its source and date as CSV, raw values included', () => {
    const { csv } = profileOf('elastopole');
    expect(csv.columns).toEqual(['Fait', 'Valeur', 'Source', 'Date de la source']);
    const rows = new Map(csv.rows.map((row) => [row[0], row.slice(1)]));
    expect(rows.get('Identifiant')).toEqual(['elastopole', null, null]);
    expect(rows.get('Nombre d’adhérents')).toEqual([110, 'DIRECCTE Centre, 7 janvier 2014', '2014-01-07']);
    expect(rows.get('Année du nombre d’adhérents')).toEqual([
      2014,
      'DIRECCTE Centre, 7 janvier 2014',
      '2014-01-07',
    ]);
    expect(rows.get('Domaine selon le communiqué')).toEqual([
      'les caoutchoucs et polymères',
      'DIRECCTE Centre, 7 janvier 2014',
      '2014-01-07',
    ]);
    expect(rows.get('Réserve')?.[0]).toBeNull();
    expect(rows.get('Notes')?.[0]).toBe('Fusionné dans Polymeris (2020).');
    expect(rows.get('Rang parmi les pôles de la même région')?.[0]).toMatch(/^2e sur 2/);
  });

  it('says when no pole bears the id', () => {
    expect(buildProfile(DATA, 'x', VIEW, FR)).toEqual({
      kind: 'unknown',
      id: 'x',
      title: `Fiche du pôle${NB}: identifiant inconnu`,
      message: `Aucun pôle ne porte l’identifiant «${NB}x${NB}».`,
    });
  });
});

describe('buildProfile in English', () => {
  const english = (
    id: string,
    view: { regionScheme: '2013' | '2016'; compared: readonly string[] } = VIEW,
  ) => {
    const model = buildProfile(DATA, id, view, EN);
    if (model.kind !== 'pole') throw new Error(`no profile for ${id}`);
    return model;
  };

  it('titles and sums up the profile in English, with the English labels of the data', () => {
    const model = english('elastopole');
    expect(model.title).toBe('Cluster profile: Elastopôle');
    expect(model.summary).toBe('Chimie et matériaux (en) · Orléans, Centre (en) · labelled in 2007');
    expect(english('tenerrdis').summary).toBe(
      'Chimie et matériaux (en) · head office city not found, Rhône-Alpes (en) · labelled in 2005',
    );
    expect(model.facts.find((fact) => fact.key === 'evaluation_2012')?.value).toBe('Less high-performing');
    expect(model.facts.find((fact) => fact.key === 'members')?.value).toBe('110 members (2014 figure)');
    expect(model.facts[1]?.source).toBe('DIRECCTE Centre, 7 January 2014');
  });

  it('names the French source titles of its citations, to mark them as French', () => {
    expect(english('elastopole').sourceTitles).toEqual([RELEASE.title, RELEASE.title]);
    expect(english('tenerrdis').sourceTitles).toEqual(['Titre fiche-tenerrdis']);
  });

  it('places the cluster among its peers in English', () => {
    const [byTheme, byRegion] = english('elastopole').peers;
    expect(byTheme?.heading).toBe('Theme Chimie et matériaux (en): 2 clusters');
    expect(byTheme?.ranking).toMatch(
      /^The only cluster in the Chimie et matériaux \(en\) theme whose member count is known\. 1 cluster/,
    );
    expect(byRegion?.heading).toBe('Region Centre (en) (2013 regions): 2 clusters');
    expect(byRegion?.ranking).toMatch(/^2nd of 2 clusters in Centre \(en\) \(2013 regions\) by number/);
  });

  it('offers the comparison in English', () => {
    expect(english('elastopole').compare).toMatchObject({
      label: 'Add to the comparison',
      status: 'No cluster in the comparison.',
    });
    const added = english('elastopole', { regionScheme: '2013', compared: ['s2e2', 'elastopole'] });
    expect([added.compare.label, added.compare.status]).toEqual([
      'Remove from the comparison',
      '2 clusters in the comparison (4 at most), this one included.',
    ]);
    const full = english('elastopole', { regionScheme: '2013', compared: ['a', 'b', 'c', 'd'] });
    expect(full.compare.reason).toBe(
      'The comparison already holds 4 clusters, the maximum: remove one to add this one.',
    );
  });

  it('exports its facts under English headings', () => {
    const { csv, sheet } = english('elastopole');
    expect(csv.columns).toEqual(['Fact', 'Value', 'Source', 'Date of the source']);
    expect(sheet.columns.map((column) => column.label)).toEqual(csv.columns);
    const rows = new Map(csv.rows.map((row) => [row[0], row.slice(1)]));
    expect(rows.get('Number of members')).toEqual([110, 'DIRECCTE Centre, 7 January 2014', '2014-01-07']);
    expect(rows.get('Rank among the clusters of the same region')).toEqual([
      expect.stringMatching(/^2nd of 2/),
      'Computed from each cluster’s member count',
      null,
    ]);
  });

  it('says in English when no cluster bears the id', () => {
    expect(buildProfile(DATA, 'x', VIEW, EN)).toEqual({
      kind: 'unknown',
      id: 'x',
      title: 'Cluster profile: unknown identifier',
      message: 'No cluster has the identifier “x”.',
    });
  });
});
