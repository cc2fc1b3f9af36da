import type { ImportInput, ImportResult } from './check-import';
import type { FileId } from './files';
import { importLabel } from './import-target';
import { isWorkbook } from './is-workbook';
import type { DataIssue } from './issue';
import type { WorkbookSheet } from './read-workbook';
import { sheetAsCsv } from './sheet-csv';
import { WORKBOOK_FILES } from './workbook-files';

/** The reader's files ready for checkImport: each workbook's sheets as CSV text, and the way back to the sheets. */
export interface PreparedImport {
  readonly inputs: readonly ImportInput[];
  /** Names the workbook, the sheet, the sheet's row and the column letter in each issue of the checks. */
  readonly place: (result: ImportResult) => ImportResult;
}

interface Placed {
  readonly sheet: WorkbookSheet<FileId>;
  readonly label: string;
  /** The CSV text's line of each record (and of the header) -> the sheet's row. */
  readonly rows: ReadonlyMap<number, number>;
}

function placeIssue(issue: DataIssue, sheets: readonly Placed[]): DataIssue {
  const placed = sheets.find(({ sheet, label }) => issue.file === label || issue.file === sheet.file);
  if (placed === undefined) return issue;
  const line = issue.line === null ? null : (placed.rows.get(issue.line) ?? issue.line);
  const letter = issue.column === null ? undefined : placed.sheet.columnLetters[issue.column];
  const moved = { ...issue, file: placed.label, line };
  return letter === undefined ? moved : { ...moved, columnLetter: letter };
}

/**
 * Turns each workbook among the reader's files into one input per sheet standing for a data file, before the checks
 * run: SheetJS loads only now, when a workbook is given (in the import worker, see check-files.ts). A workbook that cannot be read refuses the import at once.
 */
export async function prepareImport(
  inputs: readonly ImportInput[],
): Promise<PreparedImport | { readonly issues: readonly DataIssue[] }> {
  if (!inputs.some(isWorkbook)) return { inputs, place: (result) => result };
  const { placeIssues, readWorkbook } = await import('./read-workbook');
  const prepared: ImportInput[] = [];
  const sheets: Placed[] = [];
  const issues: DataIssue[] = [];
  for (const input of inputs) {
    if (!isWorkbook(input)) {
      prepared.push(input);
      continue;
    }
    const bytes = 'bytes' in input ? input.bytes : new TextEncoder().encode(input.text);
    const read = readWorkbook(bytes, input.name, WORKBOOK_FILES);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    for (const sheet of read.sheets) {
      const { text, rows } = sheetAsCsv(sheet);
      const placed = { sheet, label: importLabel(sheet.file, sheet.fileId), rows };
      sheets.push(placed);
      // The sheet's own issues already give its rows.
      issues.push(...placeIssues(sheet, sheet.issues).map((issue) => ({ ...issue, file: placed.label })));
      prepared.push({ name: sheet.file, text, file: sheet.fileId });
    }
  }
  if (issues.length > 0) return { issues };
  return {
    inputs: prepared,
    place: (result) =>
      'issues' in result ? { issues: result.issues.map((issue) => placeIssue(issue, sheets)) } : result,
  };
}
