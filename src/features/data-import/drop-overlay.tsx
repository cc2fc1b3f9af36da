import { useEffect, useState } from 'react';
import { useImportFiles } from './use-import-files';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped anywhere on the page are imported; while they are dragged over it, an overlay says so. */
export function DropOverlay() {
  const [dragging, setDragging] = useState(false);
  const importFiles = useImportFiles();
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: a count tells when the pointer leaves the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>
        <strong>Déposez vos fichiers CSV ou Excel (.xlsx) pour les importer</strong>
        <span>
          Ils remplacent les fichiers de données du même nom (dans un classeur, les feuilles du même nom),
          dans ce navigateur seulement.
        </span>
      </p>
    </div>
  );
}
