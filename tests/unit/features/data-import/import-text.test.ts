import { describe, expect, it } from 'vitest';
import { importDate, progressLabel, replacedLines } from '../../../../src/features/data-import/import-text';
import type { ImportedSet, ImportingState } from '../../../../src/store/state';
import { EN, FR_STRICT } from '../../../fixtures/i18n';

const importing = (rowsRead: number): ImportingState => ({
  names: ['poles.csv', 'themes.csv'],
  progress: { rowsRead, charsRead: 10, charsTotal: 100 },
  onPage: false,
});

const imported: ImportedSet = {
  replaced: [{ file: 'poles', from: 'my-clusters-2024.csv' }],
  importedAt: '2026-11-26T23:10:00',
  files: [],
  kept: true,
};

describe('The import’s text', () => {
  it('counts the rows read with French and English number formats and plurals', () => {
    expect(progressLabel(importing(12_345))).toBe(
      'Vérification de poles.csv, themes.csv\u202f: 12\u202f345 lignes lues',
    );
    expect(progressLabel(importing(1), FR_STRICT)).toBe(
      'Vérification de poles.csv, themes.csv\u202f: 1 ligne lue',
    );
    expect(progressLabel(importing(0), FR_STRICT)).toBe(
      'Vérification de poles.csv, themes.csv\u202f: 0 ligne lue',
    );
    expect(progressLabel(importing(12_345), EN)).toBe('Checking poles.csv, themes.csv: 12,345 rows read');
    expect(progressLabel(importing(1), EN)).toBe('Checking poles.csv, themes.csv: 1 row read');
    expect(progressLabel(importing(0), EN)).toBe('Checking poles.csv, themes.csv: 0 rows read');
  });

  it('dates the import in each language', () => {
    expect(importDate(imported.importedAt)).toBe('26 novembre 2026 à 23:10');
    expect(importDate(imported.importedAt, EN)).toBe('26 November 2026 at 23:10');
  });

  it('names each file replaced', () => {
    expect(replacedLines(imported)).toEqual(['poles.csv remplacé par my-clusters-2024.csv']);
    expect(replacedLines(imported, EN)).toEqual(['poles.csv replaced by my-clusters-2024.csv']);
  });
});
