import { describe, expect, it } from 'vitest';
import { FILE_IDS } from '../../../src/data/files';
import type { DataIssue } from '../../../src/data/issue';
import {
  embeddedText,
  loadDataset,
  type FetchFile,
  type FileResult,
  type LoadResult,
} from '../../../src/data/load';
import { csvText, poleRow, polesCsv } from '../../fixtures/csv';
import { cp1252Bytes } from '../../fixtures/encodings';

const SOURCE = 'direccte-centre-2014-01-07';

/**
 * A small consistent dataset: two poles, their themes, regions and source, a funding total split in two years, one
 * milestone, two departments.
 */
const FILES: Readonly<Record<string, string>> = {
  'data/poles.csv': polesCsv([
    poleRow({ source_id: SOURCE }),
    poleRow({ id: 's2e2', name: 'S2E2', theme: 'energie', members: '130', source_id: SOURCE }),
  ]),
  'data/themes.csv': csvText(
    ['id', 'label', 'label_en'],
    [
      ['biens-de-consommation', 'Biens de consommation', 'Consumer goods'],
      ['energie', 'Énergie', 'Energy'],
    ],
  ),
  'data/regions.csv': csvText(
    ['id', 'label', 'label_en', 'in_2013', 'in_2016'],
    [
      ['centre', 'Centre', 'Centre', 'true', 'false'],
      ['centre-val-de-loire', 'Centre-Val de Loire', 'Centre-Val de Loire', 'false', 'true'],
    ],
  ),
  'data/sources.csv': csvText(
    ['id', 'title', 'publisher', 'date', 'url', 'kind'],
    [[SOURCE, 'Pôles de compétitivité', 'DIRECCTE Centre', '2014-01-07', '', 'primaire']],
  ),
  'data/funding.csv': csvText(
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
    [
      [
        'total',
        '2013',
        '2018',
        '5000000',
        'annonce',
        'true',
        'Montant du communiqué',
        'Amount of the release',
        SOURCE,
      ],
      ['estimation-2013', '2013', '2013', '2500000', 'estimation', 'true', 'Moitié', 'Half', SOURCE],
      ['estimation-2014', '2014', '2014', '2500000', 'estimation', 'true', 'Moitié', 'Half', SOURCE],
    ],
  ),
  'data/milestones.csv': csvText(
    ['id', 'date', 'date_end', 'label', 'label_en', 'detail', 'detail_en', 'pole_id', 'source_id'],
    [['contrat', '2014-01-21', '', 'Contrat', 'Contract', 'Signature', 'Signing', 's2e2', SOURCE]],
  ),
  'data/departements.csv': csvText(
    ['code', 'name', 'region_2013', 'region_2016'],
    [
      ['18', 'Cher', 'centre', 'centre-val-de-loire'],
      ['28', 'Eure-et-Loir', 'centre', 'centre-val-de-loire'],
    ],
  ),
};

/** The small dataset, except for the paths given, whose text (or error) is replaced. */
function fetcherWith(overrides: Readonly<Record<string, string | Error>> = {}): FetchFile {
  const files = embeddedText(FILES);
  return (path) => {
    const override = overrides[path];
    if (override instanceof Error) return Promise.reject(override);
    return override === undefined ? files(path) : Promise.resolve(override);
  };
}

/** The text of a file with its 1-based line `line` passed through `edit`. */
function editLine(path: string, line: number, edit: (text: string) => string): string {
  const lines = (FILES[path] ?? '').split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  return lines.join('\n');
}

function rowsOf<T>(result: FileResult<T>): readonly T[] {
  if ('issues' in result) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.rows;
}

function issuesOf<T>(result: FileResult<T>): readonly DataIssue[] {
  if ('rows' in result) throw new Error('expected issues, got rows');
  return result.issues;
}

const statusOf = (result: LoadResult): Record<string, string> =>
  Object.fromEntries(
    FILE_IDS.map((file) => {
      const value = result[file];
      return [file, 'rows' in value ? `${value.rows.length} lignes` : 'erreur'];
    }),
  );

const ALL_LOADED = {
  poles: '2 lignes',
  themes: '2 lignes',
  regions: '2 lignes',
  sources: '1 lignes',
  funding: '3 lignes',
  milestones: '1 lignes',
  departements: '2 lignes',
};

