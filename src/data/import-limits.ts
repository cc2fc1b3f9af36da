import { dataLabel, expectation } from './data-message';
import type { DataIssue } from './issue';

/** Past this size a file is refused before it is read: the browser would hold it several times in memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/** The message for a file past the limit; also used before reading a picked file. */
export function tooBig(name: string, bytes: number): DataIssue {
  // Rounded to a tenth here, so that each language's number format shows the same figure.
  const size = Math.round((bytes / MEGABYTE) * 10) / 10;
  return {
    file: name,
    line: null,
    column: null,
    value: dataLabel('data.import.size', { size }),
    expected: expectation('data.import.tooBig', { max: MAX_IMPORT_BYTES / MEGABYTE }),
  };
}
