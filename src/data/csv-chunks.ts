/** A slice of a CSV text that starts and ends on a record boundary, and the 1-based line it starts on. */
export interface CsvChunk {
  readonly text: string;
  readonly firstLine: number;
  /** Characters of the whole text read once this chunk is done, for a progress bar. */
  readonly end: number;
}

/**
 * The header line and the records after it, cut into chunks of about `size` characters at line ends outside
 * quotes, so that a big file is parsed a piece at a time (progress, yielding) with exact line numbers.
 */
export function splitCsv(rawText: string, size: number): { header: string; chunks: CsvChunk[] } {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const cuts: number[] = [];
  let quoted = false;
  let next = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    // A doubled quote inside a quoted field toggles twice, so parity alone tells inside from outside.
    if (char === 34) quoted = !quoted;
    else if (char === 10 && !quoted && (cuts.length === 0 || index >= next)) {
      cuts.push(index + 1);
      next = index + size;
    }
  }
  const headerEnd = cuts[0] ?? text.length;
  const header = text.slice(0, headerEnd).replace(/\n$/, '');
  const chunks: CsvChunk[] = [];
  let start = headerEnd;
  let line = 2;
  for (const cut of [...cuts.slice(1), text.length]) {
    if (cut <= start) continue;
    const piece = text.slice(start, cut);
    chunks.push({ text: piece, firstLine: line, end: cut });
    for (let index = 0; index < piece.length; index += 1) if (piece.charCodeAt(index) === 10) line += 1;
    start = cut;
  }
  return { header, chunks };
}
