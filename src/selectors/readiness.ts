import type { FileState } from '../data/dataset';
import type { DataIssue } from '../data/issue';

export type Readiness =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly issues: readonly DataIssue[] }
  | { readonly status: 'error'; readonly issues: readonly DataIssue[] };

/** A view is ready when every file it needs has rows (possibly kept from an earlier load), in error when one has none. */
export function readiness(files: readonly FileState<unknown>[]): Readiness {
  const issues = files.flatMap((file) => (file.status === 'error' ? file.issues : []));
  if (files.some((file) => file.status === 'error' && file.rows === null)) return { status: 'error', issues };
  if (files.some((file) => file.rows === null)) return { status: 'loading' };
  return { status: 'ready', issues };
}
