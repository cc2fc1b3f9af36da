import { describe, expect, it } from 'vitest';
import { perFileState, rowsOf, type FileStates } from '../../../src/data/dataset';
import type { DataIssue } from '../../../src/data/issue';
import { FILE_IDS } from '../../../src/data/files';
import { pole, theme } from '../../fixtures/rows';

const ISSUE: DataIssue = { file: 'data/themes.csv', line: null, column: null, value: null, expected: 'x' };

describe('perFileState', () => {
  it('makes one state per data file, asking for each file by its id', () => {
    const asked: string[] = [];
    const files = perFileState((id) => {
      asked.push(id);
      return { status: 'loading', rows: null };
    });
    expect(asked).toEqual([...FILE_IDS]);
    expect(Object.keys(files)).toEqual([...FILE_IDS]);
  });
});

describe('rowsOf', () => {
  const loading: FileStates = perFileState(() => ({ status: 'loading', rows: null }));

  it('gives every file without rows as an empty list', () => {
    expect(rowsOf(loading)).toEqual({
      poles: [],
      themes: [],
      regions: [],
      sources: [],
      funding: [],
      milestones: [],
      departements: [],
    });
  });

  it('gives the rows of a ready file, and those a failed or running reload kept', () => {
    const poles = [pole()];
    const themes = [theme('energie')];
    const files: FileStates = {
      ...loading,
      poles: { status: 'loading', rows: poles },
      themes: { status: 'error', issues: [ISSUE], rows: themes },
      regions: { status: 'error', issues: [ISSUE], rows: null },
      sources: { status: 'ready', rows: [] },
    };
    const dataset = rowsOf(files);
    expect(dataset.poles).toBe(poles);
    expect(dataset.themes).toBe(themes);
    expect([dataset.regions, dataset.sources]).toEqual([[], []]);
  });
});
