import { describe, expect, it } from 'vitest';
import { loadDataset, type FileResult, type LoadResult } from '../../src/data/load';
import type { DataIssue } from '../../src/data/issue';
import { editLine, fetcherFromDisk, fetcherWith, readProjectFile } from '../fixtures/disk';

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
    Object.entries(result).map(([file, value]) => [
      file,
      'rows' in value ? `${value.rows.length} lignes` : 'erreur',
    ]),
  );

describe('loadDataset with the committed data files', () => {
  it('loads all six files without any issue', async () => {
    const result = await loadDataset(fetcherFromDisk);
    expect(statusOf(result)).toEqual({
      poles: '71 lignes',
      themes: '13 lignes',
      regions: '28 lignes',
      sources: '73 lignes',
      funding: '7 lignes',
      milestones: '11 lignes',
    });
  });

  it('asks the fetcher for each file once, by its path under data/', async () => {
    const asked: string[] = [];
    await loadDataset((path) => {
      asked.push(path);
      return fetcherFromDisk(path);
    });
    expect([...asked].sort()).toEqual([
      'data/funding.csv',
      'data/milestones.csv',
      'data/poles.csv',
      'data/regions.csv',
      'data/sources.csv',
      'data/themes.csv',
    ]);
  });

  it('has 71 poles with unique ids, in file order', async () => {
    const poles = rowsOf((await loadDataset(fetcherFromDisk)).poles);
    expect(poles).toHaveLength(71);
    expect(new Set(poles.map((pole) => pole.id)).size).toBe(71);
    expect(poles[0]?.id).toBe('advancity');
    expect(poles[70]?.id).toBe('xylofutur');
  });

  it('has the 4 poles of région Centre with their member counts of the 2014 press release', async () => {
    const poles = rowsOf((await loadDataset(fetcherFromDisk)).poles);
    const centre = poles
      .filter((pole) => pole.region_2013 === 'centre')
      .map((pole) => [pole.id, pole.members, pole.members_year, pole.source_id]);
    expect(centre).toEqual([
      ['cosmetic-valley', 300, 2014, 'direccte-centre-2014-01-07'],
      ['dream', 80, 2014, 'direccte-centre-2014-01-07'],
      ['elastopole', 110, 2014, 'direccte-centre-2014-01-07'],
      ['s2e2', 130, 2014, 'direccte-centre-2014-01-07'],
    ]);
  });

  it('has a funding total of 5 000 000 € for 2013-2018, approximate, split into yearly estimates that add up to it', async () => {
    const funding = rowsOf((await loadDataset(fetcherFromDisk)).funding);
    const totals = funding.filter((row) => row.status === 'annonce');
    expect(totals.map((row) => [row.period_start, row.period_end, row.amount_eur, row.approximate])).toEqual([
      [2013, 2018, 5000000, true],
    ]);
    const estimates = funding.filter((row) => row.status === 'estimation');
    expect(estimates.map((row) => [row.period_start, row.period_end])).toEqual([
      [2013, 2013],
      [2014, 2014],
      [2015, 2015],
      [2016, 2016],
      [2017, 2017],
      [2018, 2018],
    ]);
    expect(estimates.reduce((sum, row) => sum + row.amount_eur, 0)).toBe(5000000);
    expect(estimates.every((row) => row.approximate)).toBe(true);
  });

  it('types regions with both years and dates as written', async () => {
    const result = await loadDataset(fetcherFromDisk);
    const regions = rowsOf(result.regions);
    expect(regions.filter((row) => row.in_2013).length).toBe(20);
    expect(regions.filter((row) => row.in_2016).length).toBe(13);
    expect(regions.find((row) => row.id === 'centre')).toEqual({
      id: 'centre',
      label: 'Centre',
      in_2013: true,
      in_2016: false,
    });
    const milestones = rowsOf(result.milestones);
    expect(milestones.find((row) => row.id === 'evaluation-2012')?.date).toBe('2012');
    expect(milestones.find((row) => row.id === 'phase-2013-2018')?.date_end).toBe('2018');
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
    expect(statusOf(result)).toEqual({
      poles: '71 lignes',
      themes: '13 lignes',
      regions: 'erreur',
      sources: '73 lignes',
      funding: '7 lignes',
      milestones: '11 lignes',
    });
  });

  it('reports a rejection that is not an Error by its text', async () => {
    const result = await loadDataset((path) =>
      path === 'data/funding.csv' ? Promise.reject('hors ligne') : fetcherFromDisk(path),
    );
    expect(issuesOf(result.funding)).toEqual([
      {
        file: 'data/funding.csv',
        line: null,
        column: null,
        value: null,
        expected: 'un fichier accessible (échec du téléchargement : hors ligne)',
      },
    ]);
    expect(rowsOf(result.poles)).toHaveLength(71);
  });

  it('reports a broken cell of poles.csv at its exact line while the other files still load', async () => {
    // Line 18 of data/poles.csv is DREAM, with 80 members.
    expect(readProjectFile('data/poles.csv').split('\n')[17]?.startsWith('dream,')).toBe(true);
    const poles = editLine('data/poles.csv', 18, (line) => line.replace(',80,2014,', ',beaucoup,2014,'));
    const result = await loadDataset(fetcherWith({ 'data/poles.csv': poles }));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: 18,
        column: 'members',
        value: 'beaucoup',
        expected: 'un nombre entier entre 0 et 100000, ou une case vide si la valeur est inconnue',
      },
    ]);
    expect(statusOf(result)).toEqual({
      poles: 'erreur',
      themes: '13 lignes',
      regions: '28 lignes',
      sources: '73 lignes',
      funding: '7 lignes',
      milestones: '11 lignes',
    });
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
    expect(rowsOf(result.themes)).toHaveLength(13);
  });

  it('adds cross-file issues to the file that holds the bad reference only', async () => {
    // S2E2 (line 58) points to a theme that does not exist.
    const poles = editLine('data/poles.csv', 58, (line) =>
      line.replace(',energie,centre,', ',electricite,centre,'),
    );
    const result = await loadDataset(fetcherWith({ 'data/poles.csv': poles }));
    expect(issuesOf(result.poles)).toEqual([
      {
        file: 'data/poles.csv',
        line: 58,
        column: 'theme',
        value: 'electricite',
        expected: 'un identifiant présent dans data/themes.csv',
      },
    ]);
    expect(rowsOf(result.themes)).toHaveLength(13);
  });

  it('reports funding estimates that no longer add up to the total', async () => {
    const funding = editLine('data/funding.csv', 8, (line) => line.replace(',833334,', ',833335,'));
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
    expect(rowsOf(result.poles)).toHaveLength(71);
  });

  it('accepts files saved with a BOM and CRLF line ends', async () => {
    const themes = `\uFEFF${readProjectFile('data/themes.csv').replace(/\n/g, '\r\n')}`;
    const result = await loadDataset(fetcherWith({ 'data/themes.csv': themes }));
    expect(
      rowsOf(result.themes)
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual(['aeronautique-et-espace', 'agriculture-et-agroalimentaire']);
    expect(rowsOf(result.poles)).toHaveLength(71);
  });
});
