import type { ImportInput } from './check-import';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx by its name, or by its bytes (a ZIP package) whatever its name. */
export const isWorkbook = (input: ImportInput): boolean =>
  /\.xlsx$/i.test(input.name.trim()) ||
  ('bytes' in input && ZIP.every((byte, index) => input.bytes[index] === byte));
