import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/data/cross-checks';
import type { TypedTables } from '../../../src/data/dataset';
import type { FundingRow } from '../../../src/data/schemas';
import {
  departement,
  fundingRow,
  fundingRows,
  milestone,
  pole,
  region,
  source,
  table,
  theme,
} from '../../fixtures/rows';

/** Themes, regions and sources that the reference checks resolve against. */
function context(): TypedTables {
  return {
    themes: table([theme('energie'), theme('biens-de-consommation')]),
    regions: table([
      region('centre', true, false),
      region('centre-val-de-loire', false, true),
      region('bretagne', true, true),
    ]),
    sources: table([source('direccte'), source('fiche-s2e2')]),
  };
}

const SOURCE_EXPECTED = 'un identifiant présent dans data/sources.csv';
const FUNDING = 'data/funding.csv';

describe('crossCheck: a consistent dataset', () => {
  it('gives no issue', () => {
    expect(
      crossCheck({
        ...context(),
        poles: table([
          pole(),
          pole({ id: 's2e2', theme: 'energie', source_id: 'fiche-s2e2', members: null, members_year: null }),
        ]),
        funding: table(fundingRows()),
        milestones: table([milestone({ pole_id: 's2e2' }), milestone({ id: 'autre', pole_id: null })]),
        departements: table([
          departement('18', 'centre', 'centre-val-de-loire', 'Cher'),
          departement('29', 'bretagne', 'bretagne', 'Finistère'),
        ]),
      }),
    ).toEqual([]);
  });

  it('gives no issue for an empty set of tables', () => {
    expect(crossCheck({})).toEqual([]);
  });
});

describe('crossCheck: unique ids', () => {
  it('reports a duplicate id at its line, naming the line of the first use', () => {
    const issues = crossCheck({
      poles: table([pole({ id: 'a' }), pole({ id: 'b' }), pole({ id: 'a' }), pole({ id: 'a' })]),
    });
    expect(issues).toEqual([
      {
        file: 'data/poles.csv',
        line: 4,
        column: 'id',
        value: 'a',
        expected: 'un identifiant unique (déjà utilisé ligne 2)',
      },
      {
        file: 'data/poles.csv',
        line: 5,
        column: 'id',
        value: 'a',
        expected: 'un identifiant unique (déjà utilisé ligne 2)',
      },
    ]);
  });

  it('uses the real file lines, not the row positions', () => {
    const themes = { rows: [theme('mer'), theme('energie'), theme('mer')], lines: [3, 7, 12] };
    expect(crossCheck({ themes })).toEqual([
      {
        file: 'data/themes.csv',
        line: 12,
        column: 'id',
        value: 'mer',
        expected: 'un identifiant unique (déjà utilisé ligne 3)',
      },
    ]);
  });

  it.each([
    ['regions', 'data/regions.csv'],
    ['sources', 'data/sources.csv'],
    ['milestones', 'data/milestones.csv'],
  ] as const)('checks the ids of %s too', (file, path) => {
    const tables: TypedTables =
      file === 'regions'
        ? { regions: table([region('centre', true, false), region('centre', true, false)]) }
        : file === 'sources'
          ? { sources: table([source('direccte'), source('direccte')]) }
          : { milestones: table([milestone({ id: 'm' }), milestone({ id: 'm' })]) };
    expect(crossCheck(tables).map((issue) => [issue.file, issue.line, issue.column, issue.expected])).toEqual(
      [[path, 3, 'id', 'un identifiant unique (déjà utilisé ligne 2)']],
    );
  });

  it('checks the ids of funding rows', () => {
    const rows = fundingRows().map((row) =>
      row.id === 'estimation-2014' ? { ...row, id: 'estimation-2013' } : row,
    );
    expect(crossCheck({ funding: table(rows) })).toEqual([
      {
        file: FUNDING,
        line: 4,
        column: 'id',
        value: 'estimation-2013',
        expected: 'un identifiant unique (déjà utilisé ligne 3)',
      },
    ]);
  });
});

