import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { ImportButton } from '../../src/features/data-import/import-button';
import { ImportStatus } from '../../src/features/data-import/import-status';
import { useDashboard } from '../../src/store/store';
import { EN } from '../fixtures/i18n';

const english = (node: ReactNode) => render(<I18nProvider i18n={EN}>{node}</I18nProvider>);

describe('The import in English', () => {
  it('offers the picker with an English name and hint', () => {
    english(<ImportButton />);
    expect(screen.getByRole('button', { name: 'Import data' })).toHaveAccessibleDescription(
      'CSV files or Excel workbooks (.xlsx) replacing poles.csv, themes.csv or another data file, in this browser only; in a workbook, each sheet is named after the file it replaces. You can also drop them on the page.',
    );
    expect(screen.getByLabelText('CSV or Excel files to import')).toBeInTheDocument();
  });

  it('shows the progress, and the banner of the imported set with its English date and the way back', () => {
    act(() =>
      useDashboard.setState({
        importing: {
          names: ['poles.csv'],
          progress: { rowsRead: 1234, charsRead: 5, charsTotal: 10 },
          onPage: true,
        },
        imported: {
          replaced: [{ file: 'poles', from: 'clusters.csv' }],
          importedAt: '2026-11-26T09:05:00',
          files: [],
          kept: false,
        },
      }),
    );
    english(<ImportStatus />);
    expect(screen.getByText('Checking poles.csv: 1,234 rows read')).toBeInTheDocument();
    expect(screen.getByText(/^This browser cannot check files in the background/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported data, shown in this browser only (nothing is sent): poles.csv replaced by clusters.csv, imported on 26 November 2026 at 09:05. This browser does not keep them: they will disappear when the page is closed.',
    );
    expect(screen.getByRole('button', { name: 'Back to the original data' })).toBeInTheDocument();
    act(() => useDashboard.setState({ importing: null, imported: null }));
  });
});
