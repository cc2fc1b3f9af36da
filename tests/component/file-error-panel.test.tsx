import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileErrorPanel } from '../../src/components/file-error-panel';
import type { DataIssue } from '../../src/data/issue';
import { DataIssues } from '../../src/features/data-status/data-issues';
import { DataStatus } from '../../src/features/data-status/data-status';
import { initialState, useDashboard } from '../../src/store/store';
import { fetcherWith, readProjectFile } from '../fixtures/disk';
import { csvLines, defineObjectUrls, removeObjectUrls, spyOnDownloads } from '../fixtures/downloads';

const rowIssue = (line: number, file = 'data/poles.csv'): DataIssue => ({
  file,
  line,
  column: 'members',
  value: `v${line}`,
  expected: 'un nombre entier entre 0 et 100000',
});
const rowIssues = (count: number) => Array.from({ length: count }, (_, index) => rowIssue(index + 2));

beforeEach(defineObjectUrls);
afterEach(() => {
  vi.restoreAllMocks();
  removeObjectUrls();
});

describe('FileErrorPanel', () => {
  it('says « contient 1 erreur » for one error, and shows it without a download', () => {
    render(<FileErrorPanel issues={[rowIssue(5)]} what="Impossible d’afficher « X »" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Impossible d’afficher « X » : le fichier data/poles.csv contient 1 erreur.',
    );
    expect(within(alert).getAllByRole('row')).toHaveLength(2);
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('lists the first 20 row errors, says « et N autres » and downloads the full list as CSV', async () => {
    const spy = spyOnDownloads();
    render(<FileErrorPanel issues={rowIssues(65)} what="Impossible d’afficher « X »" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('le fichier data/poles.csv contient 65 erreurs.');
    expect(alert).not.toHaveTextContent('contiennent');
    const table = within(alert).getByRole('table', {
      name: 'Erreurs détectées dans les données (les 20 premières)',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent('21membersv21');
    expect(alert).toHaveTextContent('… et 45 autres erreurs.');

    await userEvent.click(
      within(alert).getByRole('button', { name: /^Télécharger la liste des 65\s+erreurs \(CSV\)$/ }),
    );
    expect(spy.fileNames).toEqual(['erreurs-poles.csv']);
    const [blob] = spy.blobs;
    if (blob === undefined) throw new Error('no download');
    const lines = await csvLines(blob);
    expect(lines).toHaveLength(66);
    expect(lines[0]).toBe('fichier,ligne,colonne,valeur,attendu');
    expect(lines[1]).toBe('data/poles.csv,2,members,v2,un nombre entier entre 0 et 100000');
    expect(lines[65]).toBe('data/poles.csv,66,members,v66,un nombre entier entre 0 et 100000');
  });

  it('says « et 1 autre erreur » in the singular', () => {
    render(<FileErrorPanel issues={rowIssues(21)} what="X" />);
    expect(screen.getByRole('alert')).toHaveTextContent('… et 1 autre erreur.');
  });

  it('puts the diagnosis of the whole file first, in a sentence, before any table', () => {
    const diagnosis: DataIssue = {
      file: 'data/poles.csv',
      line: 1,
      column: 'name',
      value: 'colonnes 2 et 4',
      expected: 'une seule colonne « name » : elle apparaît en colonnes 2 et 4',
    };
    render(<FileErrorPanel issues={[diagnosis]} what="X" />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'data/poles.csv, ligne 1, colonne « name » : colonnes 2 et 4 ; attendu : une seule colonne « name » : elle apparaît en colonnes 2 et 4.',
    );
    expect(within(alert).queryByRole('table')).toBeNull();
  });

  it('uses the plural verb for several files and names each file in the table', () => {
    render(<FileErrorPanel issues={[rowIssue(2), rowIssue(3, 'data/themes.csv')]} what="X" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('les fichiers data/poles.csv, data/themes.csv contiennent 2 erreurs.');
    expect(within(alert).getAllByRole('columnheader')[0]).toHaveTextContent('Fichier');
  });
});

describe('DataIssues', () => {
  beforeEach(() => {
    useDashboard.setState(initialState);
  });

  it('details the errors of sources.csv, which no card reads, and the warnings of the files that loaded', async () => {
    const sources = readProjectFile('data/sources.csv').replace(/,primaire\n/, ',officielle\n');
    const themes = readProjectFile('data/themes.csv')
      .split('\n')
      .map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'couleur' : 'bleu'}`))
      .join('\n');
    await act(() =>
      useDashboard.getState().load(fetcherWith({ 'data/sources.csv': sources, 'data/themes.csv': themes })),
    );
    render(
      <>
        <DataStatus />
        <DataIssues />
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Fichier en erreur : data/sources.csv.');
    expect(screen.getByRole('link', { name: 'Voir le détail des erreurs' })).toHaveAttribute(
      'href',
      '#etat-des-donnees',
    );
    const region = screen.getByRole('region', { name: 'État des fichiers de données' });
    // The panel's code loads when a panel is first shown.
    await within(region).findByRole('table', { name: 'Erreurs détectées dans les données' });
    expect(region).toHaveTextContent(
      'data/sources.csv non chargé : le fichier data/sources.csv contient 1 erreur.',
    );
    expect(
      within(region)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/^\d+$/),
      'kind',
      'officielle',
      'une des valeurs : « primaire », « secondaire »',
    ]);
    expect(region).toHaveTextContent(
      'Avertissements : ces points n’empêchent pas le chargement.data/themes.csv, ligne 1, colonne « couleur »',
    );
  });

  it('shows nothing when every file loaded cleanly', async () => {
    await act(() => useDashboard.getState().load(fetcherWith({})));
    render(<DataIssues />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
