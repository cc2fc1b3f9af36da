import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileErrorPanel } from '../../src/components/file-error-panel';
import { I18nProvider } from '../../src/components/i18n-context';
import { dataLabel, dataList, expectation } from '../../src/data/data-message';
import type { DataIssue } from '../../src/data/issue';
import { csvLines, defineObjectUrls, removeObjectUrls, spyOnDownloads } from '../fixtures/downloads';
import { EN } from '../fixtures/i18n';

// Issues as the checks write them: French text, with the message each was written from.
const SHEET = dataLabel('data.workbook.sheet', { workbook: 'données.xlsx', sheet: 'poles' });
const rowIssue = (line: number): DataIssue => ({
  file: SHEET,
  line,
  column: 'members',
  columnLetter: 'K',
  value: line === 2 ? '' : `v${line}`,
  expected: expectation('data.cell.optionalInteger', { min: 0, max: 100000 }),
});
const repeated: DataIssue = {
  file: SHEET,
  line: 1,
  column: 'name',
  value: dataLabel('data.diagnose.repeated', { positions: dataList(['B', 'D'], 'none', 'eachAnd') }),
  expected: expectation('data.workbook.repeatedExpected', {
    name: 'name',
    letters: dataList(['B', 'D'], 'none', 'eachAnd'),
  }),
};

const english = (issues: readonly DataIssue[]) =>
  render(
    <I18nProvider i18n={EN}>
      <FileErrorPanel issues={issues} what="Cannot show “Members”" />
    </I18nProvider>,
  );

beforeEach(defineObjectUrls);
afterEach(() => {
  vi.restoreAllMocks();
  removeObjectUrls();
});

describe('FileErrorPanel in English', () => {
  it('says which file failed and why, the diagnosis first, then the row errors with English headers', () => {
    english([repeated, ...Array.from({ length: 22 }, (_, index) => rowIssue(index + 2))]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Cannot show “Members”: the file données.xlsx, sheet “poles” contains 23 errors.',
    );
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'données.xlsx, sheet “poles”, line 1, column “name”: columns B and D; expected: a single column “name”: it appears as columns B and D.',
    );
    const table = within(alert).getByRole('table', { name: 'Errors found in the data (the first 20)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Line', 'Column', 'Value read', 'Expected']);
    expect(
      Array.from(
        within(table).getAllByRole('row')[1]?.querySelectorAll('td') ?? [],
        (cell) => cell.textContent,
      ),
    ).toEqual([
      '2',
      'K “members”',
      '(empty)',
      'a whole number between 0 and 100000, or an empty cell if the value is unknown',
    ]);
    expect(alert).toHaveTextContent('… and 2 other errors.');
    expect(alert).toHaveTextContent('Correct the file, then reload the data: the other views remain usable.');
    expect(alert.textContent).not.toMatch(/fichier|ligne|colonne|attendu|erreur|feuille/);
  });

  it('downloads the list of errors in English: headers, file, column and what was expected', async () => {
    const spy = spyOnDownloads();
    english([repeated, rowIssue(3)]);
    await userEvent.click(screen.getByRole('button', { name: 'Download the list of 2 errors (CSV)' }));
    expect(spy.fileNames).toEqual(['errors-données.xlsx, sheet “poles”.csv']);
    const [blob] = spy.blobs;
    if (blob === undefined) throw new Error('no download');
    expect(await csvLines(blob)).toEqual([
      'file,line,column,value,expected',
      '"données.xlsx, sheet “poles”",1,name,columns B and D,a single column “name”: it appears as columns B and D',
      '"données.xlsx, sheet “poles”",3,K “members”,v3,"a whole number between 0 and 100000, or an empty cell if the value is unknown"',
    ]);
  });
});
