import { expectation, dataLabel, type DataMessageId } from './data-message';
import type { DataIssue } from './issue';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type Decoded = { readonly text: string; readonly encoding: Encoding } | { readonly issue: DataIssue };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

// Windows-1252 from 0x80 to 0x9F (elsewhere it is Latin-1); NUL marks the 5 bytes it leaves undefined. Written out
// because some runtimes (Node's TextDecoder among them) decode this label as Latin-1 and lose ’ œ € …
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/** Windows-1252 text of the bytes, or the first byte it does not define. */
function decodeWindows1252(bytes: Uint8Array): { readonly text: string } | { readonly hole: number } {
  let text = '';
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) text += String.fromCharCode(byte);
    else {
      const char = CP1252_HIGH[byte - 0x80] ?? '\0';
      if (char === '\0') return { hole: byte };
      text += char;
    }
  }
  return { text };
}

const fileIssue = (file: string, value: string | null, expected: string): DataIssue => ({
  file,
  line: null,
  column: null,
  value,
  expected,
});

/** What the first bytes say a non-text file is, for a diagnosis that names it. */
function binaryKind(bytes: Uint8Array): DataMessageId | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'data.decode.xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'data.decode.xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'data.decode.pdf';
  return null;
}

/**
 * Turns a data file's bytes into text: a BOM decides UTF-8 or UTF-16; without one, strict UTF-8, else Windows-1252
 * (as French Excel saves CSV); bytes that are neither give one issue for the whole file.
 */
export function decodeCsv(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes.subarray(3), file);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), file);
  const kind = binaryKind(bytes);
  if (kind !== null) return { issue: fileIssue(file, dataLabel(kind), expectation('data.decode.saveAsCsv')) };
  if (bytes.includes(0)) {
    return {
      issue: fileIssue(file, dataLabel('data.decode.nullBytes'), expectation('data.decode.text')),
    };
  }
  const utf8 = decodeWith('utf-8', bytes, file);
  if ('text' in utf8) return utf8;
  const cp1252 = decodeWindows1252(bytes);
  if ('hole' in cp1252) {
    const byte = cp1252.hole.toString(16).toUpperCase();
    return {
      issue: fileIssue(file, dataLabel('data.decode.badByte', { byte }), expectation('data.decode.text')),
    };
  }
  return { text: cp1252.text, encoding: 'windows-1252' };
}

function decodeWith(encoding: Encoding, bytes: Uint8Array, file: string): Decoded {
  try {
    // ignoreBOM: the BOM is already cut off, and a second one would be data.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding };
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    return {
      issue: fileIssue(
        file,
        dataLabel('data.decode.invalidBytes', { encoding: name }),
        expectation('data.decode.text'),
      ),
    };
  }
}