describe('crossCheck: references from poles.csv', () => {
  const check = (overrides: Parameters<typeof pole>[0]) =>
    crossCheck({ ...context(), poles: table([pole(), pole({ id: 'x', ...overrides })]) });

  it('reports an unknown theme', () => {
    expect(check({ theme: 'espace' })).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'theme',
        value: 'espace',
        expected: 'un identifiant présent dans data/themes.csv',
      },
    ]);
  });

  it('reports a region_2013 that is not a 2013 region, even if it exists in 2016', () => {
    expect(check({ region_2013: 'centre-val-de-loire' })).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'region_2013',
        value: 'centre-val-de-loire',
        expected: 'une région de 2013 présente dans data/regions.csv (in_2013 = true)',
      },
    ]);
    expect(check({ region_2013: 'atlantide' }).map((issue) => issue.column)).toEqual(['region_2013']);
  });

  it('reports a region_2016 that is not a 2016 region, even if it exists in 2013', () => {
    expect(check({ region_2016: 'centre' })).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'region_2016',
        value: 'centre',
        expected: 'une région de 2016 présente dans data/regions.csv (in_2016 = true)',
      },
    ]);
  });

  it('accepts a region present in both years for both columns', () => {
    expect(check({ region_2013: 'bretagne', region_2016: 'bretagne' })).toEqual([]);
  });

  it('reports an unknown source', () => {
    expect(check({ source_id: 'fiche-inconnue' })).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'source_id',
        value: 'fiche-inconnue',
        expected: SOURCE_EXPECTED,
      },
    ]);
  });

  it('reports a members year given while the member count is empty', () => {
    expect(check({ members: null, members_year: 2012 })).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'members_year',
        value: '2012',
        expected: 'une case vide quand « members » est vide',
      },
    ]);
  });

  it('accepts a member count without a year', () => {
    expect(check({ members: 637, members_year: null })).toEqual([]);
  });

  it('reports every broken reference of a row, in order theme, region_2013, region_2016, source_id', () => {
    expect(
      check({ theme: 't', region_2013: 'r13', region_2016: 'r16', source_id: 's' }).map((issue) => [
        issue.line,
        issue.column,
        issue.value,
      ]),
    ).toEqual([
      [3, 'theme', 't'],
      [3, 'region_2013', 'r13'],
      [3, 'region_2016', 'r16'],
      [3, 'source_id', 's'],
    ]);
  });

  it('skips the references to a file that did not load', () => {
    expect(
      crossCheck({
        poles: table([pole({ theme: 'espace', region_2013: 'x', region_2016: 'y', source_id: 'z' })]),
      }),
    ).toEqual([]);
  });
});

describe('crossCheck: references from milestones.csv', () => {
  it('reports an unknown pole, and accepts an empty one', () => {
    const issues = crossCheck({
      ...context(),
      poles: table([pole()]),
      milestones: table([
        milestone({ id: 'a', pole_id: 'cosmetic-valley' }),
        milestone({ id: 'b', pole_id: null }),
        milestone({ id: 'c', pole_id: 'dream' }),
      ]),
    });
    expect(issues).toEqual([
      {
        file: 'data/milestones.csv',
        line: 4,
        column: 'pole_id',
        value: 'dream',
        expected: 'un identifiant présent dans data/poles.csv, ou une case vide',
      },
    ]);
  });

  it('reports an unknown source', () => {
    expect(crossCheck({ ...context(), milestones: table([milestone({ source_id: 'batiweb' })]) })).toEqual([
      {
        file: 'data/milestones.csv',
        line: 2,
        column: 'source_id',
        value: 'batiweb',
        expected: SOURCE_EXPECTED,
      },
    ]);
  });
});

