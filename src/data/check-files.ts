import { checkImport, type CheckOptions, type ImportInput, type ImportResult } from './check-import';
import type { TypedTables } from './dataset';
import { prepareImport } from './prepare-import';

/** The outcome of the checks, and what was checked: the reader's CSV files and each workbook's sheets as CSV text. */
export interface CheckedFiles {
  readonly result: ImportResult;
  readonly checked: readonly ImportInput[];
}

/**
 * Reads the workbooks among the reader's files (SheetJS loads only then), checks every file, and names the workbook,
 * the sheet, its row and the column letter in each issue. Runs in the import worker, or on the page when none starts.
 */
export async function checkFiles(
  inputs: readonly ImportInput[],
  current: TypedTables,
  options: CheckOptions = {},
): Promise<CheckedFiles> {
  const prepared = await prepareImport(inputs);
  if ('issues' in prepared) return { result: { issues: prepared.issues }, checked: [] };
  const result = prepared.place(await checkImport(prepared.inputs, current, options));
  return { result, checked: prepared.inputs };
}
