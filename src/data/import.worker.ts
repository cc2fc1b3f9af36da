import type { ImportInput } from './check-import';
import { checkFiles } from './check-files';
import { messagesOf } from './data-message';
import {
  buffersOf,
  ROWS_PER_MESSAGE,
  rowsParts,
  type ImportMessage,
  type ImportRequest,
  type SheetFile,
} from './import-protocol';
import { indexBuffers, polesIndex } from './poles-index';

// Reading a workbook, parsing and checking a big file here keeps the page answering; the page only receives the
// result, in parts.
const post = (message: ImportMessage, transfer: Transferable[] = []): void =>
  self.postMessage(message, { transfer });

/** The sheets read from the workbooks (not among the reader's own files), as CSV bytes for the page to keep. */
function sheetFiles(inputs: readonly ImportInput[], checked: readonly ImportInput[]): SheetFile[] {
  const encoder = new TextEncoder();
  return checked
    .filter((input) => !inputs.includes(input))
    .map((input) => ({
      name: input.name,
      bytes: 'bytes' in input ? input.bytes : encoder.encode(input.text),
      ...(input.file === undefined ? {} : { file: input.file }),
    }));
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { inputs, current } = event.data;
  void checkFiles(inputs, current, {
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then(
    ({ result, checked }) => {
      if ('issues' in result) {
        post({ type: 'refused', issues: result.issues, messages: messagesOf(result.issues) });
        return;
      }
      for (const part of rowsParts(result.tables, result.replaced, ROWS_PER_MESSAGE))
        post({ type: 'rows', part });
      // Worked out while the page reads the rows; its buffers are handed over, not copied.
      const poles = result.replaced.some(({ file }) => file === 'poles') ? result.tables.poles : undefined;
      if (poles !== undefined) {
        const index = polesIndex(poles.rows);
        post({ type: 'index', index }, indexBuffers(index));
      }
      const sheets = sheetFiles(inputs, checked);
      post(
        { type: 'done', replaced: result.replaced, sheets },
        buffersOf(sheets.map((sheet) => sheet.bytes)),
      );
    },
    (error: unknown) =>
      post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
});

post({ type: 'ready' });
