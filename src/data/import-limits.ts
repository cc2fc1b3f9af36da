import type { DataIssue } from './issue';

/** Past this size a file is refused before it is read: the browser would hold it several times in memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/** The message for a file past the limit; also used before reading a picked file. */
export function tooBig(name: string, bytes: number): DataIssue {
  const size = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / MEGABYTE);
  return {
    file: name,
    line: null,
    column: null,
    value: `${size}\u00a0Mo`,
    expected: `un fichier de ${MAX_IMPORT_BYTES / MEGABYTE}\u00a0Mo au plus\u202f: découpez-le ou retirez des colonnes inutiles`,
  };
}
