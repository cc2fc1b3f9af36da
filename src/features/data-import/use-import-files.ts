import { useCallback } from 'react';
import { useDashboard } from '../../store/store';
import { readFiles } from './read-files';

/** Reads the files the reader gave (picker or drop) and hands them to the store's import. */
export function useImportFiles(): (files: readonly File[]) => Promise<void> {
  const importFiles = useDashboard((s) => s.importFiles);
  const refuseImport = useDashboard((s) => s.refuseImport);
  return useCallback(
    async (files) => {
      if (files.length === 0) return;
      const { inputs, refused } = await readFiles(files);
      if (refused.length > 0)
        refuseImport(
          refused,
          files.map((file) => file.name),
        );
      else await importFiles(inputs);
    },
    [importFiles, refuseImport],
  );
}
