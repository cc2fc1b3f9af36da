import type { ImportInput } from '../../data/check-import';
import { MAX_IMPORT_BYTES, tooBig } from '../../data/import-limits';
import type { DataIssue } from '../../data/issue';

/** The picked or dropped files as bytes; a file past the size limit is refused before it is read. */
export async function readFiles(
  files: readonly File[],
): Promise<{ inputs: ImportInput[]; refused: DataIssue[] }> {
  const refused = files
    .filter((file) => file.size > MAX_IMPORT_BYTES)
    .map((file) => tooBig(file.name, file.size));
  if (refused.length > 0) return { inputs: [], refused };
  const inputs = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { inputs, refused: [] };
}
