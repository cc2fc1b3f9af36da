import { expectation } from './data-message';
import type { DataIssue } from './issue';

/** Why a data file could not be had: the reason, and whether the single file simply does not hold it. */
export interface FetchFailure {
  readonly reason: string;
  readonly notEmbedded: boolean;
}

/** The issue of a data file that could not be read at all: its download failed, or the code that reads it. */
export const unreachableIssue = (path: string, { reason, notEmbedded }: FetchFailure): DataIssue => ({
  file: path,
  line: null,
  column: null,
  value: null,
  expected: notEmbedded
    ? expectation('data.file.notEmbedded')
    : expectation('data.file.unreachable', { reason }),
});
