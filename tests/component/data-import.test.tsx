import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyValueStorage } from '../../src/data/import-storage';
import { DropOverlay } from '../../src/features/data-import/drop-overlay';
import { ImportButton } from '../../src/features/data-import/import-button';
import { ImportStatus } from '../../src/features/data-import/import-status';
import { initialState, useDashboard } from '../../src/store/store';
import { fetcherFromDisk, readProjectFile } from '../fixtures/disk';
import { memoryStore } from '../fixtures/import-storage';
import { csvRows, workbook } from '../fixtures/workbook';

// The banner gives the time of the import in the reader's zone: here Paris, whatever the machine's.
vi.hoisted(() => {
  process.env.TZ = 'Europe/Paris';
});

const POLES = readProjectFile('data/poles.csv');
const FEWER = POLES.trimEnd().split('\n').slice(0, -1).join('\n') + '\n';
const [HEADER = [], FIRST = [], ...REST] = csvRows(POLES);
const YEAR = HEADER.indexOf('year_labelled');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Import() {
  return (
    <>
      <ImportButton />
      <ImportStatus />
      <DropOverlay />
    </>
  );
}

/** A browser event carrying files, as jsdom has no DragEvent nor DataTransfer. */
function dragEvent(type: string, files: readonly File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types: ['Files'], files, dropEffect: 'none' },
  });
  return event;
}

const banner = () => screen.getByRole('status');
const poles = () => useDashboard.getState().files.poles;

beforeEach(async () => {
  useDashboard.setState(initialState);
  const load = useDashboard.getState().load;
  useDashboard.setState({
    importStorage: keyValueStorage(memoryStore()),
    load: () => load(fetcherFromDisk),
  });
  await act(() => useDashboard.getState().load(fetcherFromDisk));
});

