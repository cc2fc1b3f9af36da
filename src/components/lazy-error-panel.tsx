import { lazy, Suspense } from 'react';
import type { FileErrorPanelProps } from './file-error-panel';

// The error panel shows only when a file fails: its code (diagnosis, CSV of the errors) loads then.
const LazyFileErrorPanel = lazy(() =>
  import('./file-error-panel').then((module) => ({ default: module.FileErrorPanel })),
);

/** `FileErrorPanel`, loaded when first shown; meanwhile the panel's frame and its first line hold its place. */
export function ErrorPanel(props: FileErrorPanelProps) {
  const fallback = (
    <div className="error-panel" aria-busy="true">
      <p className="error-title">{props.what}</p>
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <LazyFileErrorPanel {...props} />
    </Suspense>
  );
}
