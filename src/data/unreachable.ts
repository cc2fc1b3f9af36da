import { expectation } from './data-message';
import type { DataIssue } from './issue';

/** The issue of a data file that could not be read at all: its download failed, or the code that reads it. */
export const unreachableIssue = (path: string, reason: string, notEmbedded = false): DataIssue => ({
  file: path,
  line: null,
  column: null,
  value: null,
  expected: notEmbedded
    ? expectation('data.file.notEmbedded')
    : expectation('data.file.unreachable', { reason }),
});
