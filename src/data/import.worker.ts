import { checkImport } from './check-import';
import { messagesOf } from './data-message';
import { ROWS_PER_MESSAGE, rowsParts, type ImportMessage, type ImportRequest } from './import-protocol';
import { indexBuffers, polesIndex } from './poles-index';

// Parsing and checking a big file here keeps the page answering; the page only receives the result, in parts.
const post = (message: ImportMessage, transfer: Transferable[] = []): void =>
  self.postMessage(message, { transfer });

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { inputs, current } = event.data;
  void checkImport(inputs, current, {
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then((result) => {
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
    post({ type: 'done', replaced: result.replaced });
  });
});

post({ type: 'ready' });