describe('« Importer des données »', { timeout: 30_000 }, () => {
  it('opens a picker of CSV files and Excel workbooks, several at once, and says what they replace', async () => {
    render(<Import />);
    const button = screen.getByRole('button', { name: 'Importer des données' });
    expect(button).toHaveAccessibleDescription(
      /Fichiers CSV ou classeurs Excel \(\.xlsx\) remplaçant poles\.csv/,
    );
    const input = screen.getByLabelText('Fichiers CSV ou Excel à importer');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input.getAttribute('accept')?.split(',')).toEqual(expect.arrayContaining(['.csv', '.xlsx']));
    const click = vi.spyOn(input, 'click');
    await userEvent.click(button);
    expect(click).toHaveBeenCalledOnce();
  });

  it('imports the picked file and shows the banner with the file replaced, its source and the time', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T22:10:00Z'), toFake: ['Date'] });
    render(<Import />);
    const file = new File([FEWER], 'mes-poles-2024.csv', { type: 'text/csv' });
    await act(() => userEvent.upload(screen.getByLabelText('Fichiers CSV ou Excel à importer'), file));
    await screen.findByRole('status');
    expect(banner()).toHaveTextContent(
      'poles.csv remplacé par mes-poles-2024.csv, importé le 26 novembre 2026 à 23:10.',
    );
    expect(banner()).toHaveTextContent('Données importées, affichées dans ce navigateur seulement');
    expect(poles().rows).toHaveLength(70);
    vi.useRealTimers();
  });

  it('names every file of the set and its source, a workbook’s sheet among them', () => {
    useDashboard.setState({
      imported: {
        replaced: [
          { file: 'poles', from: 'mes-poles.csv' },
          { file: 'themes', from: 'données.xlsx, feuille «\u202fThèmes\u202f»' },
        ],
        importedAt: '2026-03-05T08:04:00Z',
        files: [],
        kept: false,
      },
    });
    render(<Import />);
    // textContent, for the exact spaces (toHaveTextContent folds them).
    expect(banner().textContent).toContain(
      'poles.csv remplacé par mes-poles.csv\u202f; themes.csv remplacé par données.xlsx, feuille «\u202fThèmes\u202f», importé le 5 mars 2026 à 09:04.',
    );
    expect(banner()).toHaveTextContent('Ce navigateur ne les garde pas');
  });

  it('goes back to the original data', async () => {
    render(<Import />);
    const file = new File([FEWER], 'poles.csv', { type: 'text/csv' });
    await act(() => userEvent.upload(screen.getByLabelText('Fichiers CSV ou Excel à importer'), file));
    await screen.findByRole('status');
    expect(poles().rows).toHaveLength(70);
    await act(() =>
      userEvent.click(within(banner()).getByRole('button', { name: 'Revenir aux données d’origine' })),
    );
    expect(screen.queryByRole('status')).toBeNull();
    // The original files are fetched and read again.
    await waitFor(() => expect(poles().rows).toHaveLength(71));
    expect(await useDashboard.getState().importStorage.read()).toBeNull();
  });

  it('shows the rows read so far on a labelled progress bar, and says when the page does the work', () => {
    useDashboard.setState({
      importing: {
        names: ['poles.csv'],
        progress: { rowsRead: 12_345, charsRead: 40, charsTotal: 100 },
        onPage: true,
      },
    });
    render(<Import />);
    const bar = screen.getByRole('progressbar', {
      name: 'Vérification de poles.csv\u202f: 12\u202f345 lignes lues',
    });
    expect(bar).toHaveAttribute('value', '40');
    expect(bar).toHaveAttribute('max', '100');
    expect(screen.getByText(/la page peut ralentir un instant/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer des données' })).toBeDisabled();
  });

  it('refuses a workbook with a wrong value in an error panel naming sheet, row and column, and changes nothing', async () => {
    render(<Import />);
    const before = poles();
    const bytes = workbook({
      poles: [HEADER, [], FIRST.map((cell, i) => (i === YEAR ? '1999' : cell)), ...REST],
    });
    const file = new File([bytes], 'erreurs.xlsx', { type: XLSX });
    await act(() => userEvent.upload(screen.getByLabelText('Fichiers CSV ou Excel à importer'), file));
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Import refusé (erreurs.xlsx), les données affichées n’ont pas changé');
    expect(panel.textContent).toContain('erreurs.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)');
    const row = within(panel).getByRole('row', { name: /1999/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', 'H «\u202fyear_labelled\u202f»', '1999', expect.any(String)]);
    expect(poles()).toBe(before);
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer ce message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Files dragged over the page', { timeout: 30_000 }, () => {
  it('show an overlay while they are over it, and are imported when dropped', async () => {
    render(<Import />);
    const file = new File([FEWER], 'poles (2).csv', { type: 'text/csv' });
    const overlay = 'Déposez vos fichiers CSV ou Excel (.xlsx) pour les importer';
    expect(screen.queryByText(overlay)).toBeNull();
    act(() => {
      window.dispatchEvent(dragEvent('dragenter', [file]));
      window.dispatchEvent(dragEvent('dragenter', [file]));
    });
    expect(screen.getByText(overlay)).toBeInTheDocument();
    // Crossing from one element to another: the overlay stays until the pointer leaves the page.
    act(() => void window.dispatchEvent(dragEvent('dragleave', [file])));
    expect(screen.getByText(overlay)).toBeInTheDocument();
    act(() => void window.dispatchEvent(dragEvent('dragleave', [file])));
    expect(screen.queryByText(overlay)).toBeNull();
    act(() => void window.dispatchEvent(dragEvent('dragenter', [file])));
    const over = dragEvent('dragover', [file]);
    act(() => void window.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true);
    const drop = dragEvent('drop', [file]);
    await act(async () => {
      window.dispatchEvent(drop);
      await vi.waitFor(() => expect(useDashboard.getState().imported).not.toBeNull());
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText(overlay)).toBeNull();
    expect(banner()).toHaveTextContent('poles.csv remplacé par poles (2).csv');
    expect(poles().rows).toHaveLength(70);
  });

  it('are left alone when they are no files (a dragged link or text)', () => {
    render(<Import />);
    const event = new Event('dragenter', { bubbles: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => void window.dispatchEvent(event));
    expect(screen.queryByText(/Déposez vos fichiers/)).toBeNull();
  });
});
