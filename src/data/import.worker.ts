import { checkImport } from './check-import';
import { messagesOf } from './data-message';
import { ROWS_PER_MESSAGE, rowsParts, type ImportMessage, type ImportRequest } from './import-protocol';

// Parsing and checking a big file here keeps the page answering; the page only receives the result, in parts.
const post = (message: ImportMessage): void => self.postMessage(message);

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
    post({ type: 'done', replaced: result.replaced });
  });
});

post({ type: 'ready' });