describe('loadDataset with consistent files', () => {
  it('loads all seven files without any issue', async () => {
    expect(statusOf(await loadDataset(fetcherWith()))).toEqual(ALL_LOADED);
  });

  it('asks the fetcher for each file once, by its path under data/', async () => {
    const asked: string[] = [];
    const files = fetcherWith();
    await loadDataset((path) => {
      asked.push(path);
      return files(path);
    });
    expect([...asked].sort()).toEqual([
      'data/departements.csv',
      'data/funding.csv',
      'data/milestones.csv',
      'data/poles.csv',
      'data/regions.csv',
      'data/sources.csv',
      'data/themes.csv',
    ]);
  });

  it('gives typed rows in file order', async () => {
    const result = await loadDataset(fetcherWith());
    expect(rowsOf(result.poles).map((pole) => [pole.id, pole.members, pole.year_labelled])).toEqual([
      ['cosmetic-valley', 300, 2005],
      ['s2e2', 130, 2005],
    ]);
    expect(rowsOf(result.regions)[0]).toEqual({
      id: 'centre',
      label: 'Centre',
      label_en: 'Centre',
      in_2013: true,
      in_2016: false,
    });
    expect(rowsOf(result.milestones)[0]?.date_end).toBeNull();
    expect(rowsOf(result.departements)).toEqual([
      { code: '18', name: 'Cher', region_2013: 'centre', region_2016: 'centre-val-de-loire' },
      { code: '28', name: 'Eure-et-Loir', region_2013: 'centre', region_2016: 'centre-val-de-loire' },
    ]);
  });

  it('accepts files saved with a BOM and CRLF line ends', async () => {
    const themes = `\uFEFF${(FILES['data/themes.csv'] ?? '').replace(/\n/g, '\r\n')}`;
    const result = await loadDataset(fetcherWith({ 'data/themes.csv': themes }));
    expect(rowsOf(result.themes).map((row) => row.id)).toEqual(['biens-de-consommation', 'energie']);
    expect(statusOf(result)).toEqual(ALL_LOADED);
  });
});

describe('loadDataset with served bytes', () => {
  it('decodes each file’s bytes: a Windows-1252 themes.csv with semicolons keeps its accents', async () => {
    const themes =
      'id;label;label_en\r\nbiens-de-consommation;Biens de consommation;Consumer goods\r\nenergie;Énergie;Energy\r\n';
    const files = fetcherWith();
    const result = await loadDataset(async (path) =>
      path === 'data/themes.csv' ? cp1252Bytes(themes) : new TextEncoder().encode(String(await files(path))),
    );
    expect(rowsOf(result.themes).map((row) => row.label)).toEqual(['Biens de consommation', 'Énergie']);
    expect(statusOf(result)).toEqual(ALL_LOADED);
  });

  it('passes a file’s warnings on, whether it loads or not', async () => {
    const themes =
      'id,label,label_en,couleur\nbiens-de-consommation,Biens,Goods,bleu\nenergie,Énergie,Energy,vert\n';
    const result = await loadDataset(fetcherWith({ 'data/themes.csv': themes }));
    expect(result.themes.warnings).toEqual([
      {
        file: 'data/themes.csv',
        line: 1,
        column: 'couleur',
        value: null,
        expected: 'une colonne prévue par le format (celle-ci est ignorée)',
      },
    ]);
    expect(rowsOf(result.themes)).toHaveLength(2);
    expect(result.poles.warnings).toEqual([]);
  });
});

