import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../src/data/issue';
import { parseCsv } from '../../../src/data/parse-csv';
import { parseRows, type RowSchema } from '../../../src/data/parse-rows';
import {
  fundingSchema,
  milestoneSchema,
  poleSchema,
  regionSchema,
  sourceSchema,
  themeSchema,
} from '../../../src/data/schemas';
import { csvText, poleRow, polesCsv } from '../../fixtures/csv';

/** Splits then types a CSV text, as loadDataset does; fails the test if the CSV layer already complains. */
function typed<S extends RowSchema>(file: string, schema: S, text: string) {
  const csv = parseCsv(file, text, Object.keys(schema.entries));
  expect(csv.issues).toEqual([]);
  return parseRows(file, schema, csv.records);
}

const POLES = 'data/poles.csv';
const poleIssues = (rows: readonly (readonly string[])[]): readonly DataIssue[] =>
  typed(POLES, poleSchema, polesCsv(rows)).issues;

const INTEGER_OR_EMPTY = (min: number, max: number) =>
  `un nombre entier entre ${min} et ${max}, ou une case vide si la valeur est inconnue`;
const SLUG_EXPECTED =
  'un identifiant en minuscules, sans accents, mots séparés par un tiret (ex. « centre-val-de-loire »)';

describe('parseRows: valid rows', () => {
  it('types a pole row: numbers, trimmed texts, and null for empty optional cells', () => {
    const result = typed(
      POLES,
      poleSchema,
      polesCsv([
        poleRow({
          name: '  Cosmetic Valley ',
          hq_city: ' ',
          doubt: '',
          notes: 'note',
          members_qualifier: 'plus-de',
          members_unit: 'adherents',
          members_wording: ' plus de 300 adhérents ',
          fact_sources: 'hq_city=fiche-cosmetic;members=direccte-centre-2014-01-07',
        }),
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.lines).toEqual([2]);
    expect(result.rows).toEqual([
      {
        id: 'cosmetic-valley',
        name: 'Cosmetic Valley',
        theme: 'biens-de-consommation',
        region_2013: 'centre',
        region_2016: 'centre-val-de-loire',
        hq_city: null,
        category: 'national',
        year_labelled: 2005,
        evaluation_2012: 'performant',
        members: 300,
        members_year: 2014,
        members_qualifier: 'plus-de',
        members_unit: 'adherents',
        members_wording: 'plus de 300 adhérents',
        website: 'www.cosmetic-valley.com',
        source_id: 'direccte-centre-2014-01-07',
        doubt: null,
        doubt_region_2013: null,
        doubt_region_2016: null,
        notes: 'note',
        release_field: 'la Parfumerie-Cosmétique',
        fact_sources: [
          { column: 'hq_city', sourceId: 'fiche-cosmetic' },
          { column: 'members', sourceId: 'direccte-centre-2014-01-07' },
        ],
      },
    ]);
  });

  it('reads an empty member count as unknown (null), never as zero', () => {
    const result = typed(
      POLES,
      poleSchema,
      polesCsv([poleRow({ members: '', members_year: '' }), poleRow({ id: 'zero', members: '0' })]),
    );
    expect(result.rows.map((row) => row.members)).toEqual([null, 0]);
    expect(result.rows.map((row) => row.members_year)).toEqual([null, 2014]);
  });

  it('reads booleans of regions.csv', () => {
    const result = typed(
      'data/regions.csv',
      regionSchema,
      'id,label,label_en,in_2013,in_2016\ncentre,Centre,Centre,true,false\nbretagne,Bretagne,Brittany, true ,true\n',
    );
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      { id: 'centre', label: 'Centre', label_en: 'Centre', in_2013: true, in_2016: false },
      { id: 'bretagne', label: 'Bretagne', label_en: 'Brittany', in_2013: true, in_2016: true },
    ]);
  });

  it('keeps the precision of dates as written and reads an empty url or date as null', () => {
    const result = typed(
      'data/sources.csv',
      sourceSchema,
      csvText(
        ['id', 'title', 'publisher', 'date', 'url', 'kind'],
        [
          ['a', 'T', 'P', '2014-01-07', 'https://example.org/a', 'primaire'],
          ['b', 'T', 'P', '2007', '', 'secondaire'],
          ['c', 'T', 'P', '', 'http://example.org', 'secondaire'],
        ],
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows.map((row) => [row.date, row.url])).toEqual([
      ['2014-01-07', 'https://example.org/a'],
      ['2007', null],
      [null, 'http://example.org'],
    ]);
  });

  it('keeps the line of each valid row, skipping the faulty ones', () => {
    const text = 'id,label,label_en\nmer,Mer,Sea\n\nBad Id,X,X\nenergie,Énergie,Energy\n';
    const result = typed('data/themes.csv', themeSchema, text);
    expect(result.rows).toEqual([
      { id: 'mer', label: 'Mer', label_en: 'Sea' },
      { id: 'energie', label: 'Énergie', label_en: 'Energy' },
    ]);
    expect(result.lines).toEqual([2, 5]);
    expect(result.issues).toEqual([
      { file: 'data/themes.csv', line: 4, column: 'id', value: 'Bad Id', expected: SLUG_EXPECTED },
    ]);
  });
});

describe('parseRows: one issue per faulty cell, with file, line, column, raw value and French expectation', () => {
  it('rejects a member count that is not an integer', () => {
    expect(poleIssues([poleRow(), poleRow({ members: '12a' })])).toEqual([
      { file: POLES, line: 3, column: 'members', value: '12a', expected: INTEGER_OR_EMPTY(0, 100000) },
    ]);
    expect(poleIssues([poleRow({ members: '1,5' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'members',
        value: '1,5',
        expected: `${INTEGER_OR_EMPTY(0, 100000)} (un nombre décimal n’est pas accepté ici)`,
      },
    ]);
  });

  it('rejects a negative member count', () => {
    expect(poleIssues([poleRow({ members: '-5' })])).toEqual([
      { file: POLES, line: 2, column: 'members', value: '-5', expected: INTEGER_OR_EMPTY(0, 100000) },
    ]);
  });

  it('rejects a member count above the maximum', () => {
    expect(poleIssues([poleRow({ members: '100001' })])).toEqual([
      { file: POLES, line: 2, column: 'members', value: '100001', expected: INTEGER_OR_EMPTY(0, 100000) },
    ]);
  });

  it('rejects a labelling year outside 2004..2013, with one issue only', () => {
    expect(poleIssues([poleRow({ year_labelled: '2014' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'year_labelled',
        value: '2014',
        expected: 'un nombre entier entre 2004 et 2013',
      },
    ]);
    expect(poleIssues([poleRow({ year_labelled: '2003' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'year_labelled',
        value: '2003',
        expected: 'un nombre entier entre 2004 et 2013',
      },
    ]);
    expect(poleIssues([poleRow({ year_labelled: '' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'year_labelled',
        value: '',
        expected: 'un nombre entier entre 2004 et 2013',
      },
    ]);
  });

  it('rejects a members year outside 2000..2020', () => {
    expect(poleIssues([poleRow({ members_year: '1999' })])).toEqual([
      { file: POLES, line: 2, column: 'members_year', value: '1999', expected: INTEGER_OR_EMPTY(2000, 2020) },
    ]);
  });

  it('rejects an id that is not a slug', () => {
    expect(poleIssues([poleRow({ id: 'Cosmetic Valley' })])).toEqual([
      { file: POLES, line: 2, column: 'id', value: 'Cosmetic Valley', expected: SLUG_EXPECTED },
    ]);
    expect(poleIssues([poleRow({ theme: 'énergie' })])).toEqual([
      { file: POLES, line: 2, column: 'theme', value: 'énergie', expected: SLUG_EXPECTED },
    ]);
    expect(poleIssues([poleRow({ region_2013: 'centre--val' })])).toEqual([
      { file: POLES, line: 2, column: 'region_2013', value: 'centre--val', expected: SLUG_EXPECTED },
    ]);
  });

  it('rejects an unknown category or evaluation, listing the allowed values', () => {
    expect(poleIssues([poleRow({ category: 'regional' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'category',
        value: 'regional',
        expected: 'une des valeurs : « mondial », « a-vocation-mondiale », « national »',
      },
    ]);
    expect(poleIssues([poleRow({ evaluation_2012: 'Performant' })])).toEqual([
      {
        file: POLES,
        line: 2,
        column: 'evaluation_2012',
        value: 'Performant',
        expected: 'une des valeurs : « tres-performant », « performant », « moins-performant »',
      },
    ]);
  });

  it('rejects an empty required text', () => {
    expect(poleIssues([poleRow({ name: '   ' })])).toEqual([
      { file: POLES, line: 2, column: 'name', value: '   ', expected: 'un texte non vide' },
    ]);
  });

  it('reports every faulty cell of a row, in column order, at the same line', () => {
    const issues = poleIssues([
      poleRow(),
      poleRow(),
      poleRow({ id: 'X', category: 'local', members: 'beaucoup', members_year: '3000' }),
    ]);
    expect(issues.map((issue) => [issue.line, issue.column, issue.value])).toEqual([
      [4, 'id', 'X'],
      [4, 'category', 'local'],
      [4, 'members', 'beaucoup'],
      [4, 'members_year', '3000'],
    ]);
  });

  it('rejects a boolean that is not « true » or « false »', () => {
    const result = typed(
      'data/regions.csv',
      regionSchema,
      'id,label,label_en,in_2013,in_2016\ncentre,Centre,Centre,oui,false\nbretagne,Bretagne,Brittany,true,TRUE\n',
    );
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      {
        file: 'data/regions.csv',
        line: 2,
        column: 'in_2013',
        value: 'oui',
        expected: '« true » ou « false »',
      },
      {
        file: 'data/regions.csv',
        line: 3,
        column: 'in_2016',
        value: 'TRUE',
        expected: '« true » ou « false »',
      },
    ]);
  });

  it('rejects a malformed optional date or url in sources.csv', () => {
    const result = typed(
      'data/sources.csv',
      sourceSchema,
      csvText(
        ['id', 'title', 'publisher', 'date', 'url', 'kind'],
        [
          ['a', 'T', 'P', '07/01/2014', '', 'primaire'],
          ['b', 'T', 'P', '2014-13', 'ftp://example.org', 'tertiaire'],
        ],
      ),
    );
    expect(result.issues).toEqual([
      {
        file: 'data/sources.csv',
        line: 2,
        column: 'date',
        value: '07/01/2014',
        expected: 'une date existante AAAA, AAAA-MM ou AAAA-MM-JJ, ou une case vide',
      },
      {
        file: 'data/sources.csv',
        line: 3,
        column: 'date',
        value: '2014-13',
        expected: 'une date existante AAAA, AAAA-MM ou AAAA-MM-JJ, ou une case vide',
      },
      {
        file: 'data/sources.csv',
        line: 3,
        column: 'url',
        value: 'ftp://example.org',
        expected: 'une adresse web commençant par http:// ou https://, ou une case vide',
      },
      {
        file: 'data/sources.csv',
        line: 3,
        column: 'kind',
        value: 'tertiaire',
        expected: 'une des valeurs : « primaire », « secondaire »',
      },
    ]);
  });

  it('rejects a malformed required date and a non-slug pole reference in milestones.csv', () => {
    const result = typed(
      'data/milestones.csv',
      milestoneSchema,
      csvText(
        ['id', 'date', 'date_end', 'label', 'label_en', 'detail', 'detail_en', 'pole_id', 'source_id'],
        [['a', '2014-1-7', '', 'L', 'L', 'D', 'D', 'Dream', 's']],
      ),
    );
    expect(result.issues).toEqual([
      {
        file: 'data/milestones.csv',
        line: 2,
        column: 'date',
        value: '2014-1-7',
        expected: 'une date existante AAAA, AAAA-MM ou AAAA-MM-JJ (ex. « 2014-01-07 »)',
      },
      {
        file: 'data/milestones.csv',
        line: 2,
        column: 'pole_id',
        value: 'Dream',
        expected: 'un identifiant (ex. « cosmetic-valley ») ou une case vide',
      },
    ]);
  });

  it('rejects funding cells out of range or of the wrong kind', () => {
    const result = typed(
      'data/funding.csv',
      fundingSchema,
      csvText(
        [
          'id',
          'period_start',
          'period_end',
          'amount_eur',
          'status',
          'approximate',
          'method',
          'method_en',
          'source_id',
        ],
        [['total', '2003', '2031', '1.5', 'prevu', 'vrai', '', 'M', 's']],
      ),
    );
    expect(result.issues).toEqual([
      {
        file: 'data/funding.csv',
        line: 2,
        column: 'period_start',
        value: '2003',
        expected: 'un nombre entier entre 2004 et 2030',
      },
      {
        file: 'data/funding.csv',
        line: 2,
        column: 'period_end',
        value: '2031',
        expected: 'un nombre entier entre 2004 et 2030',
      },
      {
        file: 'data/funding.csv',
        line: 2,
        column: 'amount_eur',
        value: '1.5',
        expected: 'un nombre entier entre 0 et 1000000000 (un nombre décimal n’est pas accepté ici)',
      },
      {
        file: 'data/funding.csv',
        line: 2,
        column: 'status',
        value: 'prevu',
        expected: 'une des valeurs : « annonce », « estimation »',
      },
      {
        file: 'data/funding.csv',
        line: 2,
        column: 'approximate',
        value: 'vrai',
        expected: '« true » ou « false »',
      },
      { file: 'data/funding.csv', line: 2, column: 'method', value: '', expected: 'un texte non vide' },
    ]);
  });

  it('gives the line of a faulty row placed after a quoted multi-line field', () => {
    const rows = [
      poleRow({ notes: 'ligne 1\nligne 2\nligne 3' }),
      poleRow({ id: 'dream', members: 'quatre-vingts' }),
    ];
    expect(poleIssues(rows)).toEqual([
      {
        file: POLES,
        line: 5,
        column: 'members',
        value: 'quatre-vingts',
        expected: INTEGER_OR_EMPTY(0, 100000),
      },
    ]);
  });
});