describe('crossCheck: funding.csv', () => {
  const fundingIssues = (rows: readonly FundingRow[]) => crossCheck({ ...context(), funding: table(rows) });

  it('reports an unknown source', () => {
    expect(fundingIssues([fundingRow({ source_id: 'ailleurs' })])).toEqual([
      { file: FUNDING, line: 2, column: 'source_id', value: 'ailleurs', expected: SOURCE_EXPECTED },
    ]);
  });

  it('requires exactly one « annonce » row: none', () => {
    const rows = fundingRows().filter((row) => row.status !== 'annonce');
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: null,
        column: 'status',
        value: '0 lignes « annonce »',
        expected: 'exactement une ligne « annonce » (le montant annoncé par la source)',
      },
    ]);
  });

  it('requires exactly one « annonce » row: two', () => {
    const rows = [...fundingRows(), fundingRow({ id: 'total-bis' })];
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: null,
        column: 'status',
        value: '2 lignes « annonce »',
        expected: 'exactement une ligne « annonce » (le montant annoncé par la source)',
      },
    ]);
  });

  it('accepts a total alone, without yearly estimates', () => {
    expect(fundingIssues([fundingRow()])).toEqual([]);
  });

  it('reports yearly estimates that do not add up to the total', () => {
    const rows = fundingRows().map((row) =>
      row.id === 'estimation-2015' ? { ...row, amount_eur: 833000 } : row,
    );
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: null,
        column: 'amount_eur',
        value: 'somme des estimations annuelles = 4999667',
        expected: 'la somme des années égale au total annoncé (5000000)',
      },
    ]);
  });

  it('reports a missing year through the sum', () => {
    const rows = fundingRows().filter((row) => row.id !== 'estimation-2018');
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: null,
        column: 'amount_eur',
        value: 'somme des estimations annuelles = 4166666',
        expected: 'la somme des années égale au total annoncé (5000000)',
      },
    ]);
  });

  it('reports an estimate outside the period of the total', () => {
    const rows = fundingRows().map((row) =>
      row.id === 'estimation-2018' ? { ...row, period_start: 2019, period_end: 2019 } : row,
    );
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: 8,
        column: 'period_start',
        value: '2019-2019',
        expected: 'une seule année comprise entre 2013 et 2018',
      },
    ]);
  });

  it('reports an estimate spanning several years', () => {
    const rows = fundingRows().map((row) =>
      row.id === 'estimation-2013' ? { ...row, period_end: 2014 } : row,
    );
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: 3,
        column: 'period_start',
        value: '2013-2014',
        expected: 'une seule année comprise entre 2013 et 2018',
      },
    ]);
  });

  it('reports a second estimate for the same year at its own line', () => {
    const rows = fundingRows().map((row) =>
      row.id === 'estimation-2016' ? { ...row, period_start: 2015, period_end: 2015 } : row,
    );
    expect(fundingIssues(rows)).toEqual([
      {
        file: FUNDING,
        line: 6,
        column: 'period_start',
        value: '2015',
        expected: 'une seule ligne par année',
      },
    ]);
  });
});

describe('crossCheck: departements.csv', () => {
  it('reports each faulty department once, against the regions of each map', () => {
    const issues = crossCheck({
      ...context(),
      departements: table([
        departement('18', 'centre', 'centre-val-de-loire'),
        departement('18', 'centre-val-de-loire', 'centre'),
        departement('99', 'bretagne', 'bretagne'),
      ]),
    });
    expect(issues.map((issue) => [issue.line, issue.column, issue.value])).toEqual([
      [3, 'code', '18'],
      [4, 'code', '99'],
      [3, 'region_2013', 'centre-val-de-loire'],
      [3, 'region_2016', 'centre'],
    ]);
    expect(issues.every((issue) => issue.file === 'data/departements.csv')).toBe(true);
  });

  it('checks the codes but not the regions when regions.csv did not load', () => {
    const issues = crossCheck({
      departements: table([
        departement('18', 'atlantide', 'atlantide'),
        departement('18', 'centre', 'centre'),
      ]),
    });
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([[3, 'code']]);
  });
});