describe('loadDataset when one file fails', () => {
  it('gives a file that cannot be downloaded an issue naming it, and loads the others', async () => {
    const result = await loadDataset(fetcherWith({ 'data/regions.csv': new Error('HTTP 404') }));
    expect(issuesOf(result.regions)).toEqual([
      {
        file: 'data/regions.csv',
        line: null,
        column: null,
        value: null,
        expected: 'un fichier accessible (échec du téléchargement : HTTP 404)',
      },
    ]);
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, regions: 'erreur' });
  });

  it('reports a rejection that is not an Error by its text', async () => {
    const files = fetcherWith();
    // Some network layers reject with a bare string.
    const offline: unknown = 'hors ligne';
    const result = await loadDataset(async (path) => {
      if (path === 'data/funding.csv') throw offline;
      return files(path);
    });
    expect(issuesOf(result.funding)).toEqual([
      {
        file: 'data/funding.csv',
        line: null,
        column: null,
        value: null,
        expected: 'un fichier accessible (échec du téléchargement : hors ligne)',
      },
    ]);
    expect(rowsOf(result.poles)).toHaveLength(2);
  });

  it('reports a broken cell of poles.csv at its exact line while the other files still load', async () => {
    const poles = editLine('data/poles.csv', 3, (line) => line.replace(',130,', ',beaucoup,'));
    const result = await loadDataset(fetcherWith({ 'data/poles.csv': poles }));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'members',
        value: 'beaucoup',
        expected: 'un nombre entier entre 0 et 100000, ou une case vide si la valeur est inconnue',
      },
    ]);
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, poles: 'erreur' });
  });

  it('reports a poles.csv without its members column at line 1', async () => {
    const poles = editLine('data/poles.csv', 1, (line) => line.replace(',members,', ',adherents,'));
    const result = await loadDataset(fetcherWith({ 'data/poles.csv': poles }));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: 1,
        column: 'members',
        value: null,
        expected: 'la colonne « members » dans l’en-tête',
      },
    ]);
    expect(rowsOf(result.themes)).toHaveLength(2);
  });

  it('adds cross-file issues to the file that holds the bad reference only', async () => {
    const poles = editLine('data/poles.csv', 3, (line) => line.replace(',energie,', ',electricite,'));
    const result = await loadDataset(fetcherWith({ 'data/poles.csv': poles }));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: 3,
        column: 'theme',
        value: 'electricite',
        expected: 'un identifiant présent dans data/themes.csv',
      },
    ]);
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, poles: 'erreur' });
  });

  it('does not check references against a file that failed', async () => {
    const result = await loadDataset(fetcherWith({ 'data/themes.csv': new Error('HTTP 500') }));
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, themes: 'erreur' });
  });

  it('reports a department of an unknown region and a repeated code once each, at their lines, on departements.csv only', async () => {
    const departements = editLine('data/departements.csv', 3, () => '18,Eure-et-Loir,centre,val-de-loire');
    const result = await loadDataset(fetcherWith({ 'data/departements.csv': departements }));
    expect(issuesOf(result.departements)).toEqual([
      {
        file: 'data/departements.csv',
        line: 3,
        column: 'code',
        value: '18',
        expected: 'un code unique (déjà utilisé ligne 2)',
      },
      {
        file: 'data/departements.csv',
        line: 3,
        column: 'region_2016',
        value: 'val-de-loire',
        expected: 'une région de 2016 présente dans data/regions.csv (in_2016 = true)',
      },
    ]);
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, departements: 'erreur' });
  });

  it('does not check the departments’ regions when regions.csv failed', async () => {
    const result = await loadDataset(fetcherWith({ 'data/regions.csv': new Error('HTTP 404') }));
    expect(statusOf(result)).toEqual({ ...ALL_LOADED, regions: 'erreur' });
  });

  it('reports funding estimates that no longer add up to the total', async () => {
    const funding = editLine('data/funding.csv', 4, (line) => line.replace(',2500000,', ',2500001,'));
    const result = await loadDataset(fetcherWith({ 'data/funding.csv': funding }));
    expect(issuesOf(result.funding)).toEqual([
      {
        file: 'data/funding.csv',
        line: null,
        column: 'amount_eur',
        value: 'somme des estimations annuelles = 5000001',
        expected: 'la somme des années égale au total annoncé (5000000)',
      },
    ]);
  });

  it('reports a file with a header and no data', async () => {
    const result = await loadDataset(
      fetcherWith({ 'data/sources.csv': 'id,title,publisher,date,url,kind\n' }),
    );
    expect(issuesOf(result.sources)).toEqual([
      {
        file: 'data/sources.csv',
        line: null,
        column: null,
        value: null,
        expected: 'au moins une ligne de données',
      },
    ]);
    expect(rowsOf(result.poles)).toHaveLength(2);
  });
});

describe('embeddedText', () => {
  it('serves the text compiled into the single-file build by path', async () => {
    await expect(embeddedText({ 'data/themes.csv': 'id,label\n' })('data/themes.csv')).resolves.toBe(
      'id,label\n',
    );
  });

  it('fails for a file the build does not hold, and the loader says so', async () => {
    const others = Object.fromEntries(Object.entries(FILES).filter(([path]) => path !== 'data/poles.csv'));
    const result = await loadDataset(embeddedText(others));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: null,
        column: null,
        value: null,
        expected: 'un fichier accessible (échec du téléchargement : fichier absent de la version autonome)',
      },
    ]);
  });
});
