import { lazy, Suspense } from 'react';
import { useDashboard } from '../../store/store';

// The progress, the refusal and the banner show only once an import has started: their code loads then.
const LazyImportStatus = lazy(() =>
  import('./import-status').then((module) => ({ default: module.ImportStatus })),
);

/** Under the header: `ImportStatus` once there is an import to tell of, an empty place until then. */
export function ImportStatusSlot() {
  const active = useDashboard((s) => s.importing !== null || s.importError !== null || s.imported !== null);
  const empty = <div className="import-status" />;
  if (!active) return empty;
  return (
    <Suspense fallback={empty}>
      <LazyImportStatus />
    </Suspense>
  );
}
