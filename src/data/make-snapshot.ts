import { perFileRows } from './dataset';
import { DATA_FILES, FILE_IDS, type FileId } from './files';
import { readDataset, type Fetched } from './read-dataset';
import { fingerprint, SNAPSHOT_ELEMENT_ID, type DataSnapshot } from './snapshot';

/**
 * The build's reading of its data files (each path to its bytes), which the pre-rendered page carries
 * (scripts/prerender.mjs); null when a file is missing or has an issue or a warning, which the page must then find and
 * show itself.
 */
export async function makeSnapshot(
  bytes: Readonly<Record<string, Uint8Array>>,
): Promise<DataSnapshot | null> {
  const fetched = (id: FileId): Fetched => {
    const data = bytes[DATA_FILES[id].path];
    return data === undefined ? { failure: { reason: 'absent', notEmbedded: false } } : { data };
  };
  const result = await readDataset({
    poles: fetched('poles'),
    themes: fetched('themes'),
    regions: fetched('regions'),
    sources: fetched('sources'),
    funding: fetched('funding'),
    milestones: fetched('milestones'),
    departements: fetched('departements'),
  });
  if (!FILE_IDS.every((id) => 'rows' in result[id] && result[id].warnings.length === 0)) return null;
  const files = Object.fromEntries(Object.entries(bytes).map(([path, data]) => [path, fingerprint(data)]));
  const rows = perFileRows((id) => {
    const file = result[id];
    return 'rows' in file ? file.rows : [];
  });
  return { files, rows };
}

/**
 * The snapshot as the JSON script element the page reads (pageSnapshot): no `<` in its text, so that nothing in the
 * data can close the element.
 */
export const snapshotElement = (snapshot: DataSnapshot): string =>
  `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${JSON.stringify(snapshot).replaceAll('<', '\\u003c')}</script>`;
