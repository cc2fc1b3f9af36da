import { DATA_FILES, FILE_IDS, type FileId } from './files';
import type { WorkbookFile } from './read-workbook';

/** The data files a workbook may hold, one sheet each, with the columns their schema requires. */
export const WORKBOOK_FILES: readonly WorkbookFile<FileId>[] = FILE_IDS.map((id) => ({
  id,
  columns: Object.keys(DATA_FILES[id].schema.entries),
}));
